// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/storage/Database.h"
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
