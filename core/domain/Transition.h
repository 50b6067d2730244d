// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/domain/DocumentKind.h"
#include "core/domain/TransitionRequirement.h"
#include "core/domain/WorkflowCommand.h"
#include "core/domain/WorkflowState.h"

#include <QString>

namespace kinerja {

/// One row of the TransitionTable: in state `from`, a person with `role` may use `command`, which moves the
/// document to `to` when the requirements hold.
struct Transition
{
    DocumentKind kind = DocumentKind::Plan;
    WorkflowState from = WorkflowState::PlanDraft;
    WorkflowCommand command = WorkflowCommand::Submit;
    ActorRole role = ActorRole::Employee;
    WorkflowState to = WorkflowState::PlanDraft;
    TransitionRequirements requirements;

    /// One line with the stable codes, for logs and the printed table:
    /// "plan | plan.submitted | return | assessor | plan.returned | reason-required".
    QString toString() const;

    friend bool operator==(const Transition& a, const Transition& b)
    {
        return a.kind == b.kind && a.from == b.from && a.command == b.command && a.role == b.role && a.to == b.to
            && a.requirements == b.requirements;
    }
};

} // namespace kinerja
