// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PeriodSchedule.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

QStringList labels(const QList<AssessmentPeriod>& periods)
{
    QStringList out;
    for (const AssessmentPeriod& period : periods)
        out.append(period.label());
    return out;
}

} // namespace

TEST_CASE("PeriodSchedule gives twelve monthly periods and the annual one", "[core][period]")
{
    const auto schedule = PeriodSchedule::forYear(2026, EvaluationCadence::Monthly);
    const auto& periods = schedule.periodicPeriods();
    REQUIRE(periods.size() == 12);
    CHECK(periods.first().label() == QStringLiteral("BULAN JANUARI"));
    CHECK(periods.at(1).end == QDate(2026, 2, 28));
    CHECK(periods.at(7).label() == QStringLiteral("BULAN AGUSTUS"));
    CHECK(periods.last().label() == QStringLiteral("BULAN DESEMBER"));
    CHECK(periods.last().start == QDate(2026, 12, 1));
    CHECK(periods.last().end == QDate(2026, 12, 31));
    for (const AssessmentPeriod& period : periods)
        CHECK(period.typeCode() == QStringLiteral("BULANAN"));
    CHECK(schedule.allPeriods().size() == 13);
    CHECK(schedule.allPeriods().last() == schedule.annualPeriod());
}

TEST_CASE("PeriodSchedule gives four quarters by default and the annual one", "[core][period]")
{
    const auto schedule = PeriodSchedule::forYear(2026);
    CHECK(schedule.cadence() == EvaluationCadence::Quarterly);
    const auto& periods = schedule.periodicPeriods();
    REQUIRE(periods.size() == 4);
    CHECK(labels(periods)
        == QStringList {QStringLiteral("TRIWULAN I"), QStringLiteral("TRIWULAN II"), QStringLiteral("TRIWULAN III"),
            QStringLiteral("TRIWULAN IV")});
    CHECK(periods.at(0).start == QDate(2026, 1, 1));
    CHECK(periods.at(0).end == QDate(2026, 3, 31));
    CHECK(periods.at(1).end == QDate(2026, 6, 30));
    CHECK(periods.at(2).start == QDate(2026, 7, 1));
    CHECK(periods.at(3).end == QDate(2026, 12, 31));
    CHECK(periods.at(2).number == 3);
    CHECK(periods.at(2).typeCode() == QStringLiteral("TRIWULANAN"));

    const AssessmentPeriod& annual = schedule.annualPeriod();
    CHECK(annual.isAnnual());
    CHECK(annual.label() == QStringLiteral("AKHIR"));
    CHECK(annual.typeCode() == QStringLiteral("TAHUNAN"));
    CHECK(annual.start == QDate(2026, 1, 1));
    CHECK(annual.end == QDate(2026, 12, 31));
}

TEST_CASE("PeriodSchedule gives two semesters for teachers and the annual one", "[core][period]")
{
    const auto schedule = PeriodSchedule::forYear(2026, EvaluationCadence::Semester);
    const auto& periods = schedule.periodicPeriods();
    REQUIRE(periods.size() == 2);
    CHECK(labels(periods) == QStringList {QStringLiteral("SEMESTER I"), QStringLiteral("SEMESTER II")});
    CHECK(periods.at(0).end == QDate(2026, 6, 30));
    CHECK(periods.at(1).start == QDate(2026, 7, 1));
    CHECK(schedule.allPeriods().size() == 3);
}

TEST_CASE("PeriodSchedule ends February on the 29th in a leap year", "[core][period]")
{
    const auto leap = PeriodSchedule::forYear(2028, EvaluationCadence::Monthly);
    CHECK(leap.periodicPeriods().at(1).end == QDate(2028, 2, 29));
    const auto common = PeriodSchedule::forYear(2027, EvaluationCadence::Monthly);
    CHECK(common.periodicPeriods().at(1).end == QDate(2027, 2, 28));
    CHECK(PeriodSchedule::forYear(2028).periodicPeriods().first().end == QDate(2028, 3, 31));
}

TEST_CASE(
    "PeriodSchedule gives an SKP from 15 July a clipped third quarter, the fourth and its annual", "[core][period]")
{
    const auto schedule = PeriodSchedule::forPlan(QDate(2026, 7, 15), QDate(2026, 12, 31));
    REQUIRE(schedule.ok());
    const auto& periods = schedule->periodicPeriods();
    REQUIRE(periods.size() == 2);
    CHECK(periods.at(0).label() == QStringLiteral("TRIWULAN III"));
    CHECK(periods.at(0).start == QDate(2026, 7, 15));
    CHECK(periods.at(0).end == QDate(2026, 9, 30));
    CHECK(periods.at(1).label() == QStringLiteral("TRIWULAN IV"));
    CHECK(periods.at(1).start == QDate(2026, 10, 1));
    CHECK(schedule->annualPeriod().start == QDate(2026, 7, 15));
    CHECK(schedule->annualPeriod().end == QDate(2026, 12, 31));
}

TEST_CASE("PeriodSchedule clips the last period of an SKP that ends mid-year", "[core][period]")
{
    const auto schedule = PeriodSchedule::forPlan(QDate(2026, 1, 1), QDate(2026, 5, 10), EvaluationCadence::Monthly);
    REQUIRE(schedule.ok());
    REQUIRE(schedule->periodicPeriods().size() == 5);
    CHECK(schedule->periodicPeriods().last().label() == QStringLiteral("BULAN MEI"));
    CHECK(schedule->periodicPeriods().last().end == QDate(2026, 5, 10));
    CHECK(schedule->annualPeriod().end == QDate(2026, 5, 10));
}

TEST_CASE("PeriodSchedule refuses SKP dates that are missing, reversed or span two years", "[core][period]")
{
    CHECK(PeriodSchedule::forPlan(QDate(), QDate(2026, 12, 31)).error()
        == QStringLiteral("The SKP needs both a start date and an end date."));
    CHECK(PeriodSchedule::forPlan(QDate(2026, 8, 1), QDate(2026, 7, 1)).error()
        == QStringLiteral("The SKP ends on 1 Juli 2026, before it starts on 1 Agustus 2026."));
    CHECK(PeriodSchedule::forPlan(QDate(2026, 7, 1), QDate(2027, 6, 30)).error()
        == QStringLiteral("The SKP runs from 1 Juli 2026 to 30 Juni 2027, but an SKP must lie within one calendar "
                          "year."));
}

TEST_CASE("PeriodSchedule sets default deadlines after each period", "[core][period]")
{
    const auto schedule = PeriodSchedule::forYear(2026);
    CHECK(schedule.periodicPeriods().at(0).entryDeadline == QDate(2026, 4, 10));
    CHECK(schedule.periodicPeriods().at(3).entryDeadline == QDate(2027, 1, 10));
    CHECK(schedule.annualPeriod().entryDeadline == QDate(2027, 1, 31));

    const auto custom = PeriodSchedule::forYear(2026, EvaluationCadence::Monthly, DeadlinePolicy {5, 45});
    CHECK(custom.periodicPeriods().at(0).entryDeadline == QDate(2026, 2, 5));
    CHECK(custom.annualPeriod().entryDeadline == QDate(2027, 2, 14));
}

TEST_CASE("AssessmentPeriod is late only after its deadline day", "[core][period]")
{
    const AssessmentPeriod q1 = PeriodSchedule::forYear(2026).periodicPeriods().first();
    CHECK_FALSE(q1.isPastDeadline(QDate(2026, 4, 9)));
    CHECK_FALSE(q1.isPastDeadline(QDate(2026, 4, 10)));
    CHECK(q1.isPastDeadline(QDate(2026, 4, 11)));
    CHECK(q1.isOpenForEntry(QDate(2026, 4, 10)));

    AssessmentPeriod locked = q1;
    locked.locked = true;
    CHECK_FALSE(locked.isOpenForEntry(QDate(2026, 3, 1)));

    AssessmentPeriod noDeadline = q1;
    noDeadline.entryDeadline = QDate();
    CHECK_FALSE(noDeadline.isPastDeadline(QDate(2030, 1, 1)));
}

TEST_CASE("AssessmentPeriod prints a custom label when the agency sets one", "[core][period]")
{
    AssessmentPeriod annual = PeriodSchedule::forYear(2026).annualPeriod();
    annual.customLabel = QStringLiteral("TAHUNAN");
    CHECK(annual.label() == QStringLiteral("TAHUNAN"));
}

TEST_CASE("PeriodSchedule finds the period that contains a date", "[core][period]")
{
    const auto schedule = PeriodSchedule::forYear(2026);
    CHECK(schedule.periodicPeriodContaining(QDate(2026, 5, 20))->label() == QStringLiteral("TRIWULAN II"));
    CHECK(schedule.periodicPeriodContaining(QDate(2026, 12, 31))->label() == QStringLiteral("TRIWULAN IV"));
    CHECK_FALSE(schedule.periodicPeriodContaining(QDate(2027, 1, 1)).has_value());
}

TEST_CASE("PeriodSchedule gives the SKP approval deadline a month after the start", "[core][period]")
{
    CHECK(PeriodSchedule::planApprovalDeadline(QDate(2026, 1, 1)) == QDate(2026, 1, 31));
    CHECK(PeriodSchedule::planApprovalDeadline(QDate(2026, 7, 15)) == QDate(2026, 8, 14));
    CHECK_FALSE(PeriodSchedule::planApprovalDeadline(QDate()).isValid());
}

TEST_CASE("EvaluationCadence has official names and period counts", "[core][period]")
{
    CHECK(officialName(EvaluationCadence::Monthly) == QStringLiteral("BULANAN"));
    CHECK(officialName(EvaluationCadence::Quarterly) == QStringLiteral("TRIWULANAN"));
    CHECK(officialName(EvaluationCadence::Semester) == QStringLiteral("SEMESTER"));
    CHECK(evaluationCadenceFromName(QStringLiteral(" triwulanan ")) == EvaluationCadence::Quarterly);
    CHECK_FALSE(evaluationCadenceFromName(QStringLiteral("MINGGUAN")).has_value());
    CHECK(periodsPerYear(EvaluationCadence::Monthly) == 12);
    CHECK(periodsPerYear(EvaluationCadence::Quarterly) == 4);
    CHECK(periodsPerYear(EvaluationCadence::Semester) == 2);
    CHECK(defaultEvaluationCadence() == EvaluationCadence::Quarterly);
}
