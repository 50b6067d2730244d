// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PeriodSchedule.h"

#include "core/domain/IndonesianFormat.h"

#include <algorithm>

namespace kinerja {

PeriodSchedule::PeriodSchedule(QDate start, QDate end, EvaluationCadence cadence, const DeadlinePolicy& policy)
    : m_start(start)
    , m_end(end)
    , m_cadence(cadence)
{
    const int year = start.year();
    const int months = monthsPerPeriod(cadence);
    for (int number = 1; number <= periodsPerYear(cadence); ++number) {
        const QDate periodStart(year, (number - 1) * months + 1, 1);
        const QDate periodEnd = periodStart.addMonths(months).addDays(-1);
        if (periodEnd < start || periodStart > end)
            continue;
        AssessmentPeriod period;
        period.year = year;
        period.cadence = cadence;
        period.number = number;
        period.start = std::max(periodStart, start);
        period.end = std::min(periodEnd, end);
        period.entryDeadline = period.end.addDays(std::max(0, policy.periodicDaysAfterEnd));
        m_periodic.append(period);
    }
    m_annual.year = year;
    m_annual.number = 0;
    m_annual.start = start;
    m_annual.end = end;
    m_annual.entryDeadline = end.addDays(std::max(0, policy.annualDaysAfterEnd));
}

PeriodSchedule PeriodSchedule::forYear(int year, EvaluationCadence cadence, const DeadlinePolicy& policy)
{
    return PeriodSchedule(QDate(year, 1, 1), QDate(year, 12, 31), cadence, policy);
}

Result<PeriodSchedule> PeriodSchedule::forPlan(
    QDate planStart, QDate planEnd, EvaluationCadence cadence, const DeadlinePolicy& policy)
{
    if (!planStart.isValid() || !planEnd.isValid())
        return Result<PeriodSchedule>::failure(tr("The SKP needs both a start date and an end date."));
    if (planEnd < planStart) {
        return Result<PeriodSchedule>::failure(
            tr("The SKP ends on %1, before it starts on %2.")
                .arg(IndonesianFormat::longDate(planEnd), IndonesianFormat::longDate(planStart)));
    }
    if (planStart.year() != planEnd.year()) {
        return Result<PeriodSchedule>::failure(
            tr("The SKP runs from %1 to %2, but an SKP must lie within one calendar year.")
                .arg(IndonesianFormat::longDate(planStart), IndonesianFormat::longDate(planEnd)));
    }
    return PeriodSchedule(planStart, planEnd, cadence, policy);
}

QDate PeriodSchedule::planApprovalDeadline(QDate planStart)
{
    if (!planStart.isValid())
        return {};
    return planStart.addMonths(1).addDays(-1);
}

QList<AssessmentPeriod> PeriodSchedule::allPeriods() const
{
    QList<AssessmentPeriod> periods = m_periodic;
    periods.append(m_annual);
    return periods;
}

std::optional<AssessmentPeriod> PeriodSchedule::periodicPeriodContaining(QDate date) const
{
    for (const AssessmentPeriod& period : m_periodic) {
        if (period.contains(date))
            return period;
    }
    return std::nullopt;
}

} // namespace kinerja
