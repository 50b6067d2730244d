// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Outbox.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kinerja {

namespace {

QJsonObject parseObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kColumns = QStringLiteral("client_seq, mutation_id, kind, entity, row_id, op, changes, command, payload, "
                                        "base_row_version, created_at, status, status_reason");

Outbox::Entry readEntry(const QSqlQuery& query)
{
    Outbox::Entry entry;
    entry.clientSeq = query.value(0).toLongLong();
    entry.mutationId = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.entity = query.value(3).toString();
    entry.rowId = query.value(4).toString();
    entry.op = query.value(5).toString();
    entry.changes = parseObject(query.value(6));
    entry.command = query.value(7).toString();
    entry.arguments = parseObject(query.value(8));
    entry.baseRowVersion = query.value(9).toLongLong();
    entry.createdAt = query.value(10).toString();
    entry.status = query.value(11).toString();
    entry.statusReason = query.value(12).toString();
    return entry;
}

} // namespace

Outbox::Outbox(const Database& database)
    : m_database(database)
{ }

Result<Outbox::Entry> Outbox::recordCommand(const QString& entity,
    const QString& rowId,
    const QString& command,
    const QJsonObject& arguments,
    qint64 baseRowVersion)
{
    const auto db = m_database.connection();
    const auto payload = compact(arguments);
    QSqlQuery insert(db);
    if (!sql::exec(insert,
            QStringLiteral("INSERT INTO outbox (kind, entity, row_id, op, command, payload, base_row_version) "
                           "VALUES ('command', ?, ?, 'command', ?, ?, ?)"),
            {entity, rowId, command, payload, baseRowVersion}, "record a command")) {
        return Result<Entry>::failure(tr("The step \"%1\" could not be recorded.").arg(command));
    }
    const auto clientSeq = insert.lastInsertId();
    const QJsonObject audit {{QStringLiteral("command"), command}, {QStringLiteral("arguments"), arguments}};
    // The document of a command is the row it acts on (a plan, an evaluation or an objection).
    if (!sql::exec(db,
            QStringLiteral(
                "INSERT INTO audit_log (actor, entity, row_id, document_id, op, changes, source) "
                "VALUES ((SELECT employee_id FROM local_session WHERE id = 1), ?, ?, ?, 'command', ?, 'local')"),
            {entity, rowId, rowId, compact(audit)}, "audit a command")) {
        return Result<Entry>::failure(tr("The step \"%1\" could not be recorded.").arg(command));
    }
    auto entries = select(QStringLiteral("client_seq = ?"), {clientSeq});
    if (!entries || entries->isEmpty()) {
        return Result<Entry>::failure(tr("The step \"%1\" could not be recorded.").arg(command));
    }
    return entries->first();
}

Result<QString> Outbox::insertChangesExpression(const QSqlDatabase& db, sql::Table table, const QString& alias)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    // The bookkeeping columns travel in their own outbox columns (or are the key), never as fields.
    static const QStringList bookkeeping {QStringLiteral("id"), QStringLiteral("row_version"),
        QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    const auto failed = [] {
        return Result<QString>::failure(tr("The imported rows could not be recorded for synchronisation."));
    };
    if (!identifier.match(alias).hasMatch()) {
        return failed();
    }
    QSqlQuery columns(db);
    if (!sql::exec(columns, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"),
            {sql::tableName(table)}, "bulk change capture: columns")) {
        return failed();
    }
    QStringList fields;
    while (columns.next()) {
        const QString column = columns.value(0).toString();
        if (!identifier.match(column).hasMatch()) {
            qCWarning(lcDb) << "bulk change capture: unexpected column" << column;
            return failed();
        }
        if (!bookkeeping.contains(column)) {
            fields << QStringLiteral("'%1', json_object('old', NULL, 'new', %2.%1)").arg(column, alias);
        }
    }
    if (fields.isEmpty()) {
        return failed();
    }
    return QStringLiteral("json_object(%1)").arg(fields.join(QStringLiteral(", ")));
}

Result<qint64> Outbox::recordBulkInserts(sql::Table table, qint64 afterRowid)
{
    const auto failed = [] {
        return Result<qint64>::failure(tr("The imported rows could not be recorded for synchronisation."));
    };
    if (table != sql::Table::OrgUnit && table != sql::Table::Employee && table != sql::Table::Assignment) {
        qCWarning(lcDb) << "bulk change capture refused for" << sql::tableName(table);
        return failed();
    }
    const auto db = m_database.connection();
    const auto changes = insertChangesExpression(db, table, QStringLiteral("r"));
    if (!changes) {
        return changes.propagate<qint64>();
    }
    // The table name comes from the allow-list and the expression from the schema (checked); the rowid is bound.
    QSqlQuery outbox(db);
    if (!sql::exec(outbox,
            QStringLiteral("INSERT INTO outbox (kind, entity, row_id, op, changes, base_row_version) "
                           "SELECT 'edit', '%1', r.id, 'insert', %2, r.row_version FROM %1 AS r WHERE r.rowid > ? "
                           "ORDER BY r.rowid")
                .arg(sql::tableName(table), changes.value()),
            {afterRowid}, "bulk change capture: outbox")) {
        return failed();
    }
    return static_cast<qint64>(outbox.numRowsAffected());
}

Result<QList<Outbox::Entry>> Outbox::pending() const
{
    return select(QStringLiteral("status = 'pending'"), {});
}

Result<QList<Outbox::Entry>> Outbox::pendingBatch(qint64 afterSeq, int limit) const
{
    return select(QStringLiteral("client_seq IN (SELECT o.client_seq FROM outbox AS o WHERE o.status = 'pending' "
                                 "AND o.client_seq > ? ORDER BY o.client_seq LIMIT ?)"),
        {afterSeq, limit});
}

Status Outbox::setResult(qint64 clientSeq, const QString& status, const QString& reason)
{
    if (!sql::exec(m_database.connection(),
            QStringLiteral("UPDATE outbox SET status = ?, status_reason = ?, attempts = attempts + 1 "
                           "WHERE client_seq = ?"),
            {status, reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason), clientSeq},
            "record the server's answer")) {
        return Status::failure(tr("The server's answer could not be saved."));
    }
    return success();
}

Result<int> Outbox::replayAfter(qint64 serverLastSeq)
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("UPDATE outbox SET status = 'pending', status_reason = NULL WHERE client_seq > ? "
                           "AND status <> 'pending'"),
            {serverLastSeq}, "send changes again")) {
        return Result<int>::failure(tr("The list of changes waiting for the server could not be saved."));
    }
    return query.numRowsAffected();
}

Result<QList<Outbox::Entry>> Outbox::forRow(const QString& entity, const QString& rowId) const
{
    return select(QStringLiteral("entity = ? AND row_id = ?"), {entity, rowId});
}

Result<QList<Outbox::Entry>> Outbox::pendingCommands(const QString& entity, const QString& rowId) const
{
    return select(
        QStringLiteral("entity = ? AND row_id = ? AND kind = 'command' AND status = 'pending'"), {entity, rowId});
}

Status Outbox::setApplyingRemote(bool applying)
{
    if (!sql::exec(m_database.connection(), QStringLiteral("UPDATE sync_state SET applying_remote = ? WHERE id = 1"),
            {applying ? 1 : 0}, "set applying_remote")) {
        return Status::failure(tr("The synchronisation state could not be saved."));
    }
    return success();
}

Result<bool> Outbox::isApplyingRemote() const
{
    const auto value = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT applying_remote FROM sync_state WHERE id = 1"), {}, "read applying_remote");
    if (!value.isValid()) {
        return Result<bool>::failure(tr("The synchronisation state could not be read."));
    }
    return value.toInt() == 1;
}

Result<QList<Outbox::Entry>> Outbox::select(const QString& where, std::initializer_list<QVariant> values) const
{
    QSqlQuery query(m_database.connection());
    // `where` is one of the fixed conditions above, never built from input; values are bound.
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY client_seq").arg(kColumns, where),
            values, "read the outbox")) {
        return Result<QList<Entry>>::failure(tr("The list of changes waiting for the server could not be read."));
    }
    QList<Entry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

} // namespace kinerja
