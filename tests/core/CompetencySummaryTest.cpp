// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CompetencySummary.h"

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

TEST_CASE("CompetencySummary meets the 20 JP rule at exactly 20 JP in the year", "[core][competency]")
{
    const QUuid employee = QUuid::createUuid();
    const QList<CompetencyActivity> activities {
        activity(employee, QDate(2024, 2, 1), 12),
        activity(employee, QDate(2024, 11, 30), 8, CompetencyActivity::Kind::NonKlasikal),
    };
    const auto summary = CompetencySummary::summarize(employee, 2024, activities);
    CHECK(summary.year() == 2024);
    CHECK(summary.activityCount() == 2);
    CHECK(summary.totalLessonHours() == 20);
    CHECK(summary.lessonHours(CompetencyActivity::Kind::Klasikal) == 12);
    CHECK(summary.lessonHours(CompetencyActivity::Kind::NonKlasikal) == 8);
    CHECK(summary.isRequirementMet());
    CHECK(summary.missingLessonHours() == 0);
    CHECK(summary.statusText() == QStringLiteral("20 JP in 2024: the minimum of 20 JP a year is met."));
}

TEST_CASE("CompetencySummary reports the JP missing below 20 JP", "[core][competency]")
{
    const QUuid employee = QUuid::createUuid();
    const QUuid colleague = QUuid::createUuid();
    const QList<CompetencyActivity> activities {
        activity(employee, QDate(2024, 5, 6), 19), activity(employee, QDate(2023, 12, 31), 10), // another year
        activity(colleague, QDate(2024, 5, 6), 10), // another employee
        activity(employee, QDate(), 10), // no date
    };
    const auto summary = CompetencySummary::summarize(employee, 2024, activities);
    CHECK(summary.totalLessonHours() == 19);
    CHECK(summary.activityCount() == 1);
    CHECK_FALSE(summary.isRequirementMet());
    CHECK(summary.missingLessonHours() == 1);
    CHECK(summary.statusText() == QStringLiteral("19 JP in 2024: 1 JP short of the minimum of 20 JP a year."));

    const auto none = CompetencySummary::summarize(employee, 2025, activities);
    CHECK(none.totalLessonHours() == 0);
    CHECK(none.missingLessonHours() == 20);
}

TEST_CASE("CompetencySummary states the 20 JP rule in Indonesian", "[core][competency][i18n]")
{
    test::LanguageGuard indonesian(QStringLiteral("id"));
    const auto summary = CompetencySummary::summarize(QUuid(), 2024, {});
    CHECK(summary.statusText()
        == QStringLiteral("0 JP pada tahun 2024: masih kurang 20 JP dari batas minimal 20 JP per tahun."));
}
