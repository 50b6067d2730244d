// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrganizationGradeRepository.h"

#include "core/storage/PeriodRepository.h"
#include "tests/storage/AdminTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("The organisation grade of a unit is set, replaced, read and cleared per period", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("grade.sqlite")));
    const QUuid unit = Uuid::forOrgUnit(QStringLiteral("1.01"));
    insertUnit(*database, unit, QStringLiteral("Dinas Pendidikan"));
    PeriodRepository periods(*database);
    const auto created = periods.createYear(2025, EvaluationCadence::Quarterly);
    REQUIRE(created.ok());
    const QUuid q1 = PeriodRepository::idOf(created->at(0));
    const QUuid q2 = PeriodRepository::idOf(created->at(1));
    OrganizationGradeRepository repository(*database);

    CHECK_FALSE(repository.grade(unit, q1).value().has_value());
    REQUIRE(repository.set(unit, q1, OrganizationGrade::Good, QStringLiteral("Gubernur Jambi <\"O'Brien\">")).ok());
    REQUIRE(repository.set(unit, q2, OrganizationGrade::Outstanding).ok());
    CHECK(repository.grade(unit, q1).value() == OrganizationGrade::Good);
    CHECK(repository.setBy(unit, q1).value() == QStringLiteral("Gubernur Jambi <\"O'Brien\">"));
    CHECK(
        value(*database, QStringLiteral("SELECT grade FROM organization_grade WHERE period_id = ?"), {Uuid::toText(q2)})
            .toString()
        == QStringLiteral("outstanding"));

    REQUIRE(repository.set(unit, q1, OrganizationGrade::NeedsImprovement).ok());
    CHECK(repository.grade(unit, q1).value() == OrganizationGrade::NeedsImprovement);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM organization_grade")).toInt() == 2);
    CHECK(repository.gradesOfPeriod(q2).value().value(unit) == OrganizationGrade::Outstanding);

    REQUIRE(repository.clear(unit, q1).ok());
    CHECK_FALSE(repository.grade(unit, q1).value().has_value());
    REQUIRE(repository.set(unit, q1, OrganizationGrade::VeryPoor).ok());
    CHECK(repository.grade(unit, q1).value() == OrganizationGrade::VeryPoor);

    // Unknown unit or period: refused, nothing stored.
    const auto refused = repository.set(Uuid::forOrgUnit(QStringLiteral("9.99")),
        Uuid::forPeriod(2030, QStringLiteral("TRIWULANAN"), 1), OrganizationGrade::Good);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems().size() == 2);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM organization_grade")).toInt() == 2);
}
