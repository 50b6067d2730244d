// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseInfo.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

namespace kinerja {

Result<DatabaseInfo> DatabaseInfo::read(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!sql::exec(query,
            QStringLiteral(
                "SELECT kind, server_host, server_database, server_role, created_at FROM database_info WHERE id = 1"),
            {}, "read database_info")
        || !query.next()) {
        return Result<DatabaseInfo>::failure(tr("The kind of this database file could not be read."));
    }
    DatabaseInfo info;
    info.m_kind = query.value(0).toString() == kindCode(Kind::Replica) ? Kind::Replica : Kind::Standalone;
    info.m_account = {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    info.m_createdAt = query.value(4).toString();
    return info;
}

Status DatabaseInfo::makeReplica(const Database& database, const ServerAccount& account)
{
    const ServerAccount trimmed {account.host.trimmed(), account.database.trimmed(), account.role.trimmed()};
    if (trimmed.host.isEmpty() || trimmed.database.isEmpty() || trimmed.role.isEmpty()) {
        return Status::failure(tr("A replica needs the server, the database and the account name."));
    }
    Transaction transaction(database);
    if (!transaction.isActive()) {
        return transaction.commit(); // the translated reason why BEGIN failed
    }
    const auto current = read(database);
    if (!current) {
        return Status::failure(current.error());
    }
    if (current.value().isReplica()) {
        return Status::failure(tr("This database file already belongs to a server account."));
    }
    const QVariant people = sql::scalar(database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM employee) + (SELECT count(*) FROM local_account)"), {},
        "count people before making a replica");
    if (!people.isValid()) {
        return Status::failure(tr("The kind of this database file could not be read."));
    }
    if (people.toLongLong() > 0) {
        return Status::failure(tr("This database file already holds data of its own, so it cannot become the copy of "
                                  "a server account. Use a new file."));
    }
    if (!sql::exec(database.connection(),
            QStringLiteral("UPDATE database_info SET kind = 'replica', server_host = ?, server_database = ?, "
                           "server_role = ? WHERE id = 1"),
            {trimmed.host, trimmed.database, trimmed.role}, "make the file a replica")) {
        return Status::failure(tr("The kind of this database file could not be saved."));
    }
    return transaction.commit();
}

QString DatabaseInfo::kindCode(Kind kind)
{
    return kind == Kind::Replica ? QStringLiteral("replica") : QStringLiteral("standalone");
}

} // namespace kinerja
