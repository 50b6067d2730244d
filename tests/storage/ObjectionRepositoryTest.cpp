// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ObjectionRepository.h"

#include "core/storage/EvaluationRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WorkflowService.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

Status step(WorkflowService& workflow,
    const QUuid& evaluation,
    WorkflowCommand command,
    ActorRole role,
    const QUuid& actor,
    const QDateTime& now)
{
    WorkflowService::Request request;
    request.kind = DocumentKind::Evaluation;
    request.documentId = evaluation;
    request.command = command;
    request.roles = {role};
    request.actorId = actor;
    request.context.today = now.date();
    request.now = now;
    const auto outcome = workflow.execute(request);
    return outcome ? success() : outcome.propagate<Done>();
}

} // namespace

TEST_CASE(
    "A keberatan is filed within the window and decided by the atasan, changing the result", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("objection.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto plan = plans.create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    EvaluationRepository evaluations(*database);
    const auto id = evaluations.createForPlan(plan->id)->first();
    WorkflowService workflow(*database);
    const QDateTime finalizedAt(QDate(2025, 4, 5), QTime(10, 0), Qt::LocalTime);
    REQUIRE(step(workflow, id, WorkflowCommand::Submit, ActorRole::Employee, people.employee, finalizedAt).ok());
    REQUIRE(evaluations.setRatings(id, Rating::AsExpected, Rating::BelowExpectation, {}).ok());
    REQUIRE(step(workflow, id, WorkflowCommand::Rate, ActorRole::Assessor, people.assessor, finalizedAt).ok());
    REQUIRE(step(workflow, id, WorkflowCommand::Finalize, ActorRole::Assessor, people.assessor, finalizedAt).ok());

    ObjectionRepository objections(*database);
    // Day 15 is too late; someone else may not object; nothing is written.
    const auto late = objections.file(id, people.employee, QStringLiteral("Tidak sesuai"), QDate(2025, 4, 20));
    CHECK_FALSE(late.ok());
    CHECK(late.error().contains(QStringLiteral("14 days")));
    CHECK_FALSE(objections.file(id, people.assessor, QStringLiteral("Tidak sesuai"), QDate(2025, 4, 10)).ok());
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM objection")) == 0);

    const auto filed = objections.file(id, people.employee, nastyText(QStringLiteral("keberatan")), QDate(2025, 4, 19));
    INFO(filed.error());
    REQUIRE(filed.ok());
    CHECK(evaluations.load(id)->status == WorkflowState::EvaluationObjected);
    auto stored = objections.load(*filed);
    REQUIRE(stored.ok());
    CHECK(stored->status == WorkflowState::ObjectionFiled);
    CHECK(stored->reason == nastyText(QStringLiteral("keberatan")));
    CHECK(objections.forEvaluation(id)->size() == 1);

    // A changed result needs both ratings; the assessor is not the atasan.
    CHECK_FALSE(objections
                    .decide(*filed, people.secondAssessor, ObjectionOutcome::Changed, QStringLiteral("x"),
                        Rating::AsExpected, std::nullopt, QDate(2025, 4, 25))
                    .ok());
    CHECK_FALSE(objections
                    .decide(*filed, people.assessor, ObjectionOutcome::Confirmed, QStringLiteral("x"), std::nullopt,
                        std::nullopt, QDate(2025, 4, 25))
                    .ok());
    CHECK(objections.load(*filed)->status == WorkflowState::ObjectionFiled);

    REQUIRE(objections
                .decide(*filed, people.secondAssessor, ObjectionOutcome::Changed, QStringLiteral("Perilaku sesuai"),
                    Rating::AsExpected, Rating::AsExpected, QDate(2025, 4, 25))
                .ok());
    stored = objections.load(*filed);
    CHECK(stored->status == WorkflowState::ObjectionDecided);
    CHECK(stored->decision == ObjectionOutcome::Changed);
    CHECK(stored->newGrade == PerformanceGrade::Good);
    const auto evaluation = evaluations.load(id);
    CHECK(evaluation->status == WorkflowState::EvaluationFinal);
    CHECK(evaluation->grade == PerformanceGrade::Good);
    CHECK(workflow.pendingCommands(*filed)->size() == 1);
}

TEST_CASE("A Plt. of the atasan's unit decides a keberatan while the assignment runs, and nobody else",
    "[storage][documents][review]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("objection.sqlite")));
    const auto people = insertPeople(*database);
    const auto acting =
        insertEmployee(*database, QStringLiteral("198505052010011003"), QStringLiteral("Rahmat Hidayat"));
    auto plan = PlanRepository(*database).create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    const auto id = EvaluationRepository(*database).createForPlan(plan->id)->first();
    WorkflowService workflow(*database);
    const QDateTime finalizedAt(QDate(2025, 4, 5), QTime(10, 0), Qt::LocalTime);
    REQUIRE(step(workflow, id, WorkflowCommand::Submit, ActorRole::Employee, people.employee, finalizedAt).ok());
    REQUIRE(step(workflow, id, WorkflowCommand::Rate, ActorRole::Assessor, people.assessor, finalizedAt).ok());
    REQUIRE(step(workflow, id, WorkflowCommand::Finalize, ActorRole::Assessor, people.assessor, finalizedAt).ok());
    ObjectionRepository objections(*database);
    const auto filed = objections.file(id, people.employee, QStringLiteral("Tidak sesuai"), QDate(2025, 4, 10));
    REQUIRE(filed.ok());

    // the atasan heads the Dinas; `acting` is its Plt. from 20 to 30 April
    const auto unit = Uuid::createV7Text();
    const auto db = database->connection();
    REQUIRE(sql::exec(db,
        QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES (?, '15.02', 'Dinas Pendidikan', 'opd')"),
        {unit}, "unit"));
    REQUIRE(sql::exec(db,
        QStringLiteral("INSERT INTO assignment (id, employee_id, unit_id, position_kind, is_head, kind, starts_on) "
                       "VALUES (?, ?, ?, 'jpt', 1, 'definitive', '2020-01-01')"),
        {Uuid::createV7Text(), Uuid::toText(people.secondAssessor), unit}, "head"));
    REQUIRE(sql::exec(db,
        QStringLiteral("INSERT INTO assignment (id, employee_id, unit_id, position_kind, is_head, kind, starts_on, "
                       "ends_on) VALUES (?, ?, ?, 'jpt', 1, 'plt', '2025-04-20', '2025-04-30')"),
        {Uuid::createV7Text(), Uuid::toText(acting), unit}, "plt"));

    const auto decide = [&](QDate today) {
        return objections.decide(*filed, acting, ObjectionOutcome::Confirmed, QStringLiteral("Hasil tetap"),
            std::nullopt, std::nullopt, today);
    };
    CHECK_FALSE(decide(QDate(2025, 4, 19)).ok()); // before the assignment
    CHECK(objections.load(*filed)->status == WorkflowState::ObjectionFiled);
    const auto decided = decide(QDate(2025, 4, 22));
    INFO(decided.error());
    REQUIRE(decided.ok());
    CHECK(objections.load(*filed)->decision == ObjectionOutcome::Confirmed);
    CHECK(EvaluationRepository(*database).load(id)->status == WorkflowState::EvaluationFinal);
}
