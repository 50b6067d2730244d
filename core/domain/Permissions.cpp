// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Permissions.h"

#include <utility>

namespace kinerja {

namespace {

using S = WorkflowState;

QList<Permissions::EditRule> buildEditRules()
{
    const QList<S> openEvaluation {
        S::EvaluationNotFilled, S::EvaluationSubmitted, S::EvaluationReturned, S::EvaluationRated};
    return {
        {FieldGroup::PlanContent, ActorRole::Employee, {S::PlanDraft, S::PlanReturned}},
        {FieldGroup::Realizations, ActorRole::Employee, {S::EvaluationNotFilled, S::EvaluationReturned}},
        {FieldGroup::Evidence, ActorRole::Employee, {S::EvaluationNotFilled, S::EvaluationReturned}},
        {FieldGroup::ColleagueInvitations, ActorRole::Employee, openEvaluation},
        {FieldGroup::BehaviorExpectations, ActorRole::Assessor, {S::PlanDraft, S::PlanSubmitted, S::PlanReturned}},
        {FieldGroup::Feedback, ActorRole::Assessor, openEvaluation},
        {FieldGroup::Ratings, ActorRole::Assessor, {S::EvaluationSubmitted, S::EvaluationRated}},
        {FieldGroup::Ratings, ActorRole::SecondAssessor, {S::EvaluationObjected}},
        {FieldGroup::ColleagueFeedback, ActorRole::InvitedColleague, openEvaluation},
        {FieldGroup::OrganizationData, ActorRole::Admin, {}},
        {FieldGroup::Employees, ActorRole::Admin, {}},
        {FieldGroup::Assignments, ActorRole::Admin, {}},
        {FieldGroup::Periods, ActorRole::Admin, {}},
        {FieldGroup::OrganizationGrades, ActorRole::Admin, {}},
    };
}

/// What an invited colleague may open: the approved SKP they comment on, and an evaluation open for feedback.
bool colleagueMayView(DocumentKind kind, WorkflowState state)
{
    switch (kind) {
    case DocumentKind::Plan:
        return state == S::PlanApproved;
    case DocumentKind::Evaluation:
        return state == S::EvaluationNotFilled || state == S::EvaluationSubmitted || state == S::EvaluationReturned
            || state == S::EvaluationRated;
    case DocumentKind::Objection:
        return false;
    }
    return false;
}

} // namespace

Permissions::Permissions(ActorRoleSet roles, DocumentKind kind, WorkflowState state, const Workflow& workflow)
    : m_roles(std::move(roles))
    , m_kind(kind)
    , m_state(state)
    , m_workflow(workflow)
{ }

Permissions::Permissions(ActorRoleSet roles)
    : m_roles(std::move(roles))
{ }

const QList<Permissions::EditRule>& Permissions::editRules()
{
    static const QList<EditRule> rules = buildEditRules();
    return rules;
}

Status Permissions::canView() const
{
    if (!m_kind) {
        return m_roles.contains(ActorRole::Admin)
            ? success()
            : Status::failure(tr("Only the %1 can see the agency's data.").arg(roleTitle(ActorRole::Admin)));
    }
    for (const auto role : {ActorRole::Employee, ActorRole::Assessor, ActorRole::SecondAssessor, ActorRole::Admin}) {
        if (m_roles.contains(role)) {
            return success();
        }
    }
    if (m_roles.contains(ActorRole::InvitedColleague)) {
        if (colleagueMayView(*m_kind, m_state)) {
            return success();
        }
        return Status::failure(
            tr("An invited colleague can see only an approved SKP and an evaluation that is open for feedback."));
    }
    return Status::failure(tr("You can see only your own documents, those of the employees you assess, and those "
                              "you were invited to comment on."));
}

Status Permissions::canEdit(FieldGroup group) const
{
    const auto groupKind = documentKindOf(group);
    if (groupKind != m_kind) {
        if (!groupKind) {
            // Agency data asked about from inside a document: the document does not matter.
            return Permissions(m_roles).canEdit(group);
        }
        return Status::failure(tr("\"%1\" is not part of this document.").arg(displayName(group)));
    }
    std::optional<ActorRole> owner;
    bool holdsOwningRole = false;
    for (const auto& rule : editRules()) {
        if (rule.group != group) {
            continue;
        }
        if (!owner) {
            owner = rule.role;
        }
        if (!m_roles.contains(rule.role)) {
            continue;
        }
        holdsOwningRole = true;
        if (!m_kind || rule.states.contains(m_state)) {
            return success();
        }
    }
    if (!holdsOwningRole) {
        return Status::failure(
            tr("Only the %1 can change \"%2\".").arg(roleTitle(owner.value_or(ActorRole::Admin)), displayName(group)));
    }
    if (m_kind == DocumentKind::Plan) {
        return Status::failure(tr("\"%1\" cannot be changed while the SKP has the status \"%2\".")
                                   .arg(displayName(group), displayName(m_state)));
    }
    return Status::failure(tr("\"%1\" cannot be changed while the evaluation has the status \"%2\".")
                               .arg(displayName(group), displayName(m_state)));
}

QList<FieldGroup> Permissions::editableGroups() const
{
    QList<FieldGroup> groups;
    for (const auto group : allFieldGroups()) {
        if (documentKindOf(group) == m_kind && canEdit(group)) {
            groups.append(group);
        }
    }
    return groups;
}

Status Permissions::canDo(WorkflowCommand command, const TransitionContext& context) const
{
    if (!m_kind) {
        return Status::failure(tr("\"%1\" applies only to a document.").arg(displayName(command)));
    }
    const auto row = m_workflow.resolve(*m_kind, m_state, command, m_roles, context);
    if (!row) {
        return row.propagate<Done>();
    }
    return success();
}

QList<WorkflowCommand> Permissions::availableCommands(const TransitionContext& context) const
{
    if (!m_kind) {
        return {};
    }
    return m_workflow.availableCommands(*m_kind, m_state, m_roles, context);
}

} // namespace kinerja
