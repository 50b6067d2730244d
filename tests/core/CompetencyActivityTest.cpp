// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CompetencyActivity.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

CompetencyActivity activity(const QUuid& employee,
    const QDate& date,
    int lessonHours,
    CompetencyActivity::Kind kind = CompetencyActivity::Kind::Klasikal)
{
    CompetencyActivity result;
    result.id = QUuid::createUuid();
    result.employeeId = employee;
    result.name = QStringLiteral("Pelatihan Penyusunan SKP");
    result.kind = kind;
    result.organizer = QStringLiteral("BPSDM Provinsi Jambi");
    result.date = date;
    result.lessonHours = lessonHours;
    result.certificateReference = QStringLiteral("800/123/BPSDM/2024");
    return result;
}

} // namespace

TEST_CASE("CompetencyActivity converts minutes to whole JP of 45 minutes", "[core][competency]")
{
    CHECK(CompetencyActivity::lessonHoursFromMinutes(45) == 1);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(44) == 0);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(90) == 2);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(100) == 2);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(900) == 20);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(0) == 0);
    CHECK(CompetencyActivity::lessonHoursFromMinutes(-45) == 0);
    CHECK(CompetencyActivity::minutesFromLessonHours(20) == 900);
}

TEST_CASE("CompetencyActivity names and parses its two forms", "[core][competency]")
{
    using Kind = CompetencyActivity::Kind;
    CHECK(CompetencyActivity::officialName(Kind::Klasikal) == QStringLiteral("Klasikal"));
    CHECK(CompetencyActivity::officialName(Kind::NonKlasikal) == QStringLiteral("Non-Klasikal"));
    CHECK(*CompetencyActivity::parseKind(QStringLiteral("KLASIKAL")) == Kind::Klasikal);
    CHECK(*CompetencyActivity::parseKind(QStringLiteral("non klasikal")) == Kind::NonKlasikal);
    CHECK(*CompetencyActivity::parseKind(QStringLiteral("NonKlasikal")) == Kind::NonKlasikal);
    CHECK_FALSE(CompetencyActivity::parseKind(QStringLiteral("daring")).ok());
}

TEST_CASE("CompetencyActivity reports every missing field", "[core][competency]")
{
    CompetencyActivity empty;
    const auto checked = empty.validate();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.problems().size() == 3);
    CHECK(activity(QUuid::createUuid(), QDate(2024, 3, 4), 8).validate().ok());
}
