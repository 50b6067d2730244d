// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WorkflowService.h"

#include "core/storage/EvaluationRepository.h"
#include "core/storage/Outbox.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

WorkflowService::Request request(const QUuid& plan, WorkflowCommand command, ActorRole role, const QUuid& actor)
{
    WorkflowService::Request r;
    r.kind = DocumentKind::Plan;
    r.documentId = plan;
    r.command = command;
    r.roles = {role};
    r.actorId = actor;
    r.context.today = QDate(2025, 1, 20);
    r.now = QDateTime(QDate(2025, 1, 20), QTime(9, 0), Qt::UTC);
    return r;
}

int outboxCount(const Database& database)
{
    return countRows(database, QStringLiteral("SELECT count(*) FROM outbox"));
}

} // namespace

TEST_CASE(
    "A plan goes through submit, return with a reason, submit and approve as pending commands", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("workflow.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto plan = plans.create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    WorkflowService workflow(*database);

    auto submitted = workflow.execute(request(plan->id, WorkflowCommand::Submit, ActorRole::Employee, people.employee));
    INFO(submitted.error());
    REQUIRE(submitted.ok());
    CHECK(submitted->record.to == WorkflowState::PlanSubmitted);
    CHECK(plans.load(plan->id)->status == WorkflowState::PlanSubmitted);
    CHECK(plans.load(plan->id)->submittedAt == QDateTime(QDate(2025, 1, 20), QTime(9, 0), Qt::UTC));

    auto returning = request(plan->id, WorkflowCommand::Return, ActorRole::Assessor, people.assessor);
    returning.context.reason = nastyText(QStringLiteral("perbaiki"));
    REQUIRE(workflow.execute(returning).ok());
    CHECK(plans.load(plan->id)->status == WorkflowState::PlanReturned);
    CHECK(plans.load(plan->id)->returnNote == nastyText(QStringLiteral("perbaiki")));

    REQUIRE(workflow.execute(request(plan->id, WorkflowCommand::Submit, ActorRole::Employee, people.employee)).ok());
    REQUIRE(workflow.execute(request(plan->id, WorkflowCommand::Approve, ActorRole::Assessor, people.assessor)).ok());
    CHECK(plans.load(plan->id)->status == WorkflowState::PlanApproved);
    CHECK(value(*database, QStringLiteral("SELECT status FROM performance_plan")).toString()
        == QStringLiteral("plan.approved"));

    // Four commands wait for the server, in order, with their arguments and roles.
    const auto pending = workflow.pendingCommands(plan->id);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 4);
    CHECK(pending->at(1).command == WorkflowCommand::Return);
    CHECK(pending->at(1).reason == nastyText(QStringLiteral("perbaiki")));
    CHECK(pending->at(1).role == ActorRole::Assessor);
    CHECK(pending->at(1).actorId == people.assessor);
    CHECK(pending->at(3).to == WorkflowState::PlanApproved);
    for (const auto& record : *pending) {
        CHECK(record.status == CommandStatus::Pending);
    }
    Outbox outbox(*database);
    CHECK(outbox.pendingCommands(QStringLiteral("performance_plan"), Uuid::toText(plan->id))->size() == 4);
    const auto state = workflow.state(DocumentKind::Plan, plan->id);
    REQUIRE(state.ok());
    CHECK(state->confirmedState() == WorkflowState::PlanDraft);
    CHECK(state->effectiveState() == WorkflowState::PlanApproved);
    CHECK(state->hasPending());

    // Audit: the commands are in the plan's history.
    CHECK(
        countRows(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE document_id = ? AND op = 'command'"),
            {Uuid::toText(plan->id)})
        == 4);
}

TEST_CASE("A refused workflow command returns the domain's reason and writes nothing", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("workflow.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto plan = plans.create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    WorkflowService workflow(*database);
    const auto outboxBefore = outboxCount(*database);
    const auto auditBefore = countRows(*database, QStringLiteral("SELECT count(*) FROM audit_log"));

    // The employee cannot approve her own plan, and nobody can approve a draft.
    const auto approve =
        workflow.execute(request(plan->id, WorkflowCommand::Approve, ActorRole::Employee, people.employee));
    CHECK_FALSE(approve.ok());
    const auto expected = Workflow().apply(DocumentKind::Plan, WorkflowState::PlanDraft, WorkflowCommand::Approve,
        ActorRole::Employee, request(plan->id, WorkflowCommand::Approve, ActorRole::Employee, people.employee).context);
    CHECK(approve.error() == expected.error());

    REQUIRE(workflow.execute(request(plan->id, WorkflowCommand::Submit, ActorRole::Employee, people.employee)).ok());
    const auto afterSubmit = outboxCount(*database);
    auto noReason = request(plan->id, WorkflowCommand::Return, ActorRole::Assessor, people.assessor);
    const auto refused = workflow.execute(noReason);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("A returned SKP needs a reason."));
    CHECK(outboxCount(*database) == afterSubmit);
    CHECK(afterSubmit == outboxBefore + 1);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
    CHECK(plans.load(plan->id)->status == WorkflowState::PlanSubmitted);

    const auto missing =
        workflow.execute(request(Uuid::createV7(), WorkflowCommand::Submit, ActorRole::Employee, people.employee));
    CHECK_FALSE(missing.ok());
}

TEST_CASE("An evaluation's submit is bound by the batas pengisian of its period", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("workflow.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto plan = plans.create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    EvaluationRepository evaluations(*database);
    const auto ids = evaluations.createForPlan(plan->id);
    REQUIRE(ids.ok());
    WorkflowService workflow(*database);
    auto submit = request(ids->first(), WorkflowCommand::Submit, ActorRole::Employee, people.employee);
    submit.kind = DocumentKind::Evaluation;
    submit.context.today = QDate(2025, 5, 1); // TRIWULAN I closed on 10 April
    const auto outboxBefore = outboxCount(*database);
    CHECK_FALSE(workflow.execute(submit).ok());
    CHECK(outboxCount(*database) == outboxBefore);
    submit.context.today = QDate(2025, 4, 10);
    REQUIRE(workflow.execute(submit).ok());
    CHECK(evaluations.load(ids->first())->status == WorkflowState::EvaluationSubmitted);
}
