// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PullApplier.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Outbox.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/sync/ReplicaScope.h"
#include "core/sync/SyncState.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

QVariant sqlValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto integer = value.toInteger();
        return double(integer) == number ? QVariant(integer) : QVariant(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

PullApplier::PullApplier(const Database& database)
    : m_database(database)
{ }

PullApplier::~PullApplier()
{
    deferCheckpoints(false);
}

Result<QStringList> PullApplier::syncedTables(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' AND EXISTS "
                           "(SELECT 1 FROM pragma_table_info(m.name) AS c WHERE c.name = 'row_version') "
                           "ORDER BY m.rowid"),
            {}, "list the synced tables")) {
        return Result<QStringList>::failure(tr("The local database could not be read."));
    }
    QStringList tables;
    while (query.next()) {
        tables.append(query.value(0).toString());
    }
    return tables;
}

Result<QStringList> PullApplier::columnsOf(const QString& table)
{
    if (const auto found = m_columns.constFind(table); found != m_columns.constEnd()) {
        return *found;
    }
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table},
            "read the columns of a table")) {
        return Result<QStringList>::failure(tr("The local database could not be read."));
    }
    QStringList columns;
    while (query.next()) {
        columns.append(query.value(0).toString());
    }
    m_columns.insert(table, columns);
    return columns;
}

Result<PullApplier::Applied> PullApplier::apply(const QJsonObject& page)
{
    using R = Result<Applied>;
    const auto failed = [] { return R::failure(tr("The changes from the shared database could not be saved.")); };
    auto tables = syncedTables(m_database);
    if (!tables) {
        return tables.propagate<Applied>();
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return failed();
    }
    // Parents and children of one page arrive in any order; the foreign keys are checked at commit.
    if (!sql::execDirect(
            m_database.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"), "defer foreign keys")) {
        return failed();
    }
    Outbox outbox(m_database);
    if (auto off = outbox.setApplyingRemote(true); !off) {
        return off.propagate<Applied>();
    }
    // The pages of a first copy are nobody's change: the file is new (or was emptied by a reset), so the audit log
    // would only repeat the rows (sync_state.bulk_loading silences its triggers, as for generated demo data).
    const bool copy = page.value(QStringLiteral("snapshot")).toBool();
    if (copy && !setBulkLoading(true)) {
        return failed();
    }
    Applied applied;
    ReplicaScope scope(m_database);
    if (page.value(QStringLiteral("reset")).toBool()) {
        if (auto emptied = scope.empty(); !emptied) {
            return emptied.propagate<Applied>();
        }
    }
    // The pages of a copy write their rows without the secondary indexes, made again once at the end of the copy
    // (after emptying: deleting parents looks their children up through those indexes).
    if (copy) {
        if (auto dropped = dropIndexes(*tables); !dropped) {
            return dropped.propagate<Applied>();
        }
    }
    const auto subjects = page.value(QStringLiteral("subjects"));
    const auto guests = page.value(QStringLiteral("guests")).toArray();
    // The pages of a copy fill a new or emptied file, or one whose versions were all forgotten (a new epoch): nobody
    // came in since a previous page, and nothing is to be removed before the copy's last page.
    const bool copyGoesOn =
        copy && page.value(QStringLiteral("cursor")).toObject().contains(QStringLiteral("snapshot"));
    if (subjects.isArray() && !copy) {
        auto state = SyncState::read(m_database);
        if (!state) {
            return state.propagate<Applied>();
        }
        const auto before = state->cursor.toObject().value(QStringLiteral("subjects"));
        if (before.isArray()) {
            if (auto forgotten = scope.forgetNewcomers(subjects.toArray(), before.toArray()); !forgotten) {
                return forgotten.propagate<Applied>();
            }
        }
    }
    // Pending edits are looked for only in the tables that have some: the search reads the page's ids from its JSON
    // again, a pass over every row.
    QSet<QString> edited;
    {
        QSqlQuery query(m_database.connection());
        if (!sql::exec(query,
                QStringLiteral(
                    "SELECT DISTINCT o.entity FROM outbox AS o WHERE o.status = 'pending' AND o.kind = 'edit'"),
                {}, "list the tables with pending edits")) {
            return failed();
        }
        while (query.next()) {
            edited.insert(query.value(0).toString());
        }
    }
    const auto rowsByTable = page.value(QStringLiteral("tables")).toObject();
    for (const auto& table : *tables) {
        const auto rows = tableText(rowsByTable.value(table));
        if (rows.isEmpty()) {
            continue;
        }
        auto written = upsert(table, rows);
        if (!written) {
            return written.propagate<Applied>();
        }
        applied.rows += *written;
        if (!edited.contains(table)) {
            continue;
        }
        if (auto laid = reapplyPending(table, rows); !laid) {
            return laid.propagate<Applied>();
        }
    }
    if (copy && !copyGoesOn) {
        if (auto created = createIndexes(); !created) {
            return created.propagate<Applied>();
        }
    }
    if (subjects.isArray() && !copyGoesOn) {
        auto purged = scope.purgeOutside(subjects.toArray(), guests);
        if (!purged) {
            return purged.propagate<Applied>();
        }
        applied.purged = *purged;
    }
    if (auto stored = SyncState::writeCursor(m_database, page.value(QStringLiteral("cursor"))); !stored) {
        return stored.propagate<Applied>();
    }
    if (auto on = outbox.setApplyingRemote(false); !on) {
        return on.propagate<Applied>();
    }
    if (copy && !setBulkLoading(false)) {
        return failed();
    }
    // One checkpoint of the log after the last page rather than one every few pages.
    deferCheckpoints(page.value(QStringLiteral("more")).toBool());
    if (auto committed = transaction.commit(); !committed) {
        return committed.propagate<Applied>();
    }
    return applied;
}

void PullApplier::deferCheckpoints(bool defer)
{
    if (defer == (m_autoCheckpoint >= 0)) {
        return;
    }
    const auto db = m_database.connection();
    if (defer) {
        const auto current =
            sql::scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint"), {}, "read wal_autocheckpoint");
        if (current.isValid()
            && sql::execDirect(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"), "defer checkpoints")) {
            m_autoCheckpoint = current.toInt();
        }
        return;
    }
    // a number read from the connection itself (a pragma takes no bound value)
    sql::execDirect(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint), "checkpoint again");
    m_autoCheckpoint = -1;
}

Result<QList<std::pair<QString, QString>>> PullApplier::secondaryIndexes(const QStringList& tables, bool newFile)
{
    using R = Result<QList<std::pair<QString, QString>>>;
    const auto read = [&tables](const QSqlDatabase& db) {
        QSqlQuery query(db);
        if (!sql::exec(query,
                QStringLiteral("SELECT m.name, m.tbl_name, m.sql FROM sqlite_master AS m WHERE m.type = 'index' "
                               "AND m.sql IS NOT NULL ORDER BY m.rowid"),
                {}, "list the indexes")) {
            return R::failure(tr("The local database could not be read."));
        }
        QList<std::pair<QString, QString>> indexes;
        while (query.next()) {
            if (tables.contains(query.value(1).toString())) {
                indexes.append({query.value(0).toString(), query.value(2).toString()});
            }
        }
        return R(indexes);
    };
    if (!newFile) {
        return read(m_database.connection());
    }
    // the schema a new file gets: the migrations run on an empty database in memory
    static QAtomicInteger<int> counter;
    const auto name = QStringLiteral("kinerja-new-schema-%1").arg(++counter);
    auto result = R::failure(tr("The local database could not be read."));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            Migrator migrator(db, QString());
            if (auto migrated = migrator.migrate(Migrator::builtIn()); migrated) {
                result = read(db);
            } else {
                qCWarning(lcSync) << "cannot make the schema of a new file:" << migrated.error();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status PullApplier::dropIndexes(const QStringList& tables)
{
    auto present = secondaryIndexes(tables, false);
    if (!present) {
        return present.propagate<Done>();
    }
    if (m_copyIndexes.isEmpty()) {
        // A copy begun by an earlier round (the stored cursor is one of a copy) may have dropped them already, and
        // that round's applier is gone: the definitions are then those of a new file's schema.
        auto state = SyncState::read(m_database);
        if (!state) {
            return state.propagate<Done>();
        }
        if (state->cursor.toObject().contains(QStringLiteral("snapshot"))) {
            auto schema = secondaryIndexes(tables, true);
            if (!schema) {
                return schema.propagate<Done>();
            }
            m_copyIndexes = *schema;
        } else {
            m_copyIndexes = *present;
        }
    }
    for (const auto& index : *present) {
        // the name comes from the file's own schema
        if (!sql::execDirect(m_database.connection(), QStringLiteral("DROP INDEX %1").arg(index.first),
                "drop an index for a copy")) {
            return Status::failure(tr("The changes from the shared database could not be saved."));
        }
    }
    return success();
}

Status PullApplier::createIndexes()
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, QStringLiteral("SELECT m.name FROM sqlite_master AS m WHERE m.type = 'index'"), {},
            "list the indexes")) {
        return Status::failure(tr("The local database could not be read."));
    }
    QSet<QString> present;
    while (query.next()) {
        present.insert(query.value(0).toString());
    }
    query.finish();
    for (const auto& [name, statement] : std::as_const(m_copyIndexes)) {
        // the statement comes from this file's schema or from a new file's (the migrations)
        if (!present.contains(name)
            && !sql::execDirect(m_database.connection(), statement, "create an index after a copy")) {
            return Status::failure(tr("The changes from the shared database could not be saved."));
        }
    }
    m_copyIndexes.clear();
    return success();
}

Status PullApplier::forgetVersions()
{
    auto tables = syncedTables(m_database);
    if (!tables) {
        return tables.propagate<Done>();
    }
    Outbox outbox(m_database);
    if (auto off = outbox.setApplyingRemote(true); !off || !setBulkLoading(true)) {
        return Status::failure(tr("The changes from the shared database could not be saved."));
    }
    for (const auto& table : *tables) {
        // The name comes from the local schema (syncedTables).
        if (!sql::exec(m_database.connection(), QStringLiteral("UPDATE %1 SET row_version = 0").arg(table), {},
                "forget the server's versions")) {
            return Status::failure(tr("The changes from the shared database could not be saved."));
        }
    }
    if (auto on = outbox.setApplyingRemote(false); !on || !setBulkLoading(false)) {
        return Status::failure(tr("The changes from the shared database could not be saved."));
    }
    return success();
}

bool PullApplier::setBulkLoading(bool loading)
{
    return sql::exec(m_database.connection(), QStringLiteral("UPDATE sync_state SET bulk_loading = ? WHERE id = 1"),
        {loading ? 1 : 0}, "set bulk_loading");
}

QString PullApplier::tableText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    QJsonObject shaped;
    if (value.isObject()) {
        shaped = value.toObject();
    } else {
        // rows as objects (what tests write by hand): the first row's keys are the columns
        const auto objects = value.toArray();
        if (objects.isEmpty()) {
            return {};
        }
        const auto columns = objects.first().toObject().keys();
        QJsonArray rows;
        for (const auto& object : objects) {
            QJsonArray values;
            for (const auto& column : columns) {
                values.append(object.toObject().value(column));
            }
            rows.append(values);
        }
        shaped.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
        shaped.insert(QStringLiteral("rows"), rows);
    }
    if (shaped.value(QStringLiteral("rows")).toArray().isEmpty()) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(shaped).toJson(QJsonDocument::Compact));
}

std::shared_ptr<QSqlQuery> PullApplier::prepared(const QString& statement, QString* error)
{
    if (const auto found = m_prepared.constFind(statement); found != m_prepared.constEnd()) {
        return *found;
    }
    auto query = std::make_shared<QSqlQuery>(m_database.connection());
    if (!query->prepare(statement)) {
        qCWarning(lcSync) << "cannot prepare" << statement << query->lastError().text();
        if (error) {
            *error = query->lastError().text();
        }
        return nullptr;
    }
    m_prepared.insert(statement, query);
    return query;
}

Result<int> PullApplier::upsert(const QString& table, const QString& rows)
{
    auto columns = columnsOf(table);
    if (!columns) {
        return columns.propagate<int>();
    }
    // The page's columns, by position; only those this schema has are written (a newer server may send more).
    const auto header = prepared(QStringLiteral("SELECT key, value FROM json_each(?, '$.columns')"));
    if (!header) {
        return Result<int>::failure(tr("The changes from the shared database could not be saved."));
    }
    header->bindValue(0, rows);
    if (!header->exec()) {
        qCWarning(lcSync) << "cannot read the columns of" << table << header->lastError().text();
        return Result<int>::failure(tr("The changes from the shared database could not be saved."));
    }
    QStringList used;
    QStringList values;
    while (header->next()) {
        const auto column = header->value(1).toString();
        if (columns->contains(column)) {
            used.append(column);
            values.append(QStringLiteral("json_extract(r.value, '$[%1]')").arg(header->value(0).toInt()));
        }
    }
    header->finish();
    if (!used.contains(QLatin1String("id")) || !used.contains(QLatin1String("row_version"))) {
        return Result<int>::failure(tr("The shared database sent rows of %1 without their id or version.").arg(table));
    }
    QStringList updates;
    for (const auto& column : used) {
        if (column != QLatin1String("id")) {
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
    }
    // SQLite reads the rows from the JSON text itself, in one statement (no value goes through Qt one by one). Table
    // and column names come from the local schema; positions are numbers. "WHERE true" lets SQLite parse the upsert.
    QString error;
    const auto query =
        prepared(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(?, '$.rows') AS r WHERE true "
                                "ON CONFLICT (id) DO UPDATE SET %4 WHERE excluded.row_version > %1.row_version")
                     .arg(table, used.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                         updates.join(QStringLiteral(", "))),
            &error);
    if (query) {
        query->bindValue(0, rows);
    }
    if (!query || !query->exec()) {
        if (query) {
            error = query->lastError().text();
        }
        qCWarning(lcSync) << "cannot apply the rows of" << table << error;
        return Result<int>::failure(
            tr("A row of %1 from the shared database could not be saved: %2").arg(table, error));
    }
    const int written = query->numRowsAffected();
    query->finish();
    return written;
}

Status PullApplier::reapplyPending(const QString& table, const QString& rows)
{
    const auto pending = prepared(
        QStringLiteral("SELECT o.row_id, o.changes FROM outbox AS o WHERE o.status = 'pending' AND o.kind = 'edit' "
                       "AND o.entity = ? AND o.row_id IN (SELECT json_extract(r.value, '$[' || "
                       "(SELECT c.key FROM json_each(?, '$.columns') AS c WHERE c.value = 'id') || ']') "
                       "FROM json_each(?, '$.rows') AS r) ORDER BY o.client_seq"));
    if (!pending) {
        return Status::failure(tr("The changes from the shared database could not be saved."));
    }
    pending->bindValue(0, table);
    pending->bindValue(1, rows);
    pending->bindValue(2, rows);
    if (!pending->exec()) {
        qCWarning(lcSync) << "cannot read pending edits" << pending->lastError().text();
        return Status::failure(tr("The changes from the shared database could not be saved."));
    }
    auto columns = columnsOf(table);
    if (!columns) {
        return columns.propagate<Done>();
    }
    QList<std::pair<QString, QJsonObject>> edits;
    while (pending->next()) {
        edits.append(
            {pending->value(0).toString(), QJsonDocument::fromJson(pending->value(1).toString().toUtf8()).object()});
    }
    pending->finish();
    for (const auto& [rowId, changes] : edits) {
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (!columns->contains(it.key())) {
                continue;
            }
            // The column name is one of the table's own columns (checked above).
            if (!sql::exec(m_database.connection(),
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, it.key()),
                    {sqlValue(it.value().toObject().value(QStringLiteral("new"))), rowId},
                    "lay a pending edit again")) {
                return Status::failure(tr("The changes from the shared database could not be saved."));
            }
        }
    }
    return success();
}

} // namespace kinerja
