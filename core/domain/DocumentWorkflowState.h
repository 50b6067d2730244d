// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/WorkflowCommandRecord.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * The workflow state of one document as the user sees it: the state the shared database confirmed, plus the
 * commands done on this device that it has not confirmed yet (design.md, Sync).
 *
 * - effectiveState(): the confirmed state with the Pending commands applied in order. A Pending command whose
 *   `from` no longer matches (an earlier one was refused) is skipped: the server will refuse it too.
 * - A Refused or InConflict command is not applied: the document shows the confirmed state again, while the
 *   record keeps its arguments (the reason typed) for the user to see and reuse.
 * - A standalone database confirms every command at once (add() a record that is already Confirmed).
 *
 * Commands are kept in the order they were issued. A plain value; the storage loads and saves it.
 */
class DocumentWorkflowState
{
public:
    DocumentWorkflowState(const QUuid& documentId,
        DocumentKind kind,
        WorkflowState confirmedState,
        QList<WorkflowCommandRecord> commands = {});

    const QUuid& documentId() const { return m_documentId; }
    DocumentKind kind() const { return m_kind; }

    /// The state the shared database confirmed (or the last state pulled from it).
    WorkflowState confirmedState() const { return m_confirmedState; }
    /// A state pulled from the server replaces the confirmed state.
    void setConfirmedState(WorkflowState state) { m_confirmedState = state; }

    /// The state to display and to check the next command against.
    WorkflowState effectiveState() const;

    const QList<WorkflowCommandRecord>& commands() const { return m_commands; }

    /// True while a command waits for the shared database.
    bool hasPending() const;
    QList<WorkflowCommandRecord> pendingCommands() const;

    /// True while a command is in conflict with the server's version.
    bool hasConflict() const;
    QList<WorkflowCommandRecord> conflicts() const;

    /// The refusal to show: the first command refused after the last confirmed one; nothing when there is none.
    std::optional<WorkflowCommandRecord> refusal() const;

    /**
     * Adds a command done on this device. Precondition: it is for this document and kind, and its `from` is
     * effectiveState(); returns false (and adds nothing) otherwise. A record that is already Confirmed moves
     * the confirmed state at once.
     */
    bool add(const WorkflowCommandRecord& record);

    /// The shared database accepted the command: the confirmed state becomes its `to`. False for an unknown id.
    bool confirm(const QUuid& commandId);

    /// The shared database refused the command with `reason` (translated): it is no longer applied, its data
    /// is kept. False for an unknown id.
    bool refuse(const QUuid& commandId, const QString& reason);

    /// The command clashes with the server's version of the document. False for an unknown id.
    bool markInConflict(const QUuid& commandId, const QString& reason);

private:
    WorkflowCommandRecord* findCommand(const QUuid& commandId);

    QUuid m_documentId;
    DocumentKind m_kind;
    WorkflowState m_confirmedState;
    QList<WorkflowCommandRecord> m_commands;
};

} // namespace kinerja
