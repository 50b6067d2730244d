// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kinerja {

class Database;

/**
 * Reads the append-only `audit_log` (design.md "Storage"): who changed what and when, for local changes and for
 * rows applied from the server alike. Rows are written by the generated triggers, by Outbox::recordCommand and,
 * for the rows a bulk import inserts, by recordBulkInserts(); the table refuses UPDATE and DELETE. The actor of a local
 * change is the employee in `local_session` (LocalSession::signIn); of a remote change, the row's updated_by.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry
    {
        qint64 id = 0;
        QString at; ///< ISO 8601 UTC
        QString actor; ///< employee id; empty when unknown
        QString entity; ///< table name
        QString rowId;
        QString documentId; ///< the plan or evaluation, where there is one
        QString op; ///< "insert", "update", "delete" or "command"
        QJsonObject changes; ///< {"field": {"old": x, "new": y}}, or {"command": ..., "arguments": {...}}
        QString source; ///< "local" or "remote"
    };

    /// `database` is not owned and must outlive the AuditLog.
    explicit AuditLog(const Database& database);

    /**
     * Bulk change capture, for Importer: writes the audit rows that the generated insert trigger of `table` would
     * have written, for every row of `table` with a rowid above `afterRowid` (inserted without the trigger, in the
     * caller's still open transaction; Outbox::recordBulkInserts() writes their outbox rows). Per row, in rowid
     * order: the signed-in employee as actor (else the row's updated_by), op 'insert', every captured field as
     * {"old": null, "new": value}, source 'local'. Only for org_unit, employee and assignment. Returns the number
     * of rows written.
     */
    Result<qint64> recordBulkInserts(sql::Table table, qint64 afterRowid);

    /// Every entry about a document (a plan or an evaluation and the rows that belong to it), oldest first.
    Result<QList<Entry>> forDocument(const QString& documentId) const;
    /// Every entry about one row, oldest first.
    Result<QList<Entry>> forRow(const QString& entity, const QString& rowId) const;

private:
    const Database& m_database;
};

} // namespace kinerja
