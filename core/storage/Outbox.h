// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace kinerja {

class Database;

/**
 * The local queue of changes for the server (design.md "Push"; table `outbox`).
 *
 * Edits are written by the triggers of migration 001 on every synced table (kind "edit", op insert|update|delete,
 * changes {"field": {"old": x, "new": y}}); they are silent while applying server rows (setApplyingRemote()).
 * A bulk import writes the same rows for the rows it inserts in one set-based statement (recordBulkInserts()).
 * Workflow steps are recorded here as commands (kind "command"), in the same transaction as their local effect,
 * and count as pending until the server confirms or refuses them. Every command is also written to the audit log.
 * Statuses: "pending", "confirmed", "refused", "conflict".
 */
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    struct Entry
    {
        qint64 clientSeq = 0; ///< per-client mutation number, increasing
        QString mutationId; ///< random UUID, the server's idempotency key
        QString kind; ///< "edit" or "command"
        QString entity; ///< table name, e.g. "performance_plan"
        QString rowId;
        QString op; ///< "insert", "update", "delete" or "command"
        QJsonObject changes; ///< edits only
        QString command; ///< commands only: the step code, e.g. "submit"
        QJsonObject arguments; ///< commands only
        qint64 baseRowVersion = 0;
        QString createdAt; ///< ISO 8601 UTC
        QString status;
        QString statusReason;
    };

    /// `database` is not owned and must outlive the Outbox.
    explicit Outbox(const Database& database);

    /**
     * Records a workflow step on a document, e.g. ("performance_plan", id, "submit", {}, rowVersion). Call it
     * inside the caller's Transaction, next to the local effect of the step, so that both or neither are kept.
     */
    Result<Entry> recordCommand(const QString& entity,
        const QString& rowId,
        const QString& command,
        const QJsonObject& arguments,
        qint64 baseRowVersion);

    /**
     * Bulk change capture, for Importer: writes the outbox rows that the generated insert trigger of `table` would have
     * written, for every row of `table` with a rowid above `afterRowid`. Those rows were inserted without the
     * trigger (suspended in the caller's transaction, which must still be open); AuditLog::recordBulkInserts()
     * writes their audit rows.
     *
     * Per row, exactly what the trigger writes, in rowid order: kind 'edit', op 'insert', every captured field as
     * {"old": null, "new": value} (insertChangesExpression()), the row's row_version as base, the next per-client
     * number and a random mutation id. One INSERT ... SELECT instead of a trigger program per row. Only for tables
     * outside documents (no document_id and no command-owned columns): org_unit, employee, assignment; any other
     * table is refused. Returns the number of rows written.
     */
    Result<qint64> recordBulkInserts(sql::Table table, qint64 afterRowid);

    /**
     * The SQL expression of the changes object that the insert triggers of `table` write for its row `alias`:
     * json_object('column', json_object('old', NULL, 'new', alias.column), ...) over every column but the bookkeeping
     * ones (id, row_version, updated_at, updated_by), in the table's column order, as
     * resources/sql/generate_change_triggers.py picks them for a table without command-owned columns. Column names
     * are read from the schema and checked to be plain identifiers; `alias` must be one too. A failure when the
     * table cannot be read (logged).
     */
    static Result<QString> insertChangesExpression(const QSqlDatabase& db, sql::Table table, const QString& alias);

    /// Every entry with status "pending", oldest first.
    Result<QList<Entry>> pending() const;
    /// At most `limit` pending entries after `afterSeq`, oldest first: the next batch for the server.
    Result<QList<Entry>> pendingBatch(qint64 afterSeq, int limit) const;
    /**
     * The server's answer to an entry (SyncEngine): "confirmed", "refused" or "conflict", with the reason shown to
     * the user. Counts an attempt. Call it inside the caller's transaction.
     */
    Status setResult(qint64 clientSeq, const QString& status, const QString& reason);
    /**
     * After the server's database was restored: every entry numbered after `serverLastSeq` (the last one the
     * restored server holds) that the server had answered becomes pending again, to be sent once more. Returns how
     * many. Call it inside the caller's transaction.
     */
    Result<int> replayAfter(qint64 serverLastSeq);
    /// Every entry about one row, oldest first (to show pending commands on a document).
    Result<QList<Entry>> forRow(const QString& entity, const QString& rowId) const;
    /// Pending commands of one row, oldest first.
    Result<QList<Entry>> pendingCommands(const QString& entity, const QString& rowId) const;

    /// Switches change capture off while the sync engine applies server rows (sync_state.applying_remote).
    /// Set it inside the sync transaction and clear it before commit.
    Status setApplyingRemote(bool applying);
    Result<bool> isApplyingRemote() const;

private:
    Result<QList<Entry>> select(const QString& where, std::initializer_list<QVariant> values) const;

    const Database& m_database;
};

} // namespace kinerja
