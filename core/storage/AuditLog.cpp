// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Outbox.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kinerja {

namespace {

Result<QList<AuditLog::Entry>> readAll(QSqlQuery& query)
{
    QList<AuditLog::Entry> entries;
    while (query.next()) {
        AuditLog::Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.rowId = query.value(4).toString();
        entry.documentId = query.value(5).toString();
        entry.op = query.value(6).toString();
        entry.changes = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entry.source = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace

AuditLog::AuditLog(const Database& database)
    : m_database(database)
{ }

Result<qint64> AuditLog::recordBulkInserts(sql::Table table, qint64 afterRowid)
{
    if (table != sql::Table::OrgUnit && table != sql::Table::Employee && table != sql::Table::Assignment) {
        qCWarning(lcDb) << "bulk audit refused for" << sql::tableName(table);
        return Result<qint64>::failure(tr("The history of the imported rows could not be written."));
    }
    const auto db = m_database.connection();
    const auto changes = Outbox::insertChangesExpression(db, table, QStringLiteral("r"));
    if (!changes) {
        return changes.propagate<qint64>();
    }
    // As the trigger: the actor is the signed-in employee, else the row's author. Names come from the allow-list and
    // the schema; the rowid is bound.
    QSqlQuery audit(db);
    if (!sql::exec(audit,
            QStringLiteral("INSERT INTO audit_log (actor, entity, row_id, document_id, op, changes, source) "
                           "SELECT coalesce((SELECT l.employee_id FROM local_session AS l WHERE l.id = 1), "
                           "r.updated_by), '%1', r.id, NULL, 'insert', %2, 'local' FROM %1 AS r WHERE r.rowid > ? "
                           "ORDER BY r.rowid")
                .arg(sql::tableName(table), changes.value()),
            {afterRowid}, "bulk change capture: audit log")) {
        return Result<qint64>::failure(tr("The history of the imported rows could not be written."));
    }
    return static_cast<qint64>(audit.numRowsAffected());
}

Result<QList<AuditLog::Entry>> AuditLog::forDocument(const QString& documentId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT id, at, actor, entity, row_id, document_id, op, changes, source FROM audit_log "
                           "WHERE document_id = ? ORDER BY id"),
            {documentId}, "read the audit log")) {
        return Result<QList<Entry>>::failure(tr("The history of this document could not be read."));
    }
    return readAll(query);
}

Result<QList<AuditLog::Entry>> AuditLog::forRow(const QString& entity, const QString& rowId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT id, at, actor, entity, row_id, document_id, op, changes, source FROM audit_log "
                           "WHERE entity = ? AND row_id = ? ORDER BY id"),
            {entity, rowId}, "read the audit log")) {
        return Result<QList<Entry>>::failure(tr("The history of this record could not be read."));
    }
    return readAll(query);
}

} // namespace kinerja
