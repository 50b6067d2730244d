// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/DeadlinePolicy.h"
#include "core/domain/EvaluationCadence.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kinerja {

/**
 * The assessment periods of one SKP (or of a whole year): the periodic evaluations for a cadence, then the annual
 * (AKHIR) evaluation, with their default deadlines (see DeadlinePolicy). Plain value; no clock inside.
 *
 * A full-year schedule has 12, 4 or 2 periodic periods. An SKP that covers only part of the year (new employee,
 * CPNS from the TMT, transfer, change of assessor) gets only the periods that overlap its dates, each clipped to
 * them (an SKP from 15 July, quarterly: TRIWULAN III from 15 July to 30 September, TRIWULAN IV), and its own annual
 * evaluation over exactly its dates. A periodic period keeps its calendar number and label even when clipped.
 */
class PeriodSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PeriodSchedule)

public:
    /// The periods of a whole calendar year.
    static PeriodSchedule forYear(int year,
        EvaluationCadence cadence = defaultEvaluationCadence(),
        const DeadlinePolicy& policy = DeadlinePolicy());

    /// The periods of an SKP from `planStart` to `planEnd` (inclusive). A translated reason when a date is missing,
    /// the range is reversed, or it spans more than one calendar year.
    static Result<PeriodSchedule> forPlan(QDate planStart,
        QDate planEnd,
        EvaluationCadence cadence = defaultEvaluationCadence(),
        const DeadlinePolicy& policy = DeadlinePolicy());

    /**
     * The last day to approve (menetapkan) an SKP that starts on `planStart`: one month after the start, minus a
     * day. For a 1 January start that is 31 January, the rule "paling lambat akhir Bulan Januari" (domain.md 3.3);
     * a mid-year SKP gets the same month from its own start (15 July -> 14 August). The regulations give no
     * mid-year deadline; this is our default. Invalid date in, invalid date out.
     */
    static QDate planApprovalDeadline(QDate planStart);

    int year() const { return m_start.year(); }
    EvaluationCadence cadence() const { return m_cadence; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }

    /// The periodic evaluations in calendar order.
    const QList<AssessmentPeriod>& periodicPeriods() const { return m_periodic; }
    /// The annual evaluation over the schedule's whole date range.
    const AssessmentPeriod& annualPeriod() const { return m_annual; }
    /// The periodic evaluations, then the annual one.
    QList<AssessmentPeriod> allPeriods() const;

    /// The periodic period whose dates contain `date`, or nullopt outside the schedule.
    std::optional<AssessmentPeriod> periodicPeriodContaining(QDate date) const;

    friend bool operator==(const PeriodSchedule&, const PeriodSchedule&) = default;

private:
    PeriodSchedule(QDate start, QDate end, EvaluationCadence cadence, const DeadlinePolicy& policy);

    QDate m_start;
    QDate m_end;
    EvaluationCadence m_cadence;
    QList<AssessmentPeriod> m_periodic;
    AssessmentPeriod m_annual;
};

} // namespace kinerja
