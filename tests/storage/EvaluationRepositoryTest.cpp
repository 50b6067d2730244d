// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EvaluationRepository.h"

#include "core/storage/PeriodRepository.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = openOrFail(dir.filePath(QStringLiteral("evaluations.sqlite")));
    People people = insertPeople(*database);
    PerformancePlan plan;
};

} // namespace

TEST_CASE(
    "Evaluations are made per period of the plan with name-based ids and the plan's snapshots", "[storage][documents]")
{
    Fixture f;
    PlanRepository plans(*f.database);
    auto plan = samplePlan(f.people);
    plan.startDate = QDate(2025, 7, 15);
    auto created = plans.create(plan, f.people.participants);
    REQUIRE(created.ok());

    EvaluationRepository evaluations(*f.database);
    const auto ids = evaluations.createForPlan(created->id);
    INFO(ids.error());
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 3); // TRIWULAN III (clipped), TRIWULAN IV, AKHIR
    const auto periodId = PeriodRepository::idOf(2025, EvaluationCadence::Quarterly, 3);
    CHECK(ids->first() == Uuid::forEvaluation(created->id, periodId));
    CHECK(evaluations.createForPlan(created->id)->size() == 3); // idempotent
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM evaluation")) == 3);

    const auto list = evaluations.listForPlan(created->id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    const auto& third = list->first();
    CHECK(third.period.start == QDate(2025, 7, 15));
    CHECK(third.period.end == QDate(2025, 9, 30));
    CHECK(third.period.label() == QStringLiteral("TRIWULAN III"));
    CHECK(third.status == WorkflowState::EvaluationNotFilled);
    CHECK(third.participants == f.people.participants);
    CHECK(list->last().period.isAnnual());
    CHECK(list->last().period.start == QDate(2025, 7, 15));
}

TEST_CASE("An evaluation round-trips realizations, feedback, ratings and the grade", "[storage][documents]")
{
    Fixture f;
    PlanRepository plans(*f.database);
    auto created = plans.create(samplePlan(f.people), f.people.participants);
    REQUIRE(created.ok());
    EvaluationRepository evaluations(*f.database);
    const auto ids = evaluations.createForPlan(created->id);
    REQUIRE(ids.ok());
    const auto id = ids->first();
    const auto& result = created->results.first();

    EvaluationRepository::Realization realization;
    realization.workResultId = result.id;
    realization.indicatorId = result.indicators.first().id;
    realization.actionPlan = nastyText(QStringLiteral("action"));
    realization.description = nastyText(QStringLiteral("realisasi"));
    realization.value = Decimal::fromUnits(125000); // 12,5
    realization.note = nastyText(QStringLiteral("note"));
    auto saved = evaluations.saveRealization(id, realization, f.people.employee);
    INFO(saved.error());
    REQUIRE(saved.ok());
    // Saving again for the same indicator updates the same row.
    realization.value = Decimal::fromUnits(1);
    auto again = evaluations.saveRealization(id, realization);
    REQUIRE(again.ok());
    CHECK(again->id == saved->id);

    EvaluationRepository::Feedback onResult;
    onResult.workResultId = result.id;
    onResult.authorId = f.people.assessor;
    onResult.authorName = f.people.participants.assessor.name;
    onResult.text = nastyText(QStringLiteral("feedback"));
    onResult.writtenAt = QDateTime(QDate(2025, 3, 10), QTime(8, 15, 1, 250), Qt::UTC);
    EvaluationRepository::Feedback onValue = onResult;
    onValue.workResultId = QUuid();
    onValue.coreValue = CoreValue::Harmonious;
    const auto first = evaluations.addFeedback(id, onResult);
    const auto second = evaluations.addFeedback(id, onValue);
    REQUIRE((first.ok() && second.ok()));

    REQUIRE(evaluations
                .setRatings(id, Rating::AboveExpectation, Rating::AsExpected, nastyText(QStringLiteral("catatan")),
                    f.people.assessor)
                .ok());
    REQUIRE(evaluations.setOrganizationGrade(id, OrganizationGrade::Outstanding).ok());

    const auto loaded = evaluations.load(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->realizations.size() == 1);
    CHECK(loaded->realizations.first() == *again);
    CHECK(loaded->feedback == QList<EvaluationRepository::Feedback> {*first, *second});
    CHECK(loaded->feedback.first().writtenAt == onResult.writtenAt);
    CHECK(loaded->resultRating == Rating::AboveExpectation);
    CHECK(loaded->behaviorRating == Rating::AsExpected);
    CHECK(loaded->grade == PerformanceGrade::Good);
    CHECK(loaded->note == nastyText(QStringLiteral("catatan")));
    CHECK(loaded->organizationGrade == OrganizationGrade::Outstanding);
    CHECK(value(*f.database, QStringLiteral("SELECT value FROM realization")).toString() == QStringLiteral("0.0001"));

    // Tombstoned feedback is not loaded.
    REQUIRE(evaluations.tombstoneFeedback(first->id).ok());
    CHECK(evaluations.load(id)->feedback.size() == 1);

    // Bad input changes nothing.
    EvaluationRepository::Feedback both = onValue;
    both.workResultId = result.id;
    CHECK_FALSE(evaluations.addFeedback(id, both).ok());
    EvaluationRepository::Realization foreign = realization;
    foreign.workResultId = Uuid::createV7();
    CHECK_FALSE(evaluations.saveRealization(id, foreign).ok());
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM feedback")) == 2);
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM realization")) == 1);
}
