// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/ReportingLines.h"
#include "core/storage/PlanParticipants.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Starts a new SKP for an employee (domain.md 8 items 2, 3, 6): finds the people of the plan on its start date
 * (the employee's definitive assignment, the Pejabat Penilai Kinerja and the Atasan Pejabat Penilai Kinerja by the
 * reporting lines, with Plt./Plh.), snapshots them (PersonSnapshot::of), and stores a blank plan or a copy of an
 * earlier plan ("copy, then edit") through PlanRepository::create.
 *
 * The reporting lines are those of the stored organisation tree and assignments (AssignmentRepository,
 * OrgUnitRepository), so the application and the demo agree on who assesses whom. Reads through the repositories
 * only; the plan is written in PlanRepository's transaction. The Database is not owned and must outlive this.
 */
class PlanStarter
{
    Q_DECLARE_TR_FUNCTIONS(PlanStarter)

public:
    /// The people and dates of a plan that is about to be created.
    struct Start
    {
        QUuid employeeId;
        QUuid assessorId; ///< null when nobody assesses the employee on the start date
        QUuid secondAssessorId; ///< null when there is none
        PlanParticipants participants;
        PlanForm form = PlanForm::AdministratorFunctional;
        QDate startDate;
        QDate endDate; ///< 31 December, or the last day of the assignment when it ends earlier
    };

    explicit PlanStarter(const Database& database);

    /// The reporting lines on one date: the organisation tree and every assignment active that day.
    Result<ReportingLines> reportingLinesOn(QDate date) const;

    /**
     * Who the plan of `employeeId` starting on `date` is about: the snapshots of the three people, the form (JPT
     * for a JPT position) and the dates. Refused when the employee is unknown or has no definitive assignment on
     * that date.
     */
    Result<Start> startOn(const QUuid& employeeId, QDate date) const;

    /// The first day of the employee's definitive assignment active on `date` (the start of the plan for a new
    /// position). Refused when there is none.
    Result<QDate> positionStartOn(const QUuid& employeeId, QDate date) const;

    /// Stores a blank plan (the seven core values, no results) for `start`. Refused when the employee already has
    /// a live SKP (not superseded) starting on the same day.
    Result<PerformancePlan> createBlank(const Start& start, const QUuid& authorId = {});

    /**
     * Stores a plan for `start` with the content of `source` (copyContent()): the cascades are kept only where the
     * parent is among the results the new plan may cascade from (CascadeSource for the new dates and assessor).
     * Refused like createBlank().
     */
    Result<PerformancePlan> createCopy(const Start& start, const PerformancePlan& source, const QUuid& authorId = {});

    /**
     * The content of `source` for a new plan: approach, results, indicators (targets, units, perspectives kept)
     * and the appendix, with null ids (new ones are given when stored); a result's parentResultId is cleared when it
     * is not in `availableParents` (the intervened text, written by hand, is kept). The assessor's special
     * expectations are not copied. People, dates and form are left as in a blank plan for the caller to set.
     */
    static PerformancePlan copyContent(const PerformancePlan& source, const QSet<QUuid>& availableParents);

private:
    Status checkNoPlanStartingOn(const QUuid& employeeId, QDate date) const;
    Result<PerformancePlan> create(const Start& start, PerformancePlan plan, const QUuid& authorId);

    const Database& m_database; // not owned
};

} // namespace kinerja
