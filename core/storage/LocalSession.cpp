// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LocalSession.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace kinerja {

Status LocalSession::signIn(const Database& database, const QString& employeeId)
{
    if (!sql::exec(database.connection(),
            QStringLiteral("UPDATE local_session SET employee_id = ?, "
                           "signed_in_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1"),
            {employeeId}, "sign in")) {
        return Status::failure(tr("The sign-in could not be recorded in the database."));
    }
    return success();
}

Status LocalSession::signOut(const Database& database)
{
    if (!sql::exec(database.connection(),
            QStringLiteral("UPDATE local_session SET employee_id = NULL, signed_in_at = NULL WHERE id = 1"), {},
            "sign out")) {
        return Status::failure(tr("The sign-out could not be recorded in the database."));
    }
    return success();
}

Result<QString> LocalSession::employeeId(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!sql::exec(query, QStringLiteral("SELECT employee_id FROM local_session WHERE id = 1"), {}, "read session")
        || !query.next()) {
        return Result<QString>::failure(tr("The signed-in user could not be read from the database."));
    }
    return query.value(0).toString();
}

} // namespace kinerja
