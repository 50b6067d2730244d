// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanRepository.h"

#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("A plan keeps the snapshots of its people after their names and ranks change", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);

    auto created = plans.create(samplePlan(people), people.participants, people.employee);
    INFO(created.error());
    REQUIRE(created.ok());

    run(*database, QStringLiteral("UPDATE employee SET name = 'Siti Aminah Berganti' WHERE id = ?"),
        {Uuid::toText(people.employee)});
    auto later = people.participants;
    later.employee.name = QStringLiteral("Siti Aminah Berganti");
    later.employee.rank = QStringLiteral("Penata Tingkat I, III/d");

    const auto loaded = plans.load(created->id);
    REQUIRE(loaded.ok());
    CHECK(loaded->participants == people.participants);
    CHECK(loaded->participants.employee.name == QStringLiteral("Dr. Siti Aminah, S.Pd., M.Si."));
    CHECK(loaded->participants.employee.rank == QStringLiteral("Penata, III/c"));
    CHECK(loaded->participants.employee.nip == QStringLiteral("199001012015032001"));
    CHECK(loaded->status == WorkflowState::PlanDraft);
    CHECK(value(*database, QStringLiteral("SELECT status FROM performance_plan")).toString()
        == QStringLiteral("plan.draft"));

    REQUIRE(plans.refreshSnapshots(created->id, later).ok());
    CHECK(plans.load(created->id)->participants.employee.rank == QStringLiteral("Penata Tingkat I, III/d"));
}

TEST_CASE("A plan round-trips every field, metacharacters included", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);

    auto plan = samplePlan(people);
    plan.approach = PlanApproach::Quantitative;
    plan.form = PlanForm::Jpt;
    plan.results[0].text = nastyText(QStringLiteral("result"));
    plan.results[0].intervenedText = nastyText(QStringLiteral("intervened"));
    plan.results[0].assignedBy = nastyText(QStringLiteral("assigned"));
    plan.results[0].parentResultId = Uuid::createV7();
    plan.results[0].indicators[0].text = nastyText(QStringLiteral("indicator"));
    plan.results[0].indicators[0].unit = nastyText(QStringLiteral("unit"));
    plan.results[0].indicators[0].perspective = Perspective::BusinessProcess;
    WorkResult additional;
    additional.kind = ResultKind::Additional;
    additional.text = nastyText(QStringLiteral("additional"));
    additional.order = 1;
    Indicator narrative;
    narrative.aspect = IndicatorAspect::Quality;
    narrative.target = IndicatorTarget::narrative(nastyText(QStringLiteral("narrative")));
    Indicator none;
    none.aspect = IndicatorAspect::Cost;
    none.target = IndicatorTarget::number(Decimal::fromUnits(-12345));
    additional.indicators = {narrative, none, Indicator()};
    plan.results.append(additional);
    for (const auto value : allCoreValues()) {
        plan.setSpecialExpectation(value, nastyText(officialName(value)));
    }
    plan.appendix.resourceSupport = {nastyText(QStringLiteral("r1")), nastyText(QStringLiteral("r2"))};
    plan.appendix.accountabilityScheme = {nastyText(QStringLiteral("a1"))};
    plan.appendix.consequences = {nastyText(QStringLiteral("c1"))};
    auto participants = people.participants;
    participants.assessor.position = nastyText(QStringLiteral("Plt. Kepala"));

    auto created = plans.create(plan, participants);
    INFO(created.error());
    REQUIRE(created.ok());
    const auto loaded = plans.load(created->id);
    REQUIRE(loaded.ok());
    CHECK(loaded->plan == *created);
    CHECK(loaded->participants == participants);
    CHECK(loaded->plan.results.size() == 2);
    CHECK(loaded->plan.results[0].text == nastyText(QStringLiteral("result")));
    CHECK(loaded->plan.results[1].indicators[1].target.value() == Decimal::fromUnits(-12345));
    CHECK(loaded->plan.results[0].indicators[1].target.maximum() == Decimal::fromUnits(1234567));
    CHECK(loaded->plan.specialExpectation(CoreValue::Loyal) == nastyText(QStringLiteral("Loyal")));
    CHECK(loaded->plan.appendix == plan.appendix);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM work_result")) == 2);

    // The seven behaviour expectations have their name-based ids.
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM behavior_expectation WHERE id = ?"),
              {Uuid::toText(Uuid::forBehaviorExpectation(created->id, QStringLiteral("akuntabel")))})
        == 1);
}

TEST_CASE("Saving plan content adds, changes, reorders and tombstones results and indicators", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto created = plans.create(samplePlan(people), people.participants);
    REQUIRE(created.ok());

    auto edited = *created;
    WorkResult second;
    second.text = QStringLiteral("Terlaksananya supervisi sekolah");
    second.order = -1; // now first
    edited.results.append(second);
    std::swap(edited.results[0].indicators[0], edited.results[0].indicators[1]);
    const auto removedIndicator = edited.results[0].indicators.takeLast().id;
    edited.results[0].text = QStringLiteral("Tersusunnya kurikulum (revisi)");
    edited.approach = PlanApproach::Qualitative;
    edited.appendix.consequences = {QStringLiteral("Teguran")};

    const auto outboxBefore = countRows(*database, QStringLiteral("SELECT count(*) FROM outbox"));
    auto saved = plans.saveContent(edited);
    INFO(saved.error());
    REQUIRE(saved.ok());
    auto loaded = plans.load(created->id);
    REQUIRE(loaded.ok());
    CHECK(loaded->plan == *saved);
    REQUIRE(loaded->plan.results.size() == 2);
    CHECK(loaded->plan.results[0].text == QStringLiteral("Terlaksananya supervisi sekolah"));
    CHECK(loaded->plan.results[1].indicators.size() == 1);
    CHECK(loaded->plan.results[1].indicators[0].aspect == IndicatorAspect::Time);
    CHECK(loaded->plan.approach == PlanApproach::Qualitative);
    CHECK(countRows(
              *database, QStringLiteral("SELECT deleted FROM indicator WHERE id = ?"), {Uuid::toText(removedIndicator)})
        == 1);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM outbox")) > outboxBefore);

    // Saving the same content again touches nothing.
    const auto outboxAfter = countRows(*database, QStringLiteral("SELECT count(*) FROM outbox"));
    REQUIRE(plans.saveContent(loaded->plan).ok());
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM outbox")) == outboxAfter);

    // Removing a result tombstones it with its indicators; tombstones are not loaded.
    auto fewer = loaded->plan;
    const auto removedResult = fewer.results.takeLast();
    REQUIRE(plans.saveContent(fewer).ok());
    CHECK(plans.load(created->id)->plan.results.size() == 1);
    CHECK(countRows(*database, QStringLiteral("SELECT deleted FROM work_result WHERE id = ?"),
              {Uuid::toText(removedResult.id)})
        == 1);
    CHECK(countRows(*database, QStringLiteral("SELECT deleted FROM indicator WHERE id = ?"),
              {Uuid::toText(removedResult.indicators[0].id)})
        == 1);
}

TEST_CASE("Bad plans are refused and leave the stored data untouched", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);

    auto reversed = samplePlan(people);
    reversed.endDate = QDate(2024, 12, 31);
    CHECK_FALSE(plans.create(reversed, people.participants).ok());
    auto twoYears = samplePlan(people);
    twoYears.endDate = QDate(2026, 1, 31);
    CHECK_FALSE(plans.create(twoYears, people.participants).ok());
    auto nobody = samplePlan(people);
    nobody.employeeId = QUuid();
    CHECK_FALSE(plans.create(nobody, people.participants).ok());
    auto unknown = samplePlan(people);
    unknown.employeeId = Uuid::createV7(); // no such employee: the foreign key refuses it
    CHECK_FALSE(plans.create(unknown, people.participants).ok());
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM performance_plan")) == 0);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM work_result")) == 0);

    auto created = plans.create(samplePlan(people), people.participants);
    REQUIRE(created.ok());
    auto duplicate = *created;
    duplicate.results.append(duplicate.results.first());
    duplicate.results.last().text = QStringLiteral("changed");
    const auto result = plans.saveContent(duplicate);
    CHECK_FALSE(result.ok());
    CHECK(result.problems().contains(QStringLiteral("Two work results of the SKP have the same identifier.")));
    CHECK(plans.load(created->id)->plan == *created);
}

TEST_CASE("Several plans a year are listed per employee, year and assessor with paging", "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);

    auto first = samplePlan(people);
    first.endDate = QDate(2025, 6, 30);
    auto second = samplePlan(people);
    second.startDate = QDate(2025, 7, 1);
    second.assessorId = people.secondAssessor;
    auto older = samplePlan(people);
    older.startDate = QDate(2024, 1, 1);
    older.endDate = QDate(2024, 12, 31);
    const auto a = plans.create(first, people.participants);
    const auto b = plans.create(second, people.participants);
    const auto c = plans.create(older, people.participants);
    REQUIRE((a.ok() && b.ok() && c.ok()));

    CHECK(plans.listForEmployee(people.employee)->size() == 3);
    CHECK(plans.listForYear(2025)->size() == 2);
    CHECK(plans.listForAssessor(people.assessor)->size() == 2);
    CHECK(plans.listForAssessor(people.assessor, 2025)->size() == 1);
    CHECK(plans.listForAssessor(people.secondAssessor, 2025)->first().id == b->id);
    CHECK(plans.listForEmployee(people.employee, {1, 1})->size() == 1);
    CHECK(plans.listForEmployee(people.employee, {2, 10})->size() == 1);

    REQUIRE(plans.tombstone(a->id).ok());
    CHECK(plans.listForYear(2025)->size() == 1);
    CHECK_FALSE(plans.load(a->id).ok());
    CHECK_FALSE(plans.tombstone(a->id).ok());
}
