// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

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

    /// Every entry with status "pending", oldest first.
    Result<QList<Entry>> pending() const;
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
