// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompetencyActivityRestorer.h"

#include "core/storage/CompetencyRepository.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("A tombstoned competency activity is revived under its id with the values given", "[storage][competency]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("competency.sqlite")));
    const auto people = insertPeople(*database);
    CompetencyRepository competencies(*database);
    CompetencyActivityRestorer restorer(*database);

    CompetencyActivity course;
    course.employeeId = people.employee;
    course.name = nastyText(QStringLiteral("Pelatihan"));
    course.organizer = QStringLiteral("BPSDM Provinsi Jambi");
    course.date = QDate(2025, 3, 3);
    course.lessonHours = 12;
    const auto added = competencies.add(course);
    REQUIRE(added.ok());

    // A live row is not "restored" (that would hide a lost update).
    CHECK_FALSE(restorer.restore(*added).ok());

    REQUIRE(competencies.tombstone(added->id, people.employee).ok());
    CHECK(competencies.forEmployee(people.employee, 2025)->isEmpty());

    const auto outboxBefore = countRows(*database, QStringLiteral("SELECT count(*) FROM outbox"));
    auto changed = *added;
    changed.lessonHours = 10;
    const auto restored = restorer.restore(changed, people.employee);
    INFO(restored.error());
    REQUIRE(restored.ok());
    const auto listed = competencies.forEmployee(people.employee, 2025);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first() == changed);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM competency_activity")) == 1);
    // Recorded for sync as an update of the same row.
    CHECK(countRows(*database,
              QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'competency_activity' AND op = 'update'"))
        >= 1);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore + 1);
}

TEST_CASE("Restoring refuses bad input and unknown ids without writing", "[storage][competency]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("competency.sqlite")));
    const auto people = insertPeople(*database);
    CompetencyRepository competencies(*database);
    CompetencyActivityRestorer restorer(*database);

    CompetencyActivity course;
    course.employeeId = people.employee;
    course.name = QStringLiteral("Seminar");
    course.date = QDate(2025, 5, 5);
    course.lessonHours = 4;
    const auto added = competencies.add(course);
    REQUIRE(added.ok());
    REQUIRE(competencies.tombstone(added->id).ok());

    auto bad = *added;
    bad.lessonHours = 0;
    const auto refused = restorer.restore(bad);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("at least 1 JP")));
    CHECK(competencies.forEmployee(people.employee, 2025)->isEmpty());

    auto unknown = *added;
    unknown.id = Uuid::createV7();
    CHECK_FALSE(restorer.restore(unknown).ok());
    CHECK(competencies.forEmployee(people.employee, 2025)->isEmpty());
}
