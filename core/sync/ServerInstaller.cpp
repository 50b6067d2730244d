// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerInstaller.h"

#include "core/Logging.h"
#include "core/domain/TransitionTable.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/sync/PullApplier.h"
#include "core/sync/ServerConnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kinerja {

namespace {

constexpr int kCopyChunk = 5000;

Result<QStringList> serverScripts()
{
    QStringList scripts;
    const auto names = QDir(QStringLiteral(":/server")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const auto& name : names) {
        QFile file(QStringLiteral(":/server/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<QStringList>::failure(ServerInstaller::tr("The server schema %1 is missing from this "
                                                                    "build.")
                                                    .arg(name));
        }
        scripts.append(QString::fromUtf8(file.readAll()));
    }
    if (scripts.size() < 3) {
        return Result<QStringList>::failure(ServerInstaller::tr("The server schema is missing from this build."));
    }
    return scripts;
}

/// Rolls back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(ServerConnection& connection)
        : m_connection(connection)
        , m_active(connection.database().transaction())
    { }
    ~ServerTransaction()
    {
        if (m_active) {
            m_connection.database().rollback();
        }
    }
    ServerTransaction(const ServerTransaction&) = delete;
    ServerTransaction& operator=(const ServerTransaction&) = delete;
    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = !m_connection.database().commit() && m_active;
        return !m_active;
    }

private:
    ServerConnection& m_connection;
    bool m_active;
};

} // namespace

ServerInstaller::ServerInstaller(ServerConnection& connection)
    : m_connection(connection)
{ }

bool ServerInstaller::isValidLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"))
        && !login.startsWith(QLatin1String("kinerja_"));
}

Result<bool> ServerInstaller::isInstalled()
{
    auto found = m_connection.scalar(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'kinerja'"), {});
    if (!found) {
        return Result<bool>::failure(tr("The shared database could not be read: %1").arg(found.error()));
    }
    return found->toInt() > 0;
}

Result<ServerInstaller::Loaded> ServerInstaller::install(const Database& source)
{
    using R = Result<Loaded>;
    auto installed = isInstalled();
    if (!installed) {
        return installed.propagate<Loaded>();
    }
    if (*installed) {
        return R::failure(tr("Kinerja ASN is already installed in the database %1. Use \"server upgrade\" after "
                             "installing a newer version.")
                              .arg(m_connection.settings().database));
    }
    auto scripts = serverScripts();
    if (!scripts) {
        return scripts.propagate<Loaded>();
    }
    ServerTransaction transaction(m_connection);
    if (!transaction.isActive()) {
        return R::failure(tr("The shared database could not start a transaction."));
    }
    // 000 as the administrator (roles, schemas); the rest as kinerja_owner, which then owns every object.
    for (int i = 0; i < scripts->size(); ++i) {
        const auto script =
            i == 0 ? scripts->at(i) : QStringLiteral("SET ROLE kinerja_owner;\n%1\nRESET ROLE;").arg(scripts->at(i));
        if (auto ran = m_connection.execScript(script); !ran) {
            return R::failure(tr("The server schema could not be installed: %1").arg(ran.error()));
        }
    }
    if (auto loaded = loadTransitions(); !loaded) {
        return loaded.propagate<Loaded>();
    }
    auto tables = PullApplier::syncedTables(source);
    if (!tables) {
        return tables.propagate<Loaded>();
    }
    Loaded loaded;
    for (const auto& table : *tables) {
        auto copied = copyTable(source, table);
        if (!copied) {
            return copied.propagate<Loaded>();
        }
        loaded.append({table, *copied});
    }
    auto files = copyEvidenceFiles(source);
    if (!files) {
        return files.propagate<Loaded>();
    }
    loaded.append({QStringLiteral("evidence_blob"), *files});
    if (!transaction.commit()) {
        return R::failure(tr("The installation could not be committed; the database is unchanged."));
    }
    return loaded;
}

Status ServerInstaller::upgrade()
{
    auto installed = isInstalled();
    if (!installed) {
        return installed.propagate<Done>();
    }
    if (!*installed) {
        return Status::failure(tr("Kinerja ASN is not installed in the database %1; use \"server install\".")
                                   .arg(m_connection.settings().database));
    }
    auto version = m_connection.scalar(QStringLiteral("SELECT schema_version FROM kinerja.server_info"), {});
    if (!version) {
        return Status::failure(tr("The shared database could not be read: %1").arg(version.error()));
    }
    if (version->toInt() > kSchemaVersion) {
        return Status::failure(tr("The shared database has a newer schema (%1) than this version of Kinerja ASN "
                                  "knows (%2); it was not changed.")
                                   .arg(version->toInt())
                                   .arg(kSchemaVersion));
    }
    ServerTransaction transaction(m_connection);
    if (auto loaded = loadTransitions(); !loaded) {
        return loaded;
    }
    if (!transaction.commit()) {
        return Status::failure(tr("The upgrade could not be committed; the database is unchanged."));
    }
    return success();
}

Status ServerInstaller::loadTransitions()
{
    if (auto cleared = m_connection.exec(QStringLiteral("DELETE FROM kinerja.transition")); !cleared) {
        return Status::failure(tr("The workflow table could not be written: %1").arg(cleared.error()));
    }
    int ordinal = 0;
    for (const auto& row : TransitionTable::standard().rows()) {
        const auto requirements = QStringLiteral("{%1}").arg(codeNames(row.requirements).join(QLatin1Char(',')));
        if (auto added = m_connection.exec(
                QStringLiteral("INSERT INTO kinerja.transition (ordinal, kind, from_state, command, role, to_state, "
                               "requirements) VALUES (?, ?, ?, ?, ?, ?, ?::text[])"),
                {++ordinal, codeName(row.kind), codeName(row.from), codeName(row.command), codeName(row.role),
                    codeName(row.to), requirements});
            !added) {
            return Status::failure(tr("The workflow table could not be written: %1").arg(added.error()));
        }
    }
    return success();
}

Result<int> ServerInstaller::copyTable(const Database& source, const QString& table)
{
    QSqlQuery columnsQuery(source.connection());
    if (!sql::exec(columnsQuery, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table},
            "read the columns of a table")) {
        return Result<int>::failure(tr("The file could not be read."));
    }
    QStringList columns;
    QStringList pairs;
    while (columnsQuery.next()) {
        const auto column = columnsQuery.value(0).toString();
        columns.append(column);
        pairs.append(QStringLiteral("'%1', %1").arg(column));
    }
    // The org tree references itself: copy it in one statement, so that PostgreSQL checks parents at its end.
    const int chunk = table == QLatin1String("org_unit") ? std::numeric_limits<int>::max() : kCopyChunk;
    // Table and column names come from the local schema and the fixed list organisationTables().
    const auto select = QStringLiteral("SELECT json_group_array(json_object(%1)) FROM (SELECT * FROM %2 "
                                       "ORDER BY rowid LIMIT ? OFFSET ?)")
                            .arg(pairs.join(QStringLiteral(", ")), table);
    const auto insert = QStringLiteral("INSERT INTO kinerja.%1 (%2) SELECT %2 FROM "
                                       "jsonb_populate_recordset(NULL::kinerja.%1, ?::jsonb)")
                            .arg(table, columns.join(QStringLiteral(", ")));
    int copied = 0;
    for (qint64 offset = 0;; offset += chunk) {
        const auto json = sql::scalar(source.connection(), select, {chunk, offset}, "read rows to copy").toString();
        if (json.isEmpty()) {
            return Result<int>::failure(tr("The file could not be read."));
        }
        if (json == QLatin1String("[]")) {
            return copied;
        }
        auto count = m_connection.scalar(QStringLiteral("SELECT jsonb_array_length(?::jsonb)"), {json});
        if (auto written = m_connection.exec(insert, {json}); !written || !count) {
            return Result<int>::failure(tr("The rows of %1 could not be copied to the shared database: %2")
                                            .arg(table, written ? count.error() : written.error()));
        }
        copied += count->toInt();
        if (count->toInt() < chunk) {
            return copied;
        }
    }
}

Result<int> ServerInstaller::copyEvidenceFiles(const Database& source)
{
    QSqlQuery query(source.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT sha256, size, mime_type, data FROM evidence_blob ORDER BY sha256"), {},
            "read evidence files to copy")) {
        return Result<int>::failure(tr("The file could not be read."));
    }
    int copied = 0;
    while (query.next()) {
        const auto sha256 = query.value(0).toString();
        // Loaded by the administrator (no row-level security), complete at once: one chunk per file.
        if (auto blob = m_connection.exec(QStringLiteral("INSERT INTO kinerja.blob (sha256, size, mime_type, complete, "
                                                         "uploaded_by) VALUES (?, ?, ?, true, current_user)"),
                {sha256, query.value(1), query.value(2)});
            !blob) {
            return Result<int>::failure(tr("The evidence files could not be copied: %1").arg(blob.error()));
        }
        if (auto chunk = m_connection.exec(
                QStringLiteral("INSERT INTO kinerja.blob_chunk (sha256, byte_offset, data) VALUES (?, 0, ?)"),
                {sha256, query.value(3).toByteArray()});
            !chunk) {
            return Result<int>::failure(tr("The evidence files could not be copied: %1").arg(chunk.error()));
        }
        ++copied;
    }
    return copied;
}

Status ServerInstaller::addUser(
    const QString& login, const QString& password, const QString& nip, bool admin, const QString& adminUnitCode)
{
    if (!isValidLogin(login)) {
        return Status::failure(tr("\"%1\" is not a valid login name: use lowercase letters, digits, '.', '_' or '-' "
                                  "(at most 63), not starting with pg_ or kinerja_.")
                                   .arg(login));
    }
    if (password.size() < 8) {
        return Status::failure(tr("The password must have at least 8 characters."));
    }
    auto employee = m_connection.scalar(
        QStringLiteral("SELECT id::text FROM kinerja.employee WHERE nip = ? AND deleted = 0"), {nip});
    if (!employee) {
        return Status::failure(tr("The shared database could not be read: %1").arg(employee.error()));
    }
    if (!employee->isValid()) {
        return Status::failure(tr("No employee with NIP %1 is on the shared database.").arg(nip));
    }
    QVariant unit(QMetaType::fromType<QString>());
    if (!adminUnitCode.isEmpty()) {
        auto found = m_connection.scalar(
            QStringLiteral("SELECT id::text FROM kinerja.org_unit WHERE code = ? AND deleted = 0"), {adminUnitCode});
        if (!found) {
            return Status::failure(tr("The shared database could not be read: %1").arg(found.error()));
        }
        if (!found->isValid()) {
            return Status::failure(tr("No unit with the code %1 is on the shared database.").arg(adminUnitCode));
        }
        if (!admin) {
            return Status::failure(tr("A unit is given only to an administrator (--admin)."));
        }
        unit = *found;
    }
    ServerTransaction transaction(m_connection);
    if (auto added = m_connection.exec(QStringLiteral("SELECT kinerja.add_user(?, ?, ?::uuid, ?, ?::uuid)"),
            {login, password, employee->toString(), admin, unit});
        !added) {
        return Status::failure(tr("The account could not be created: %1").arg(added.error()));
    }
    if (!transaction.commit()) {
        return Status::failure(tr("The account could not be created."));
    }
    return success();
}

Result<bool> ServerInstaller::disableUser(const QString& login)
{
    auto done = m_connection.scalar(QStringLiteral("SELECT kinerja.disable_user(?)"), {login});
    if (!done) {
        return Result<bool>::failure(tr("The account could not be disabled: %1").arg(done.error()));
    }
    return done->toBool();
}

} // namespace kinerja
