// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TeamMatrix.h"

#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("The team matrix shows what cascades from the assessor's results, what nobody carries and what hangs loose",
    "[storage][review]")
{
    QTemporaryDir dir;
    const auto database = openOrFail(dir.filePath(QStringLiteral("matrix.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);

    // the assessor's own SKP: two main results and an additional one
    auto own = samplePlan(people);
    own.employeeId = people.assessor;
    own.assessorId = people.secondAssessor;
    own.secondAssessorId = {};
    auto second = own.results.first();
    second.text = QStringLiteral("Meningkatnya mutu layanan SMA");
    auto additional = own.results.first();
    additional.text = QStringLiteral("Panitia seleksi kepala sekolah");
    additional.kind = ResultKind::Additional;
    own.results.append(second);
    own.results.append(additional);
    auto ownParticipants = people.participants;
    ownParticipants.employee = people.participants.assessor;
    ownParticipants.assessor = people.participants.secondAssessor;
    const auto ownStored = plans.create(own, ownParticipants);
    INFO(ownStored.error());
    REQUIRE(ownStored.ok());
    const auto& mine = ownStored->results;
    REQUIRE(mine.size() == 3);

    // the employee's SKP: one result cascades from the assessor's first, one from nothing
    auto theirs = samplePlan(people);
    theirs.results.first().parentResultId = mine.at(0).id;
    auto loose = theirs.results.first();
    loose.parentResultId = {};
    loose.text = QStringLiteral("Terselenggaranya lomba debat");
    theirs.results.append(loose);
    const auto theirsStored = plans.create(theirs, people.participants);
    REQUIRE(theirsStored.ok());

    const auto matrix = TeamMatrix(*database).of(people.assessor, 2025, QDate(2025, 6, 1));
    INFO(matrix.error());
    REQUIRE(matrix.ok());
    CHECK(matrix->people == 1);
    REQUIRE(matrix->rows.size() == 3);
    CHECK(matrix->rows.at(0).resultId == mine.at(0).id);
    REQUIRE(matrix->rows.at(0).carriedBy.size() == 1);
    CHECK(matrix->rows.at(0).carriedBy.first().employeeId == people.employee);
    CHECK(matrix->rows.at(0).carriedBy.first().text == theirs.results.first().text);
    CHECK(matrix->rows.at(1).carriedBy.isEmpty());
    CHECK(matrix->rows.at(2).additional);
    CHECK(matrix->uncarried() == 1); // the additional result is not expected to cascade
    REQUIRE(matrix->unlinked.size() == 1);
    CHECK(matrix->unlinked.first().text == QStringLiteral("Terselenggaranya lomba debat"));

    // the employee assesses nobody: an empty matrix without people; another year is empty too
    const auto employeeMatrix = TeamMatrix(*database).of(people.employee, 2025, QDate(2025, 6, 1));
    REQUIRE(employeeMatrix.ok());
    CHECK(employeeMatrix->people == 0);
    CHECK(employeeMatrix->unlinked.isEmpty());
    const auto otherYear = TeamMatrix(*database).of(people.assessor, 2024, QDate(2025, 6, 1));
    REQUIRE(otherYear.ok());
    CHECK(otherYear->rows.isEmpty());
}
