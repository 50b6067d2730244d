// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Workflow.h"

#include "tests/support/TestSupport.h"

#include <QLocale>

using namespace kinerja;

namespace {

const QDate kToday(2026, 2, 2);

/// A context in which every requirement of every row holds: a reason, an outcome, an open period, an
/// evaluation finalized today.
TransitionContext fullContext()
{
    TransitionContext context;
    context.today = kToday;
    context.reason = QStringLiteral("Target IKI 2 belum sesuai.");
    context.outcome = ObjectionOutcome::Changed;
    context.finalizedOn = kToday;
    context.entryDeadline = kToday.addDays(10);
    return context;
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

TEST_CASE("Workflow allows every row of the table to its role", "[core][workflow]")
{
    const Workflow workflow;
    for (const auto& row : TransitionTable::standard().rows()) {
        INFO(row.toString());
        const auto result = workflow.apply(row.kind, row.from, row.command, row.role, fullContext());
        REQUIRE(result.ok());
        CHECK(*result == row.to);
        CHECK(workflow.availableCommands(row.kind, row.from, {row.role}, fullContext()).contains(row.command));
    }
}

TEST_CASE("Workflow refuses every combination of state, command and role that is not in the table", "[core][workflow]")
{
    const Workflow workflow;
    const auto& table = TransitionTable::standard();
    int refused = 0;
    for (const auto kind : allDocumentKinds()) {
        // Every state, those of the other kinds included: a state of another kind is always refused.
        for (const auto state : allWorkflowStates()) {
            for (const auto command : allWorkflowCommands()) {
                for (const auto role : allActorRoles()) {
                    if (documentKind(state) == kind && table.find(kind, state, command, role)) {
                        continue;
                    }
                    INFO(codeName(kind).toStdString()
                        << " " << codeName(state).toStdString() << " " << codeName(command).toStdString() << " "
                        << codeName(role).toStdString());
                    const auto result = workflow.apply(kind, state, command, role, fullContext());
                    CHECK(!result.ok());
                    CHECK(!result.error().isEmpty());
                    ++refused;
                }
            }
        }
    }
    const auto combinations =
        allDocumentKinds().size() * allWorkflowStates().size() * allWorkflowCommands().size() * allActorRoles().size();
    CHECK(refused == combinations - table.rows().size());
}

TEST_CASE("An invited colleague can use no workflow command at all", "[core][workflow]")
{
    const Workflow workflow;
    for (const auto state : allWorkflowStates()) {
        const auto kind = documentKind(state);
        CHECK(workflow.availableCommands(kind, state, {ActorRole::InvitedColleague}, fullContext()).isEmpty());
        for (const auto command : allWorkflowCommands()) {
            CHECK(!workflow.apply(kind, state, command, ActorRole::InvitedColleague, fullContext()).ok());
        }
    }
}

TEST_CASE("Workflow names the role that may use a command", "[core][workflow]")
{
    const Workflow workflow;
    const auto approve = workflow.apply(
        DocumentKind::Plan, WorkflowState::PlanSubmitted, WorkflowCommand::Approve, ActorRole::Employee, fullContext());
    CHECK(approve.error() == QStringLiteral("Only the Pejabat Penilai Kinerja can approve an SKP."));

    const auto decide = workflow.apply(DocumentKind::Objection, WorkflowState::ObjectionFiled, WorkflowCommand::Decide,
        ActorRole::Assessor, fullContext());
    CHECK(decide.error() == QStringLiteral("Only the Atasan Pejabat Penilai Kinerja can decide on an objection."));

    const auto submit = workflow.apply(DocumentKind::Evaluation, WorkflowState::EvaluationNotFilled,
        WorkflowCommand::Submit, ActorRole::Admin, fullContext());
    CHECK(submit.error() == QStringLiteral("Only the Pegawai yang Dinilai can submit an evaluation."));
}

TEST_CASE("Workflow says when a command is not possible in the current state", "[core][workflow]")
{
    const Workflow workflow;
    const auto result = workflow.apply(
        DocumentKind::Plan, WorkflowState::PlanApproved, WorkflowCommand::Submit, ActorRole::Employee, fullContext());
    CHECK(result.error() == QStringLiteral("\"Submit\" is not possible while the SKP has the status \"Approved\"."));

    const auto wrongKind = workflow.apply(DocumentKind::Plan, WorkflowState::EvaluationSubmitted, WorkflowCommand::Rate,
        ActorRole::Assessor, fullContext());
    CHECK(wrongKind.error().contains(QStringLiteral("evaluation.submitted")));
}

TEST_CASE("A returned SKP or evaluation needs a reason", "[core][workflow]")
{
    const Workflow workflow;
    auto context = fullContext();
    for (const QString& reason : {QString(), QStringLiteral("   \n ")}) {
        context.reason = reason;
        const auto plan = workflow.apply(
            DocumentKind::Plan, WorkflowState::PlanSubmitted, WorkflowCommand::Return, ActorRole::Assessor, context);
        CHECK(plan.error() == QStringLiteral("A returned SKP needs a reason."));
        const auto evaluation = workflow.apply(DocumentKind::Evaluation, WorkflowState::EvaluationRated,
            WorkflowCommand::Return, ActorRole::Assessor, context);
        CHECK(evaluation.error() == QStringLiteral("A returned evaluation needs a reason."));
    }
    context.reason = QStringLiteral("Lengkapi bukti dukung.");
    CHECK(workflow
              .apply(DocumentKind::Plan, WorkflowState::PlanSubmitted, WorkflowCommand::Return, ActorRole::Assessor,
                  context)
              .value()
        == WorkflowState::PlanReturned);
}

TEST_CASE("A return is still offered as a button before the reason is typed", "[core][workflow]")
{
    const Workflow workflow;
    auto context = fullContext();
    context.reason.clear();
    const auto commands =
        workflow.availableCommands(DocumentKind::Plan, WorkflowState::PlanSubmitted, {ActorRole::Assessor}, context);
    CHECK(commands == QList<WorkflowCommand> {WorkflowCommand::Return, WorkflowCommand::Approve});
    const auto rows =
        workflow.transitionsAvailable(DocumentKind::Plan, WorkflowState::PlanSubmitted, {ActorRole::Assessor}, context);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).requirements.testFlag(TransitionRequirement::ReasonRequired));
}

TEST_CASE("An objection is accepted on day 14 after finalisation and refused on day 15", "[core][workflow]")
{
    const Workflow workflow;
    auto context = fullContext();
    context.finalizedOn = QDate(2026, 1, 20);
    const auto object = [&](QDate today) {
        context.today = today;
        return workflow.apply(DocumentKind::Evaluation, WorkflowState::EvaluationFinalized, WorkflowCommand::Object,
            ActorRole::Employee, context);
    };
    CHECK(object(QDate(2026, 1, 20)).value() == WorkflowState::EvaluationObjected);
    CHECK(object(QDate(2026, 2, 3)).value() == WorkflowState::EvaluationObjected); // day 14
    const auto late = object(QDate(2026, 2, 4)); // day 15
    CHECK(late.error()
        == QStringLiteral("An objection must be filed within 14 days of the evaluation being finalized; it was "
                          "finalized on %1.")
               .arg(dateText(QDate(2026, 1, 20))));
    CHECK(workflow
              .availableCommands(
                  DocumentKind::Evaluation, WorkflowState::EvaluationFinalized, {ActorRole::Employee}, context)
              .isEmpty());

    context.today = QDate(2026, 2, 3);
    context.reason.clear();
    CHECK(object(QDate(2026, 2, 3)).error() == QStringLiteral("An objection needs a reason."));
    context.reason = QStringLiteral("Rating perilaku tidak sesuai catatan umpan balik.");
    context.finalizedOn = QDate();
    CHECK(!object(QDate(2026, 2, 3)).ok());
}

TEST_CASE("A decision on an objection needs a reason and an outcome", "[core][workflow]")
{
    const Workflow workflow;
    auto context = fullContext();
    context.outcome.reset();
    const auto noOutcome = workflow.apply(DocumentKind::Objection, WorkflowState::ObjectionFiled,
        WorkflowCommand::Decide, ActorRole::SecondAssessor, context);
    CHECK(noOutcome.error() == QStringLiteral("A decision on an objection must either confirm or change the result."));
    context.outcome = ObjectionOutcome::Confirmed;
    CHECK(workflow
              .apply(DocumentKind::Evaluation, WorkflowState::EvaluationObjected, WorkflowCommand::Decide,
                  ActorRole::SecondAssessor, context)
              .value()
        == WorkflowState::EvaluationFinal);
}

TEST_CASE("A locked period refuses submit until the admin reopens the evaluation", "[core][workflow]")
{
    const Workflow workflow;
    TransitionContext context;
    context.entryDeadline = QDate(2026, 1, 31);
    context.today = QDate(2026, 2, 3);

    const auto submit = [&]() {
        return workflow.apply(DocumentKind::Evaluation, WorkflowState::EvaluationNotFilled, WorkflowCommand::Submit,
            ActorRole::Employee, context);
    };
    const auto reopen = [&]() {
        return workflow.apply(DocumentKind::Evaluation, WorkflowState::EvaluationNotFilled, WorkflowCommand::Reopen,
            ActorRole::Admin, context);
    };

    CHECK(submit().error()
        == QStringLiteral("The Batas Pengisian of this period passed on %1. Ask the performance administrator to "
                          "reopen the evaluation.")
               .arg(dateText(QDate(2026, 1, 31))));
    CHECK(workflow
              .availableCommands(
                  DocumentKind::Evaluation, WorkflowState::EvaluationNotFilled, {ActorRole::Employee}, context)
              .isEmpty());

    // The admin reopens: a reason and a new date are needed.
    CHECK(reopen().error() == QStringLiteral("Reopening a document needs a reason."));
    context.reason = QStringLiteral("Pegawai sakit sampai 2 Februari.");
    CHECK(reopen().error().contains(QStringLiteral("reopening needs a new date")));
    context.extendedUntil = QDate(2026, 2, 1);
    CHECK(reopen().error().contains(QStringLiteral("has already passed")));
    context.extendedUntil = QDate(2026, 2, 10);
    CHECK(reopen().value() == WorkflowState::EvaluationNotFilled);

    // With the extension stored on the document, the pegawai can submit until that date.
    context.reason.clear();
    CHECK(submit().value() == WorkflowState::EvaluationSubmitted);
    context.today = QDate(2026, 2, 10);
    CHECK(submit().ok());
    context.today = QDate(2026, 2, 11);
    CHECK(submit().error().contains(dateText(QDate(2026, 2, 10))));

    // Before the deadline nobody needs the admin.
    context = TransitionContext {};
    context.entryDeadline = QDate(2026, 1, 31);
    context.today = QDate(2026, 1, 31);
    CHECK(submit().ok());
}

TEST_CASE("Withdrawing an evaluation is locked with the period too, the penilai's rating is not", "[core][workflow]")
{
    const Workflow workflow;
    TransitionContext context;
    context.entryDeadline = QDate(2026, 1, 31);
    context.today = QDate(2026, 2, 3);
    CHECK(!workflow
               .apply(DocumentKind::Evaluation, WorkflowState::EvaluationSubmitted, WorkflowCommand::Withdraw,
                   ActorRole::Employee, context)
               .ok());
    CHECK(workflow
              .apply(DocumentKind::Evaluation, WorkflowState::EvaluationSubmitted, WorkflowCommand::Rate,
                  ActorRole::Assessor, context)
              .ok());
}

TEST_CASE("A person with several roles gets the row of the role that may act", "[core][workflow]")
{
    const Workflow workflow;
    const ActorRoleSet roles {ActorRole::Assessor, ActorRole::Admin};
    const auto reopen = workflow.resolve(
        DocumentKind::Plan, WorkflowState::PlanApproved, WorkflowCommand::Reopen, roles, fullContext());
    REQUIRE(reopen.ok());
    CHECK(reopen->role == ActorRole::Admin);
    CHECK(reopen->to == WorkflowState::PlanSubmitted);
    const auto commands = workflow.availableCommands(DocumentKind::Plan, WorkflowState::PlanSubmitted, roles, {});
    CHECK(commands
        == QList<WorkflowCommand> {WorkflowCommand::Return, WorkflowCommand::Approve, WorkflowCommand::Supersede});
}

TEST_CASE("Available commands follow the roles and the state", "[core][workflow]")
{
    const Workflow workflow;
    const auto context = fullContext();
    CHECK(workflow.availableCommands(
              DocumentKind::Evaluation, WorkflowState::EvaluationSubmitted, {ActorRole::Employee}, context)
        == QList<WorkflowCommand> {WorkflowCommand::Withdraw});
    CHECK(workflow.availableCommands(
              DocumentKind::Evaluation, WorkflowState::EvaluationSubmitted, {ActorRole::Assessor}, context)
        == QList<WorkflowCommand> {WorkflowCommand::Return, WorkflowCommand::Rate});
    CHECK(
        workflow
            .availableCommands(DocumentKind::Evaluation, WorkflowState::EvaluationFinal, {ActorRole::Employee}, context)
            .isEmpty());
    CHECK(workflow.availableCommands(DocumentKind::Evaluation, WorkflowState::EvaluationFinal, {}, context).isEmpty());
    CHECK(workflow.availableCommands(DocumentKind::Plan, WorkflowState::EvaluationFinal, {ActorRole::Admin}, context)
              .isEmpty());
}
