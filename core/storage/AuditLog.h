// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kinerja {

class Database;

/**
 * Reads the append-only `audit_log` (design.md "Storage"): who changed what and when, for local changes and for
 * rows applied from the server alike. Rows are written only by the triggers of migration 001 and by
 * Outbox::recordCommand; the table refuses UPDATE and DELETE. The actor of a local change is the employee in
 * `local_session` (LocalSession::signIn); of a remote change, the row's updated_by.
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

    /// Every entry about a document (a plan or an evaluation and the rows that belong to it), oldest first.
    Result<QList<Entry>> forDocument(const QString& documentId) const;
    /// Every entry about one row, oldest first.
    Result<QList<Entry>> forRow(const QString& entity, const QString& rowId) const;

private:
    const Database& m_database;
};

} // namespace kinerja
