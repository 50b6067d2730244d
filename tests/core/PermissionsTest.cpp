// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Permissions.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

using S = WorkflowState;
using G = FieldGroup;

/// The states of `kind` in which `role` may change `group`, by asking Permissions for every state.
QList<WorkflowState> editableStates(FieldGroup group, ActorRole role, DocumentKind kind)
{
    QList<WorkflowState> states;
    for (const auto state : statesOf(kind)) {
        if (Permissions({role}, kind, state).canEdit(group)) {
            states.append(state);
        }
    }
    return states;
}

} // namespace

TEST_CASE("The Pegawai yang Dinilai changes SKP content only in draft and returned", "[core][permissions]")
{
    CHECK(editableStates(G::PlanContent, ActorRole::Employee, DocumentKind::Plan)
        == QList<WorkflowState> {S::PlanDraft, S::PlanReturned});
    CHECK(editableStates(G::BehaviorExpectations, ActorRole::Employee, DocumentKind::Plan).isEmpty());

    const auto approved =
        Permissions({ActorRole::Employee}, DocumentKind::Plan, S::PlanApproved).canEdit(G::PlanContent);
    CHECK(approved.error()
        == QStringLiteral("\"SKP content\" cannot be changed while the SKP has the status \"Approved\"."));
}

TEST_CASE("The Pegawai yang Dinilai changes realizations and evidence only before submitting or when returned",
    "[core][permissions]")
{
    for (const auto group : {G::Realizations, G::Evidence}) {
        CHECK(editableStates(group, ActorRole::Employee, DocumentKind::Evaluation)
            == QList<WorkflowState> {S::EvaluationNotFilled, S::EvaluationReturned});
    }
    for (const auto group : {G::Feedback, G::Ratings, G::ColleagueFeedback}) {
        CHECK(editableStates(group, ActorRole::Employee, DocumentKind::Evaluation).isEmpty());
    }
}

TEST_CASE("The Pejabat Penilai Kinerja owns expectations, feedback and ratings", "[core][permissions]")
{
    CHECK(editableStates(G::BehaviorExpectations, ActorRole::Assessor, DocumentKind::Plan)
        == QList<WorkflowState> {S::PlanDraft, S::PlanSubmitted, S::PlanReturned});
    CHECK(editableStates(G::PlanContent, ActorRole::Assessor, DocumentKind::Plan).isEmpty());
    CHECK(editableStates(G::Feedback, ActorRole::Assessor, DocumentKind::Evaluation)
        == QList<WorkflowState> {
            S::EvaluationNotFilled, S::EvaluationSubmitted, S::EvaluationReturned, S::EvaluationRated});
    CHECK(editableStates(G::Ratings, ActorRole::Assessor, DocumentKind::Evaluation)
        == QList<WorkflowState> {S::EvaluationSubmitted, S::EvaluationRated});
    for (const auto group : {G::Realizations, G::Evidence, G::ColleagueInvitations, G::ColleagueFeedback}) {
        CHECK(editableStates(group, ActorRole::Assessor, DocumentKind::Evaluation).isEmpty());
    }
    const auto realizations =
        Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, S::EvaluationSubmitted).canEdit(G::Realizations);
    CHECK(realizations.error()
        == QStringLiteral("Only the Pegawai yang Dinilai can change \"Action plans and realizations\"."));
}

TEST_CASE("The Atasan Pejabat Penilai Kinerja changes ratings only while an objection is open", "[core][permissions]")
{
    CHECK(editableStates(G::Ratings, ActorRole::SecondAssessor, DocumentKind::Evaluation)
        == QList<WorkflowState> {S::EvaluationObjected});
    for (const auto group : allFieldGroups()) {
        if (group != G::Ratings) {
            CHECK(editableStates(group, ActorRole::SecondAssessor, DocumentKind::Evaluation).isEmpty());
            CHECK(editableStates(group, ActorRole::SecondAssessor, DocumentKind::Plan).isEmpty());
        }
    }
}

TEST_CASE("The Pegawai yang Dinilai invites colleagues while the evaluation is open", "[core][permissions]")
{
    CHECK(editableStates(G::ColleagueInvitations, ActorRole::Employee, DocumentKind::Evaluation)
        == QList<WorkflowState> {
            S::EvaluationNotFilled, S::EvaluationSubmitted, S::EvaluationReturned, S::EvaluationRated});
    CHECK(editableStates(G::ColleagueInvitations, ActorRole::InvitedColleague, DocumentKind::Evaluation).isEmpty());
    CHECK(editableStates(G::ColleagueInvitations, ActorRole::Admin, DocumentKind::Evaluation).isEmpty());
}

TEST_CASE("An invited colleague gives feedback and changes nothing else", "[core][permissions]")
{
    CHECK(editableStates(G::ColleagueFeedback, ActorRole::InvitedColleague, DocumentKind::Evaluation)
        == QList<WorkflowState> {
            S::EvaluationNotFilled, S::EvaluationSubmitted, S::EvaluationReturned, S::EvaluationRated});
    for (const auto kind : allDocumentKinds()) {
        for (const auto state : statesOf(kind)) {
            const Permissions permissions({ActorRole::InvitedColleague}, kind, state);
            for (const auto group : allFieldGroups()) {
                if (group != G::ColleagueFeedback) {
                    CHECK(!permissions.canEdit(group).ok());
                }
            }
            CHECK(permissions.availableCommands(TransitionContext {}).isEmpty());
        }
    }
}

TEST_CASE("The admin changes agency data but no document content", "[core][permissions]")
{
    const QList<FieldGroup> agencyData {
        G::OrganizationData, G::Employees, G::Assignments, G::Periods, G::OrganizationGrades};
    const Permissions admin({ActorRole::Admin});
    CHECK(admin.editableGroups() == agencyData);
    CHECK(admin.canView().ok());
    for (const auto group : agencyData) {
        CHECK(!Permissions({ActorRole::Employee}).canEdit(group).ok());
        CHECK(!Permissions({ActorRole::Assessor}, DocumentKind::Plan, S::PlanDraft).canEdit(group).ok());
        CHECK(Permissions({ActorRole::Admin}, DocumentKind::Plan, S::PlanDraft).canEdit(group).ok());
    }
    CHECK(Permissions({ActorRole::Employee}).canEdit(G::Periods).error()
        == QStringLiteral("Only the performance administrator can change \"Assessment periods\"."));
    for (const auto kind : allDocumentKinds()) {
        for (const auto state : statesOf(kind)) {
            CHECK(Permissions({ActorRole::Admin}, kind, state).editableGroups().isEmpty());
        }
    }
    CHECK(admin.canEdit(G::PlanContent).error() == QStringLiteral("\"SKP content\" is not part of this document."));
}

TEST_CASE("Nothing in a document can be changed once it is approved, superseded or finalized", "[core][permissions]")
{
    const QList<WorkflowState> locked {S::PlanApproved, S::PlanSuperseded, S::EvaluationFinalized, S::EvaluationFinal,
        S::ObjectionFiled, S::ObjectionDecided};
    for (const auto state : locked) {
        for (const auto role : allActorRoles()) {
            INFO(codeName(state).toStdString() << " " << codeName(role).toStdString());
            CHECK(Permissions({role}, documentKind(state), state).editableGroups().isEmpty());
        }
    }
}

TEST_CASE("Fields of another kind of document are never editable", "[core][permissions]")
{
    const Permissions plan({ActorRole::Employee}, DocumentKind::Plan, S::PlanDraft);
    CHECK(plan.canEdit(G::Realizations).error()
        == QStringLiteral("\"Action plans and realizations\" is not part of this document."));
    CHECK(plan.editableGroups() == QList<FieldGroup> {G::PlanContent});
}

TEST_CASE("Who may see a document", "[core][permissions]")
{
    for (const auto state : allWorkflowStates()) {
        const auto kind = documentKind(state);
        for (const auto role :
            {ActorRole::Employee, ActorRole::Assessor, ActorRole::SecondAssessor, ActorRole::Admin}) {
            CHECK(Permissions({role}, kind, state).canView().ok());
        }
        CHECK(!Permissions({}, kind, state).canView().ok());
    }
    CHECK(Permissions({ActorRole::InvitedColleague}, DocumentKind::Plan, S::PlanApproved).canView().ok());
    CHECK(Permissions({ActorRole::InvitedColleague}, DocumentKind::Evaluation, S::EvaluationSubmitted).canView().ok());
    CHECK(!Permissions({ActorRole::InvitedColleague}, DocumentKind::Plan, S::PlanDraft).canView().ok());
    CHECK(!Permissions({ActorRole::InvitedColleague}, DocumentKind::Evaluation, S::EvaluationFinal).canView().ok());
    CHECK(!Permissions({ActorRole::InvitedColleague}, DocumentKind::Objection, S::ObjectionFiled).canView().ok());
    CHECK(!Permissions({ActorRole::Employee}).canView().ok());
}

TEST_CASE("Permissions answers workflow commands from the transition table", "[core][permissions][workflow]")
{
    TransitionContext context;
    context.today = QDate(2026, 1, 15);
    const Permissions assessor({ActorRole::Assessor}, DocumentKind::Plan, S::PlanSubmitted);
    CHECK(assessor.canDo(WorkflowCommand::Approve, context).ok());
    CHECK(assessor.canDo(WorkflowCommand::Return, context).error() == QStringLiteral("A returned SKP needs a reason."));
    CHECK(assessor.availableCommands(context)
        == QList<WorkflowCommand> {WorkflowCommand::Return, WorkflowCommand::Approve});

    const Permissions employee({ActorRole::Employee}, DocumentKind::Plan, S::PlanSubmitted);
    CHECK(employee.canDo(WorkflowCommand::Approve, context).error()
        == QStringLiteral("Only the Pejabat Penilai Kinerja can approve an SKP."));
    CHECK(employee.availableCommands(context) == QList<WorkflowCommand> {WorkflowCommand::Withdraw});

    // The same answers as the table, for every state, command and role.
    const Workflow workflow;
    TransitionContext full = context;
    full.reason = QStringLiteral("Alasan.");
    full.outcome = ObjectionOutcome::Confirmed;
    full.finalizedOn = context.today;
    for (const auto state : allWorkflowStates()) {
        for (const auto role : allActorRoles()) {
            const Permissions permissions({role}, documentKind(state), state);
            for (const auto command : allWorkflowCommands()) {
                CHECK(permissions.canDo(command, full).ok()
                    == workflow.apply(documentKind(state), state, command, role, full).ok());
            }
        }
    }
    CHECK(!Permissions({ActorRole::Admin}).canDo(WorkflowCommand::Reopen, full).ok());
}
