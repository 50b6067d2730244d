// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CommandStatus.h"
#include "core/domain/Transition.h"
#include "core/domain/TransitionContext.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * One workflow step as it is stored (design.md, Storage): a command with its arguments, not an edit of a status
 * field. It is applied locally at once and stays Pending until the shared database confirms or refuses it; the
 * same record serves a standalone database (confirmed at once), the outbox and the server's re-check, so that
 * editors do not change when sync arrives. A refused record keeps its arguments, so nothing typed is lost.
 */
struct WorkflowCommandRecord
{
    QUuid id; ///< the command id; a retried push with the same id is answered the same way
    QUuid documentId;
    DocumentKind kind = DocumentKind::Plan;
    WorkflowCommand command = WorkflowCommand::Submit;
    ActorRole role = ActorRole::Employee; ///< the role in which the person acted
    QUuid actorId; ///< the employee id of the person who issued it
    WorkflowState from = WorkflowState::PlanDraft; ///< the state the command was applied to on this device
    WorkflowState to = WorkflowState::PlanDraft;

    // Arguments (TransitionContext): empty when the command takes none.
    QString reason;
    std::optional<ObjectionOutcome> outcome;
    QDate extendedUntil;

    QDateTime issuedAt; ///< when the person did it, in UTC
    CommandStatus status = CommandStatus::Pending;
    QString refusalReason; ///< the server's reason, already translated, when Refused or InConflict

    /// A Pending record for a row that Workflow::resolve() allowed, with the arguments of `context`.
    static WorkflowCommandRecord issued(const QUuid& id,
        const QUuid& documentId,
        const QUuid& actorId,
        const Transition& row,
        const TransitionContext& context,
        const QDateTime& issuedAt);

    /// `base` (the dates the checker knows) with this record's arguments filled in, to check the command again
    /// (on the server, or after a pull).
    TransitionContext context(TransitionContext base) const;

    /// The arguments as a JSON object for the outbox: only the keys that are set, "reason", "outcome"
    /// (a code), "extended-until" (ISO date).
    QJsonObject argumentsJson() const;

    /// Reads arguments written by argumentsJson(); false (and nothing changed) on an unknown outcome code or a
    /// malformed date.
    bool setArgumentsJson(const QJsonObject& json);

    friend bool operator==(const WorkflowCommandRecord& a, const WorkflowCommandRecord& b) = default;
};

} // namespace kinerja
