// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ActorRole.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/WorkflowState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The reads behind the personnel office's completion dashboard ("Pemantauan penyelesaian", issue 5): per unit, how
 * far the people are with their SKP of a year and with their evaluation of one period, who they are, and how the
 * units did year after year. Admins only: every read first asks Permissions (agency data, canView()) with the roles
 * given to the constructor and returns its refusal otherwise.
 *
 * Who is counted: every active, not removed employee who is an ASN (PNS or PPPK; non-ASN staff have no SKP), in the
 * unit of their employee row (their current unit). Their SKP of the year is the newest live plan of the year that
 * is not superseded (latest start, then highest revision: the same choice as FirstScreenQueries::currentPlanSql()).
 *
 * The workflow state is the `status` column: the confirmed state with the commands done on this device applied, i.e.
 * DocumentWorkflowState::effectiveState(), what every screen shows. The buckets (Stage):
 *  - NoPlan: no plan of the year;
 *  - PlanNotSubmitted: plan.draft or plan.returned (the SKP is the employee's to finish; `planReturned` counts
 *    the returned ones among them);
 *  - PlanSubmitted: plan.submitted (waiting for the Pejabat Penilai Kinerja);
 *  - PlanApproved: plan.approved (ditetapkan);
 *  - for the chosen period, over the same people: EvaluationNotRated (no evaluation of that period for the SKP, or
 *    evaluation.not-filled, .returned or .submitted; `evaluationSubmitted` counts the submitted ones among them),
 *    EvaluationRated (evaluation.rated) and EvaluationFinalized (evaluation.finalized, .objected or .final: the
 *    predikat is set; a keberatan may still change it).
 *
 * Late (on the given day, inclusive deadlines):
 *  - SKP: the deadline is PeriodSchedule::planApprovalDeadline() of the plan's start (31 January of the year without
 *    a plan); late when approved after it, or not approved and the day is after it;
 *  - evaluation: the deadline is the period's batas pengisian, or the admin's later extension of that evaluation;
 *    late when submitted after it (a submitted, rated or finalized evaluation), or not submitted and the day is after
 *    it. Without a batas pengisian nothing is late.
 * Timestamps are compared as local dates.
 *
 * SQL runs on the calling thread; the whole province (60,000 people) takes well under a second
 * (docs/benchmarks.md). The Database is not owned and must outlive this object.
 */
class CompletionQueries
{
    Q_DECLARE_TR_FUNCTIONS(CompletionQueries)

public:
    /// The buckets a person is counted in (see the class comment); a person is in one plan bucket and, with a period
    /// chosen, in one evaluation bucket.
    enum class Stage
    {
        NoPlan,
        PlanNotSubmitted,
        PlanSubmitted,
        PlanApproved,
        EvaluationNotRated,
        EvaluationRated,
        EvaluationFinalized
    };

    /// The stages in display order.
    static QList<Stage> allStages();
    /// True for the three evaluation stages.
    static bool isEvaluationStage(Stage stage);

    /// The counts of a set of people.
    struct Counts
    {
        int people = 0;
        int noPlan = 0;
        int planNotSubmitted = 0; ///< draft or returned
        int planReturned = 0; ///< of planNotSubmitted
        int planSubmitted = 0;
        int planApproved = 0;
        int planLate = 0; ///< SKP approved late or overdue (any bucket)
        int evaluationNotRated = 0; ///< zero people when no period is chosen: then everyone is here
        int evaluationSubmitted = 0; ///< of evaluationNotRated: submitted, waiting for the rating
        int evaluationRated = 0;
        int evaluationFinalized = 0;
        int evaluationLate = 0; ///< submitted late, or not submitted after the batas pengisian

        int count(Stage stage) const;
        Counts& operator+=(const Counts& other);
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    /// One unit of the tree, with its own people and those of every unit under it.
    struct UnitRow
    {
        QUuid unitId;
        QUuid parentId; ///< null for a root
        QString name;
        QString kindCode; ///< org_unit.kind: "opd", "bidang", ...
        int depth = 0; ///< 0 for a root
        Counts own; ///< people whose unit is this one
        Counts total; ///< own plus every unit below
    };

    struct Dashboard
    {
        int year = 0;
        QUuid periodId; ///< null when no period was chosen
        QDate today;
        QList<UnitRow> units; ///< depth first: each unit before its children, siblings by sort order then name
        Counts all; ///< every person counted, including those without a unit
        int withoutUnit = 0; ///< people whose employee row names no (live) unit
    };

    /// Which people to list.
    struct PeopleFilter
    {
        int year = 0;
        QUuid periodId; ///< null: no period (the evaluation columns stay empty)
        QUuid unitId; ///< the unit and every unit below it; null for everyone
        std::optional<Stage> stage; ///< nullopt: every stage
        QDate today;
        int offset = 0;
        int limit = -1; ///< -1: all
    };

    /// One person of the list.
    struct Person
    {
        QUuid employeeId;
        QString name; ///< with titles
        QString nip; ///< formatted; empty without a NIP
        QString position; ///< the current jabatan
        QUuid unitId;
        QString unitName;
        QString assessorName; ///< from the SKP (snapshot, with titles); empty without a plan
        QUuid planId; ///< null without a plan
        std::optional<WorkflowState> planState;
        QDate planDeadline;
        bool planLate = false;
        QUuid evaluationId; ///< null without an evaluation of the period
        std::optional<WorkflowState> evaluationState;
        QDate evaluationDeadline; ///< invalid without a period or without a batas pengisian
        bool evaluationLate = false;

        Stage planStage() const;
        /// nullopt when the list has no period.
        std::optional<Stage> evaluationStage(bool withPeriod) const;
    };

    /// One year of one unit (and the units below it), for the year-over-year charts.
    struct YearRow
    {
        int year = 0;
        int plans = 0; ///< SKPs of the year (newest per person, not superseded) in the unit at the time
        int plansDue = 0; ///< of plans: approved, or past the SKP deadline on the given day
        int plansOnTime = 0; ///< of plansDue: approved by the deadline
        int evaluationsDue = 0; ///< evaluations of those SKPs submitted, or past their batas pengisian
        int evaluationsOnTime = 0; ///< of evaluationsDue: submitted by the deadline
        int annualGraded = 0; ///< annual evaluations with their predikat set (finalized, objected or final)
        QMap<PerformanceGrade, int> grades; ///< of annualGraded, per predikat (only grades that occur)
    };

    /// `viewerRoles` are the roles of the person asking (an admin holds ActorRole::Admin).
    CompletionQueries(const Database& database, ActorRoleSet viewerRoles);

    /// May the viewer read the dashboard: the refusal otherwise, in the UI language.
    Status checkAllowed() const;

    /// The years that have plans or periods, newest first.
    Result<QList<int>> years() const;

    /// The counts of every unit for `year` and (optionally) the period `periodId`, on `today`.
    Result<Dashboard> dashboard(int year, const QUuid& periodId, QDate today) const;

    /// The people of a unit (and below) in a stage, by unit then name; `offset`/`limit` page the list.
    Result<QList<Person>> people(const PeopleFilter& filter) const;

    /// Every year with plans for the unit and those below it (null: the whole agency), oldest first.
    Result<QList<YearRow>> yearOverYear(const QUuid& unitId, QDate today) const;

    /// The per-unit counting statement of dashboard(), for the benchmark: (year, period id or NULL, today).
    static QString unitCountsSql();

private:
    const Database& m_database; // not owned
    ActorRoleSet m_roles;
};

} // namespace kinerja
