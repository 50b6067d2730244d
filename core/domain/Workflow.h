// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/TransitionContext.h"
#include "core/domain/TransitionTable.h"

#include <QCoreApplication>
#include <QList>

namespace kinerja {

/**
 * Applies the TransitionTable: may this person use this command on a document in this state, and what is the
 * new state. Refusals are translated sentences for the user ("Only the Pejabat Penilai Kinerja can approve an
 * SKP."). A plain value that refers to a table; the default is TransitionTable::standard().
 *
 * The checks, in order: the state belongs to the kind; the command exists in this state; one of the actor's
 * roles may use it; the conditions (objection window, period open); the arguments (reason, outcome, extension).
 */
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    /// `table` is not owned and must outlive the Workflow.
    explicit Workflow(const TransitionTable& table = TransitionTable::standard());

    /// The new state when `role` uses `command` on a document of `kind` in state `from`, or the reason why not.
    Result<WorkflowState> apply(DocumentKind kind,
        WorkflowState from,
        WorkflowCommand command,
        ActorRole role,
        const TransitionContext& context) const;

    /// Like apply() for a person holding several roles; gives the whole row, so that the caller can record
    /// the role that was used. When several roles may, the first row of the table that passes wins.
    Result<Transition> resolve(DocumentKind kind,
        WorkflowState from,
        WorkflowCommand command,
        const ActorRoleSet& roles,
        const TransitionContext& context) const;

    /**
     * The commands to offer as enabled buttons, in table order and without duplicates: the person holds a role
     * for them and their conditions hold today. Arguments are not checked (the reason is asked for after the
     * click); see transitionsAvailable() for what each one needs.
     */
    QList<WorkflowCommand> availableCommands(
        DocumentKind kind, WorkflowState state, const ActorRoleSet& roles, const TransitionContext& context) const;

    /// The rows behind availableCommands(), with their requirements (to know which arguments to ask for).
    QList<Transition> transitionsAvailable(
        DocumentKind kind, WorkflowState state, const ActorRoleSet& roles, const TransitionContext& context) const;

    const TransitionTable& table() const { return *m_table; }

private:
    Status checkConditions(const Transition& row, const TransitionContext& context) const;
    Status checkArguments(const Transition& row, const TransitionContext& context) const;

    const TransitionTable* m_table; // not owned
};

} // namespace kinerja
