// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Workflow.h"

#include <QLocale>

namespace kinerja {

namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString notPossibleMessage(DocumentKind kind, WorkflowState from, WorkflowCommand command)
{
    switch (kind) {
    case DocumentKind::Plan:
        return Workflow::tr("\"%1\" is not possible while the SKP has the status \"%2\".")
            .arg(displayName(command), displayName(from));
    case DocumentKind::Evaluation:
        return Workflow::tr("\"%1\" is not possible while the evaluation has the status \"%2\".")
            .arg(displayName(command), displayName(from));
    case DocumentKind::Objection:
        return Workflow::tr("\"%1\" is not possible while the objection has the status \"%2\".")
            .arg(displayName(command), displayName(from));
    }
    return {};
}

QString onlyRoleMessage(DocumentKind kind, WorkflowCommand command, ActorRole role)
{
    const auto title = roleTitle(role);
    if (kind == DocumentKind::Plan) {
        switch (command) {
        case WorkflowCommand::Submit:
            return Workflow::tr("Only the %1 can submit an SKP.").arg(title);
        case WorkflowCommand::Withdraw:
            return Workflow::tr("Only the %1 can withdraw a submitted SKP.").arg(title);
        case WorkflowCommand::Return:
            return Workflow::tr("Only the %1 can return an SKP.").arg(title);
        case WorkflowCommand::Approve:
            return Workflow::tr("Only the %1 can approve an SKP.").arg(title);
        case WorkflowCommand::Reopen:
            return Workflow::tr("Only the %1 can reopen an SKP.").arg(title);
        case WorkflowCommand::Supersede:
            return Workflow::tr("Only the %1 can close an SKP as superseded.").arg(title);
        default:
            break;
        }
    } else {
        switch (command) {
        case WorkflowCommand::Submit:
            return Workflow::tr("Only the %1 can submit an evaluation.").arg(title);
        case WorkflowCommand::Withdraw:
            return Workflow::tr("Only the %1 can withdraw a submitted evaluation.").arg(title);
        case WorkflowCommand::Return:
            return Workflow::tr("Only the %1 can return an evaluation.").arg(title);
        case WorkflowCommand::Rate:
            return Workflow::tr("Only the %1 can rate an evaluation.").arg(title);
        case WorkflowCommand::Finalize:
            return Workflow::tr("Only the %1 can finalize an evaluation.").arg(title);
        case WorkflowCommand::Object:
            return Workflow::tr("Only the %1 can file an objection.").arg(title);
        case WorkflowCommand::Decide:
            return Workflow::tr("Only the %1 can decide on an objection.").arg(title);
        case WorkflowCommand::Reopen:
            return Workflow::tr("Only the %1 can reopen an evaluation.").arg(title);
        default:
            break;
        }
    }
    return Workflow::tr("Only the %1 can use \"%2\" here.").arg(title, displayName(command));
}

QString reasonMissingMessage(DocumentKind kind, WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Return:
        return kind == DocumentKind::Plan ? Workflow::tr("A returned SKP needs a reason.")
                                          : Workflow::tr("A returned evaluation needs a reason.");
    case WorkflowCommand::Object:
        return Workflow::tr("An objection needs a reason.");
    case WorkflowCommand::Decide:
        return Workflow::tr("A decision on an objection needs a reason.");
    case WorkflowCommand::Reopen:
        return Workflow::tr("Reopening a document needs a reason.");
    case WorkflowCommand::Supersede:
        return Workflow::tr("Closing a superseded SKP needs a reason.");
    default:
        return Workflow::tr("This step needs a reason.");
    }
}

} // namespace

Workflow::Workflow(const TransitionTable& table)
    : m_table(&table)
{ }

Result<WorkflowState> Workflow::apply(DocumentKind kind,
    WorkflowState from,
    WorkflowCommand command,
    ActorRole role,
    const TransitionContext& context) const
{
    const auto row = resolve(kind, from, command, ActorRoleSet {role}, context);
    if (!row) {
        return row.propagate<WorkflowState>();
    }
    return row->to;
}

Result<Transition> Workflow::resolve(DocumentKind kind,
    WorkflowState from,
    WorkflowCommand command,
    const ActorRoleSet& roles,
    const TransitionContext& context) const
{
    if (documentKind(from) != kind) {
        return Result<Transition>::failure(
            tr("The status \"%1\" does not belong to this kind of document.").arg(codeName(from)));
    }
    const auto rows = m_table->rowsFor(kind, from, command);
    if (rows.isEmpty()) {
        return Result<Transition>::failure(notPossibleMessage(kind, from, command));
    }
    std::optional<Status> firstRefusal;
    for (const auto& row : rows) {
        if (!roles.contains(row.role)) {
            continue;
        }
        auto checked = checkConditions(row, context);
        if (checked) {
            checked = checkArguments(row, context);
        }
        if (checked) {
            return row;
        }
        if (!firstRefusal) {
            firstRefusal = checked;
        }
    }
    if (firstRefusal) {
        return firstRefusal->propagate<Transition>();
    }
    return Result<Transition>::failure(onlyRoleMessage(kind, command, rows.constFirst().role));
}

QList<WorkflowCommand> Workflow::availableCommands(
    DocumentKind kind, WorkflowState state, const ActorRoleSet& roles, const TransitionContext& context) const
{
    QList<WorkflowCommand> commands;
    for (const auto& row : transitionsAvailable(kind, state, roles, context)) {
        if (!commands.contains(row.command)) {
            commands.append(row.command);
        }
    }
    return commands;
}

QList<Transition> Workflow::transitionsAvailable(
    DocumentKind kind, WorkflowState state, const ActorRoleSet& roles, const TransitionContext& context) const
{
    QList<Transition> available;
    if (documentKind(state) != kind) {
        return available;
    }
    for (const auto& row : m_table->rowsFrom(kind, state)) {
        if (roles.contains(row.role) && checkConditions(row, context)) {
            available.append(row);
        }
    }
    return available;
}

Status Workflow::checkConditions(const Transition& row, const TransitionContext& context) const
{
    if (row.requirements.testFlag(TransitionRequirement::WithinObjectionWindow)) {
        if (!context.finalizedOn.isValid()) {
            return Status::failure(
                tr("The date the evaluation was finalized is not known, so the objection period cannot be checked."));
        }
        if (!context.today.isValid()) {
            return Status::failure(tr("Today's date is not known, so the deadline cannot be checked."));
        }
        if (!context.isWithinObjectionWindow()) {
            return Status::failure(tr("An objection must be filed within 14 days of the evaluation being finalized; "
                                      "it was finalized on %1.")
                                       .arg(dateText(context.finalizedOn)));
        }
    }
    if (row.requirements.testFlag(TransitionRequirement::PeriodOpen) && !context.isPeriodOpen()) {
        if (!context.today.isValid()) {
            return Status::failure(tr("Today's date is not known, so the deadline cannot be checked."));
        }
        return Status::failure(tr("The Batas Pengisian of this period passed on %1. Ask the %2 to reopen the "
                                  "evaluation.")
                                   .arg(dateText(context.lastEntryDay()), roleTitle(ActorRole::Admin)));
    }
    return success();
}

Status Workflow::checkArguments(const Transition& row, const TransitionContext& context) const
{
    if (row.requirements.testFlag(TransitionRequirement::ReasonRequired) && !context.hasReason()) {
        return Status::failure(reasonMissingMessage(row.kind, row.command));
    }
    if (row.requirements.testFlag(TransitionRequirement::OutcomeRequired) && !context.outcome) {
        return Status::failure(tr("A decision on an objection must either confirm or change the result."));
    }
    if (row.requirements.testFlag(TransitionRequirement::ExtensionIfLocked) && context.entryDeadline.isValid()) {
        if (!context.today.isValid()) {
            return Status::failure(tr("Today's date is not known, so the deadline cannot be checked."));
        }
        if (context.today > context.entryDeadline) {
            if (!context.extendedUntil.isValid()) {
                return Status::failure(tr("The Batas Pengisian of this period passed on %1; reopening needs a new "
                                          "date until which the evaluation stays open.")
                                           .arg(dateText(context.entryDeadline)));
            }
            if (context.extendedUntil < context.today) {
                return Status::failure(tr("The new date must be today or later; %1 has already passed.")
                                           .arg(dateText(context.extendedUntil)));
            }
        }
    }
    return success();
}

} // namespace kinerja
