// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompetencyRepository.h"

#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("Competency activities are summed per employee and year, tombstones and bad input do not count",
    "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("competency.sqlite")));
    const auto people = insertPeople(*database);
    CompetencyRepository competencies(*database);

    CompetencyActivity course;
    course.employeeId = people.employee;
    course.name = nastyText(QStringLiteral("Pelatihan"));
    course.organizer = nastyText(QStringLiteral("BPSDM"));
    course.date = QDate(2025, 3, 3);
    course.lessonHours = 12;
    course.certificateReference = QStringLiteral("123/BPSDM/2025");
    auto coaching = course;
    coaching.name = QStringLiteral("Coaching");
    coaching.kind = CompetencyActivity::Kind::NonKlasikal;
    coaching.date = QDate(2025, 8, 1);
    coaching.lessonHours = 6;
    auto lastYear = course;
    lastYear.date = QDate(2024, 12, 31);

    const auto a = competencies.add(course);
    const auto b = competencies.add(coaching);
    const auto c = competencies.add(lastYear);
    REQUIRE((a.ok() && b.ok() && c.ok()));
    CHECK(competencies.forEmployee(people.employee, 2025)->first() == *a);

    auto summary = competencies.summary(people.employee, 2025);
    REQUIRE(summary.ok());
    CHECK(summary->totalLessonHours() == 18);
    CHECK(summary->lessonHours(CompetencyActivity::Kind::NonKlasikal) == 6);
    CHECK(summary->missingLessonHours() == 2);

    auto longer = *b;
    longer.lessonHours = 8;
    REQUIRE(competencies.update(longer).ok());
    CHECK(competencies.summary(people.employee, 2025)->isRequirementMet());

    auto bad = longer;
    bad.lessonHours = 0;
    bad.name.clear();
    CHECK_FALSE(competencies.update(bad).ok());
    CHECK_FALSE(competencies.add(bad).ok());
    CHECK(competencies.forEmployee(people.employee, 2025)->size() == 2);

    REQUIRE(competencies.tombstone(a->id).ok());
    CHECK(competencies.summary(people.employee, 2025)->totalLessonHours() == 8);
    CHECK(competencies.forEmployee(people.employee, 2025)->size() == 1);
}
