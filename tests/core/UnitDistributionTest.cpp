// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/UnitDistribution.h"

#include "core/storage/PeriodRepository.h"
#include "tests/storage/AdminTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// One employee of `unit` with an SKP of 2026 and its evaluation of `period` in `status` with `grade` (may be empty).
void addEvaluation(const Database& database,
    const QUuid& unit,
    const QUuid& period,
    const QString& status,
    const QString& grade,
    bool deleted = false)
{
    static int serial = 0;
    ++serial;
    const QUuid employee = QUuid::createUuid();
    const QUuid plan = QUuid::createUuid();
    insertEmployee(database, employee, QStringLiteral("Pegawai %1").arg(serial),
        QStringLiteral("19900101201501%1").arg(serial, 4, 10, QLatin1Char('0')));
    run(database,
        QStringLiteral("INSERT INTO performance_plan (id, employee_id, unit_id, year, starts_on, ends_on) "
                       "VALUES (?, ?, ?, 2026, '2026-01-01', '2026-12-31')"),
        {Uuid::toText(plan), Uuid::toText(employee), Uuid::toText(unit)});
    run(database,
        QStringLiteral("INSERT INTO evaluation (id, plan_id, period_id, starts_on, ends_on, status, grade, deleted) "
                       "VALUES (?, ?, ?, '2026-01-01', '2026-03-31', ?, ?, ?)"),
        {Uuid::toText(QUuid::createUuid()), Uuid::toText(plan), Uuid::toText(period), status,
            grade.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(grade), deleted ? 1 : 0});
}

} // namespace

TEST_CASE("The distribution of a unit counts its evaluations with a predikat, the settled ones, and the headcount "
          "rated or not, with or without its sub-units",
    "[core][office]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("distribution.sqlite")));
    const QUuid opd = Uuid::forOrgUnit(QStringLiteral("1.01"));
    const QUuid bidang = Uuid::forOrgUnit(QStringLiteral("1.01.02"));
    const QUuid seksi = Uuid::forOrgUnit(QStringLiteral("1.01.02.01"));
    const QUuid other = Uuid::forOrgUnit(QStringLiteral("1.02"));
    insertUnit(*database, opd, QStringLiteral("Dinas Pendidikan"));
    insertUnit(*database, bidang, QStringLiteral("Bidang SMA"), opd);
    insertUnit(*database, seksi, QStringLiteral("Seksi Kurikulum"), bidang);
    insertUnit(*database, other, QStringLiteral("Dinas Kesehatan"));
    const auto created = PeriodRepository(*database).createYear(2026, EvaluationCadence::Quarterly);
    REQUIRE(created.ok());
    const QUuid q1 = PeriodRepository::idOf(created->at(0));
    const QUuid q2 = PeriodRepository::idOf(created->at(1));

    addEvaluation(*database, opd, q1, QStringLiteral("evaluation.finalized"), QStringLiteral("good"));
    addEvaluation(*database, opd, q1, QStringLiteral("evaluation.rated"), QStringLiteral("very-good"));
    addEvaluation(*database, bidang, q1, QStringLiteral("evaluation.final"), QStringLiteral("needs-improvement"));
    addEvaluation(*database, bidang, q1, QStringLiteral("evaluation.objected"), QStringLiteral("good"));
    addEvaluation(*database, seksi, q1, QStringLiteral("evaluation.submitted"), QString());
    addEvaluation(*database, seksi, q1, QStringLiteral("evaluation.not-filled"), QString());
    addEvaluation(*database, seksi, q1, QStringLiteral("evaluation.returned"), QStringLiteral("very-poor"));
    addEvaluation(*database, seksi, q1, QStringLiteral("evaluation.finalized"), QStringLiteral("good"), true);
    addEvaluation(*database, seksi, q2, QStringLiteral("evaluation.finalized"), QStringLiteral("very-poor"));
    addEvaluation(*database, other, q1, QStringLiteral("evaluation.finalized"), QStringLiteral("very-poor"));

    UnitDistribution distribution(*database);
    const auto whole = distribution.of(opd, q1);
    REQUIRE(whole.ok());
    CHECK(whole->headcount == 7); // the tombstoned evaluation is not counted
    CHECK(whole->rated() == 4);
    CHECK(whole->counts == DistributionGuideline::Counts(1, 2, 1, 0, 0));
    CHECK(whole->settledCounts == DistributionGuideline::Counts(0, 1, 1, 0, 0));

    const auto alone = distribution.of(opd, q1, UnitDistribution::Scope::UnitOnly);
    REQUIRE(alone.ok());
    CHECK(alone->headcount == 2);
    CHECK(alone->counts == DistributionGuideline::Counts(1, 1, 0, 0, 0));

    const auto leaf = distribution.of(seksi, q1);
    REQUIRE(leaf.ok());
    CHECK(leaf->headcount == 3);
    CHECK(leaf->rated() == 0); // a grade on a returned evaluation is not a grade yet

    CHECK(distribution.of(seksi, q2)->counts == DistributionGuideline::Counts(0, 0, 0, 0, 1));
    CHECK(distribution.of(other, q2)->headcount == 0);

    CHECK_FALSE(distribution.of(Uuid::forOrgUnit(QStringLiteral("9.99")), q1).ok());
    CHECK_FALSE(distribution.of(opd, Uuid::forPeriod(2030, QStringLiteral("TRIWULANAN"), 1)).ok());
}
