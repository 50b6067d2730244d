// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Achievement.h"
#include "core/domain/CompetencySummary.h"
#include "core/domain/CoreValue.h"
#include "core/domain/Decimal.h"
#include "core/domain/Indicator.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/domain/ResultKind.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/PlanRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The reads behind an employee's dashboard ("My year", issue 4): this year's plan and its status, the next deadline,
 * what the assessor asked for, the achievement so far per indicator and the JP of competency development.
 *
 * The current plan is found with FirstScreenQueries::currentPlanSql() (the statement the benchmark measures); the
 * rest comes from the repositories (PlanRepository, EvaluationRepository, PeriodRepository, WorkflowService,
 * CompetencyRepository), a handful of indexed reads for one person. Reads only; GUI-thread use is fine.
 *
 * Deadlines (the rules the dashboard shows):
 *  - no plan this year, or the plan is not approved yet: the SKP deadline, PeriodSchedule::planApprovalDeadline()
 *    of the plan's start (of 1 January without a plan): "paling lambat akhir Bulan Januari";
 *  - an approved plan: the batas pengisian (or the admin's later extension) of each period of the plan whose
 *    evaluation is still the employee's to fill in (not filled, or returned) and that is not locked; periods without
 *    an evaluation row yet count with the period's own deadline (PeriodRepository, the cadence of the plan's
 *    evaluations, else the default one).
 * The next deadline is the earliest of these, which may lie in the past (overdue).
 *
 * Requests ("what the assessor asked for"): a returned plan and returned evaluations with their notes (while they are
 * returned), then feedback written by others and ratings given, newest first: those after `lastSeen` (flagged new)
 * and those of the last kRecentDays days; with no `lastSeen` (never looked), all of the plan's. At most
 * kMaxRequests are returned; moreRequests counts the rest.
 *
 * The Database is not owned and must outlive this object.
 */
class DashboardQueries
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQueries)

public:
    /// Feedback and ratings older than the last look stay listed (not new) for this many days.
    static constexpr int kRecentDays = 30;
    static constexpr int kMaxRequests = 20;

    /// The newest live plan of an employee in a year (one row of FirstScreenQueries::currentPlanSql()).
    struct CurrentPlan
    {
        QUuid id;
        WorkflowState status = WorkflowState::PlanDraft;
        QDate startDate;
        QDate endDate;
        QString assessorName; ///< snapshot, with titles
    };

    struct Deadline
    {
        enum class Kind
        {
            PlanApproval, ///< the SKP must be approved (ditetapkan) by this day
            EvaluationEntry ///< batas pengisian of a period: realisations and evidence submitted by this day
        };
        Kind kind = Kind::PlanApproval;
        QDate date; ///< inclusive: the day itself is still on time
        QUuid documentId; ///< the plan or the evaluation; null without a plan or an evaluation row
        QString periodLabel; ///< EvaluationEntry: "TRIWULAN III", "AKHIR"; not translated
        qint64 daysLeft = 0; ///< from today to the date; negative when overdue, 0 on the day itself

        bool isOverdue() const { return daysLeft < 0; }
    };

    struct Request
    {
        enum class Kind
        {
            PlanReturned, ///< the plan was returned with a note
            EvaluationReturned, ///< an evaluation was returned with a note
            Feedback, ///< umpan balik on a work result or a core value
            Rating ///< an evaluation was rated (and maybe given its predikat)
        };
        Kind kind = Kind::Feedback;
        QUuid documentId; ///< the plan (PlanReturned) or the evaluation
        QString periodLabel; ///< the evaluation's period label; empty for the plan
        QDateTime at; ///< UTC; invalid for the returned documents (no time is kept for a return)
        QString authorName; ///< Feedback: the author, with titles
        QString text; ///< the return note or the feedback
        QString subject; ///< Feedback: the work result's text or the core value's official name
        std::optional<kinerja::Rating> resultRating; ///< Rating
        std::optional<kinerja::Rating> behaviorRating; ///< Rating
        std::optional<PerformanceGrade> grade; ///< Rating, when set
        bool isNew = false; ///< after the last look (always true for the returned documents)
    };

    /// One bar of the achievement chart: an indicator of the current plan with its latest numeric realisation.
    struct IndicatorProgress
    {
        QUuid workResultId;
        ResultKind resultKind = ResultKind::Main;
        QString resultText;
        Indicator indicator;
        std::optional<Decimal> realization; ///< the latest realisation with a number; nullopt when none yet
        QString periodLabel; ///< the period of that realisation
        std::optional<Achievement> achievement; ///< nullopt without a realisation
    };

    struct Overview
    {
        int year = 0;
        std::optional<PlanRepository::StoredPlan> plan; ///< the current plan of the year, with its content
        int pendingCommands = 0; ///< workflow steps on the plan that wait for the shared database
        std::optional<Deadline> nextDeadline;
        QList<Request> requests;
        int moreRequests = 0; ///< requests left out beyond kMaxRequests
        QList<IndicatorProgress> indicators; ///< main results first, in the plan's order
        CompetencySummary competency;
    };

    explicit DashboardQueries(const Database& database);

    /// The newest live plan of `employeeId` in `year`; nullopt when there is none.
    Result<std::optional<CurrentPlan>> currentPlan(const QUuid& employeeId, int year) const;

    /// Everything the dashboard shows for `employeeId` in the year of `today`. `lastSeen` (UTC; invalid when the
    /// person never looked) decides which feedback and ratings are new.
    Result<Overview> overview(const QUuid& employeeId, QDate today, const QDateTime& lastSeen) const;

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
