// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DashboardQueries.h"

#include "core/storage/CompetencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

using Request = DashboardQueries::Request;
using Deadline = DashboardQueries::Deadline;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = openOrFail(dir.filePath(QStringLiteral("dashboard.sqlite")));
    People people = insertPeople(*database);

    /// A stored 2025 plan (samplePlan), moved through `commands` by the employee or the assessor.
    QUuid planWith(const QList<WorkflowCommand>& commands, const QString& returnNote = {})
    {
        auto created = PlanRepository(*database).create(samplePlan(people), people.participants);
        REQUIRE(created.ok());
        WorkflowService workflow(*database);
        for (const auto command : commands) {
            WorkflowService::Request request;
            request.kind = DocumentKind::Plan;
            request.documentId = created->id;
            request.command = command;
            const bool assessor = command == WorkflowCommand::Return || command == WorkflowCommand::Approve;
            request.roles = {assessor ? ActorRole::Assessor : ActorRole::Employee};
            request.actorId = assessor ? people.assessor : people.employee;
            request.context.today = QDate(2025, 1, 20);
            request.context.reason = returnNote;
            request.now = QDateTime(QDate(2025, 1, 20), QTime(9, 0), Qt::UTC);
            const auto done = workflow.execute(request);
            INFO(done.error());
            REQUIRE(done.ok());
        }
        return created->id;
    }

    /// The id of the plan's evaluation for a quarter (1..4), or of the annual one (0).
    QUuid evaluationOf(const QUuid& planId, int quarter) const
    {
        const auto period = quarter == 0 ? PeriodRepository::idOf(2025, std::nullopt, 0)
                                         : PeriodRepository::idOf(2025, EvaluationCadence::Quarterly, quarter);
        return Uuid::forEvaluation(planId, period);
    }

    void setStatus(const QUuid& evaluationId, WorkflowState state)
    {
        run(*database, QStringLiteral("UPDATE evaluation SET status = ? WHERE id = ?"),
            {codeName(state), Uuid::toText(evaluationId)});
    }
};

DashboardQueries::Overview overviewOf(const Fixture& f, QDate today, const QDateTime& lastSeen = {})
{
    const auto read = DashboardQueries(*f.database).overview(f.people.employee, today, lastSeen);
    INFO(read.error());
    REQUIRE(read.ok());
    return read.value();
}

} // namespace

TEST_CASE("The dashboard's current plan is the newest live plan of the year", "[storage][dashboard]")
{
    Fixture f;
    DashboardQueries queries(*f.database);
    CHECK_FALSE(queries.currentPlan(f.people.employee, 2025)->has_value());

    const auto first = f.planWith({});
    auto later = samplePlan(f.people);
    later.startDate = QDate(2025, 7, 1);
    const auto second = PlanRepository(*f.database).create(later, f.people.participants);
    REQUIRE(second.ok());

    const auto current = queries.currentPlan(f.people.employee, 2025);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK(current->value().id == second->id);
    CHECK(current->value().status == WorkflowState::PlanDraft);
    CHECK(current->value().startDate == QDate(2025, 7, 1));
    CHECK(current->value().endDate == QDate(2025, 12, 31));
    CHECK(current->value().assessorName == f.people.participants.assessor.name);
    CHECK_FALSE(queries.currentPlan(f.people.employee, 2024)->has_value());

    REQUIRE(PlanRepository(*f.database).tombstone(second->id).ok());
    CHECK(queries.currentPlan(f.people.employee, 2025)->value().id == first);
}

TEST_CASE("Without a plan the next deadline is the end of January, overdue afterwards", "[storage][dashboard]")
{
    Fixture f;
    auto overview = overviewOf(f, QDate(2025, 1, 10));
    CHECK(overview.year == 2025);
    CHECK_FALSE(overview.plan.has_value());
    REQUIRE(overview.nextDeadline.has_value());
    CHECK(overview.nextDeadline->kind == Deadline::Kind::PlanApproval);
    CHECK(overview.nextDeadline->date == QDate(2025, 1, 31));
    CHECK(overview.nextDeadline->daysLeft == 21);
    CHECK_FALSE(overview.nextDeadline->isOverdue());
    CHECK(overview.requests.isEmpty());
    CHECK(overview.indicators.isEmpty());

    overview = overviewOf(f, QDate(2025, 2, 3));
    CHECK(overview.nextDeadline->daysLeft == -3);
    CHECK(overview.nextDeadline->isOverdue());
}

TEST_CASE("A returned plan is listed with its note, its SKP deadline and its pending steps", "[storage][dashboard]")
{
    Fixture f;
    const auto planId =
        f.planWith({WorkflowCommand::Submit, WorkflowCommand::Return}, QStringLiteral("Target kuantitas belum jelas"));
    const auto overview = overviewOf(f, QDate(2025, 1, 31));
    REQUIRE(overview.plan.has_value());
    CHECK(overview.plan->status == WorkflowState::PlanReturned);
    CHECK(overview.pendingCommands == 2);
    REQUIRE(overview.nextDeadline.has_value());
    CHECK(overview.nextDeadline->kind == Deadline::Kind::PlanApproval);
    CHECK(overview.nextDeadline->documentId == planId);
    CHECK(overview.nextDeadline->date == QDate(2025, 1, 31));
    CHECK(overview.nextDeadline->daysLeft == 0);
    REQUIRE(overview.requests.size() == 1);
    CHECK(overview.requests.first().kind == Request::Kind::PlanReturned);
    CHECK(overview.requests.first().documentId == planId);
    CHECK(overview.requests.first().text == QStringLiteral("Target kuantitas belum jelas"));
    CHECK(overview.requests.first().isNew);
    // Two indicators, no realisation yet.
    REQUIRE(overview.indicators.size() == 2);
    CHECK_FALSE(overview.indicators.first().achievement.has_value());
}

TEST_CASE("An approved plan's next deadline is the earliest batas pengisian still the employee's to meet",
    "[storage][dashboard]")
{
    Fixture f;
    const auto planId = f.planWith({WorkflowCommand::Submit, WorkflowCommand::Approve});
    REQUIRE(EvaluationRepository(*f.database).createForPlan(planId).ok());

    // TRIWULAN I not submitted: its deadline (10 April) is the next one, and overdue after it.
    auto overview = overviewOf(f, QDate(2025, 3, 1));
    REQUIRE(overview.nextDeadline.has_value());
    CHECK(overview.nextDeadline->kind == Deadline::Kind::EvaluationEntry);
    CHECK(overview.nextDeadline->periodLabel == QStringLiteral("TRIWULAN I"));
    CHECK(overview.nextDeadline->documentId == f.evaluationOf(planId, 1));
    CHECK(overview.nextDeadline->date == QDate(2025, 4, 10));
    CHECK(overview.nextDeadline->daysLeft == 40);
    CHECK(overviewOf(f, QDate(2025, 4, 15)).nextDeadline->daysLeft == -5);

    // Submitted: the next quarter's deadline; an admin's extension of a returned quarter comes first again.
    f.setStatus(f.evaluationOf(planId, 1), WorkflowState::EvaluationSubmitted);
    overview = overviewOf(f, QDate(2025, 4, 15));
    CHECK(overview.nextDeadline->periodLabel == QStringLiteral("TRIWULAN II"));
    CHECK(overview.nextDeadline->date == QDate(2025, 7, 10));
    f.setStatus(f.evaluationOf(planId, 1), WorkflowState::EvaluationReturned);
    run(*f.database, QStringLiteral("UPDATE evaluation SET extended_until = '2025-04-20' WHERE id = ?"),
        {Uuid::toText(f.evaluationOf(planId, 1))});
    overview = overviewOf(f, QDate(2025, 4, 15));
    CHECK(overview.nextDeadline->periodLabel == QStringLiteral("TRIWULAN I"));
    CHECK(overview.nextDeadline->date == QDate(2025, 4, 20));
    CHECK(overview.nextDeadline->daysLeft == 5);

    // A locked period is closed: it no longer counts.
    REQUIRE(PeriodRepository(*f.database)
                .setLocked(PeriodRepository::idOf(2025, EvaluationCadence::Quarterly, 1), true)
                .ok());
    CHECK(overviewOf(f, QDate(2025, 4, 15)).nextDeadline->periodLabel == QStringLiteral("TRIWULAN II"));
}

TEST_CASE("Feedback and ratings are new after the last look and listed for a month", "[storage][dashboard]")
{
    Fixture f;
    const auto planId = f.planWith({WorkflowCommand::Submit, WorkflowCommand::Approve});
    EvaluationRepository evaluations(*f.database);
    REQUIRE(evaluations.createForPlan(planId).ok());
    const auto plan = PlanRepository(*f.database).load(planId);
    REQUIRE(plan.ok());
    const auto firstQuarter = f.evaluationOf(planId, 1);
    const auto secondQuarter = f.evaluationOf(planId, 2);

    EvaluationRepository::Feedback onResult;
    onResult.workResultId = plan->plan.results.first().id;
    onResult.authorId = f.people.assessor;
    onResult.authorName = QStringLiteral("Budi Santoso");
    onResult.text = QStringLiteral("Lengkapi bukti dukung");
    onResult.writtenAt = QDateTime(QDate(2025, 4, 14), QTime(2, 0), Qt::UTC);
    REQUIRE(evaluations.addFeedback(firstQuarter, onResult).ok());
    EvaluationRepository::Feedback onValue;
    onValue.coreValue = CoreValue::Collaborative;
    onValue.authorId = f.people.assessor;
    onValue.authorName = QStringLiteral("Budi Santoso");
    onValue.text = QStringLiteral("Koordinasi sudah baik");
    onValue.writtenAt = QDateTime(QDate(2025, 7, 12), QTime(3, 0), Qt::UTC);
    REQUIRE(evaluations.addFeedback(secondQuarter, onValue).ok());
    EvaluationRepository::Feedback own;
    own.workResultId = plan->plan.results.first().id;
    own.authorId = f.people.employee;
    own.authorName = QStringLiteral("Siti Aminah");
    own.text = QStringLiteral("Catatan sendiri");
    own.writtenAt = QDateTime(QDate(2025, 7, 13), QTime(3, 0), Qt::UTC);
    REQUIRE(evaluations.addFeedback(secondQuarter, own).ok());
    REQUIRE(evaluations
                .setRatings(firstQuarter, Rating::AboveExpectation, Rating::AsExpected, QStringLiteral("Baik"),
                    f.people.assessor)
                .ok());
    run(*f.database, QStringLiteral("UPDATE evaluation SET status = 'evaluation.rated', rated_at = ? WHERE id = ?"),
        {QStringLiteral("2025-04-15T02:00:00.000Z"), Uuid::toText(firstQuarter)});

    // Never looked: everything of the plan, newest first; the employee's own note is not a request.
    auto overview = overviewOf(f, QDate(2025, 7, 15));
    REQUIRE(overview.requests.size() == 3);
    CHECK(overview.requests.at(0).kind == Request::Kind::Feedback);
    CHECK(overview.requests.at(0).subject == QStringLiteral("Kolaboratif"));
    CHECK(overview.requests.at(0).periodLabel == QStringLiteral("TRIWULAN II"));
    CHECK(overview.requests.at(0).isNew);
    CHECK(overview.requests.at(1).kind == Request::Kind::Rating);
    CHECK(overview.requests.at(1).resultRating == Rating::AboveExpectation);
    CHECK(overview.requests.at(1).behaviorRating == Rating::AsExpected);
    CHECK(overview.requests.at(1).grade == PerformanceGrade::Good);
    CHECK(overview.requests.at(2).kind == Request::Kind::Feedback);
    CHECK(overview.requests.at(2).subject == plan->plan.results.first().text);
    CHECK(overview.requests.at(2).authorName == QStringLiteral("Budi Santoso"));
    CHECK(overview.requests.at(2).text == QStringLiteral("Lengkapi bukti dukung"));

    // Looked on 1 July: the April items are old and more than a month back, the July feedback is new.
    overview = overviewOf(f, QDate(2025, 7, 15), QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(overview.requests.size() == 1);
    CHECK(overview.requests.first().text == QStringLiteral("Koordinasi sudah baik"));
    CHECK(overview.requests.first().isNew);

    // Looked after everything: still listed for the month, no longer new.
    overview = overviewOf(f, QDate(2025, 7, 20), QDateTime(QDate(2025, 7, 19), QTime(0, 0), Qt::UTC));
    REQUIRE(overview.requests.size() == 1);
    CHECK_FALSE(overview.requests.first().isNew);
}

TEST_CASE("Each indicator's achievement uses its latest numeric realisation", "[storage][dashboard]")
{
    Fixture f;
    const auto planId = f.planWith({WorkflowCommand::Submit, WorkflowCommand::Approve});
    EvaluationRepository evaluations(*f.database);
    REQUIRE(evaluations.createForPlan(planId).ok());
    const auto plan = PlanRepository(*f.database).load(planId);
    REQUIRE(plan.ok());
    const auto& result = plan->plan.results.first();
    const auto& count = result.indicators.at(0); // 12 dokumen, higher is better
    const auto& time = result.indicators.at(1); // 1,5 to 123,4567 hari, lower is better

    const auto realize = [&](int quarter, const Indicator& indicator, std::optional<Decimal> value) {
        EvaluationRepository::Realization realization;
        realization.workResultId = result.id;
        realization.indicatorId = indicator.id;
        realization.description = QStringLiteral("Realisasi");
        realization.value = value;
        const auto saved = evaluations.saveRealization(f.evaluationOf(planId, quarter), realization);
        INFO(saved.error());
        REQUIRE(saved.ok());
    };
    realize(1, count, Decimal::fromInteger(3));
    realize(2, count, Decimal::fromInteger(9));
    realize(3, count, std::nullopt); // text only: the second quarter's number stays the latest
    realize(1, time, Decimal::fromInteger(200));

    const auto overview = overviewOf(f, QDate(2025, 7, 15));
    REQUIRE(overview.indicators.size() == 2);
    const auto& first = overview.indicators.at(0);
    CHECK(first.indicator.id == count.id);
    CHECK(first.resultText == result.text);
    CHECK(first.realization == Decimal::fromInteger(9));
    CHECK(first.periodLabel == QStringLiteral("TRIWULAN II"));
    REQUIRE(first.achievement.has_value());
    CHECK(first.achievement->percentTenths() == 750);
    const auto& second = overview.indicators.at(1);
    CHECK(second.periodLabel == QStringLiteral("TRIWULAN I"));
    REQUIRE(second.achievement.has_value());
    CHECK(second.achievement == Achievement::of(time, Decimal::fromInteger(200)));

    // The annual realisation, when there is one, is the latest.
    realize(0, count, Decimal::fromInteger(12));
    CHECK(overviewOf(f, QDate(2025, 7, 15)).indicators.first().achievement->percentTenths() == 1000);
}

TEST_CASE("The dashboard sums the JP of the year", "[storage][dashboard]")
{
    Fixture f;
    CompetencyActivity course;
    course.employeeId = f.people.employee;
    course.name = QStringLiteral("Pelatihan Kepemimpinan Pengawas");
    course.date = QDate(2025, 3, 3);
    course.lessonHours = 12;
    REQUIRE(CompetencyRepository(*f.database).add(course).ok());
    course.id = {};
    course.date = QDate(2024, 3, 3);
    REQUIRE(CompetencyRepository(*f.database).add(course).ok());
    const auto overview = overviewOf(f, QDate(2025, 7, 15));
    CHECK(overview.competency.totalLessonHours() == 12);
    CHECK(overview.competency.missingLessonHours() == 8);
}
