// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BehaviorExpectation.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/PlanParticipants.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The SKPs (table performance_plan) with their work results, indicators, behaviour expectations and appendix.
 *
 * An employee may have several plans in a year (domain.md 8.2): a plan is keyed by its id only, never by
 * (NIP, year). Each plan keeps snapshots of its three people (PlanParticipants) as they were when it was started;
 * refreshSnapshots() replaces them (e.g. when the plan is approved).
 *
 * Transactions: every method that changes data opens its own Transaction and either commits all of its changes or
 * none; bad input is refused before anything is written. Workflow state is changed only by WorkflowService.
 * Removed results, indicators and appendix lines are tombstoned (deleted = 1), never deleted, and never loaded.
 * Who may edit what and when is the caller's question (Permissions); this class stores.
 * `authorId` (may be null) is written to updated_by. The Database is not owned and must outlive the repository.
 */
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    /// A plan as stored: the domain value plus what the storage keeps around it.
    struct StoredPlan
    {
        PerformancePlan plan;
        PlanParticipants participants; ///< the snapshots
        WorkflowState status = WorkflowState::PlanDraft; ///< the local (effective) state
        QString returnNote; ///< the reason of the last 'return'
        QDateTime submittedAt; ///< UTC; invalid when never submitted
        QDateTime approvedAt; ///< UTC; invalid when not approved
        int revision = 1;
        QUuid previousPlanId; ///< the plan this one revises; null for a first version
        qint64 rowVersion = 0;
    };

    /// One row of a plan list.
    struct Summary
    {
        QUuid id;
        QUuid employeeId;
        QUuid assessorId;
        QDate startDate;
        QDate endDate;
        WorkflowState status = WorkflowState::PlanDraft;
        int revision = 1;
        PersonSnapshot employee;
        PersonSnapshot assessor;
    };

    /// Paging for the lists (style.md R11): skip `offset` rows, return at most `limit`.
    struct Page
    {
        int offset;
        int limit;
    };
    static constexpr Page kFirstPage {0, 200};

    explicit PlanRepository(const Database& database);

    /**
     * Stores a new plan in plan.draft with its content and snapshots. A null plan id (and null result, indicator
     * ids) get UUIDv7s; the seven behaviour expectations get their UUIDv5 (Uuid::forBehaviorExpectation) whatever
     * the plan's list holds. Returns the plan as stored (with its ids). Refuses a plan without employee, with
     * missing or reversed dates or dates in two years, or with duplicate ids.
     */
    Result<PerformancePlan> create(const PerformancePlan& plan,
        const PlanParticipants& participants,
        const QUuid& authorId = {},
        const QUuid& previousPlanId = {});

    /// The plan with its live (not tombstoned) content; results ordered main then additional by order.
    Result<StoredPlan> load(const QUuid& planId) const;

    /**
     * Saves the content of an existing plan in one transaction: approach, results and indicators (added, changed,
     * reordered, moved; those missing from `plan` are tombstoned), the special expectations and the appendix.
     * Rows that did not change are not touched. The plan's people and dates are not changed here. Returns the
     * plan as stored (new rows with their ids).
     */
    Result<PerformancePlan> saveContent(const PerformancePlan& plan, const QUuid& authorId = {});

    /**
     * Sets the Ekspektasi Khusus Pimpinan of a plan, one per core value given (an empty text clears it), in one
     * transaction; the other values and the rest of the plan are not touched. Refused for a plan that is not stored.
     */
    Status setSpecialExpectations(
        const QUuid& planId, const QList<BehaviorExpectation>& expectations, const QUuid& authorId = {});

    /// Replaces the snapshots (and the unit) of a plan.
    Status refreshSnapshots(const QUuid& planId, const PlanParticipants& participants, const QUuid& authorId = {});

    /// Tombstones a plan; it is no longer loaded or listed.
    Status tombstone(const QUuid& planId, const QUuid& authorId = {});

    /// Live plans of an employee, newest first.
    Result<QList<Summary>> listForEmployee(const QUuid& employeeId, Page page = kFirstPage) const;
    /// Live plans that start in `year`, by employee name.
    Result<QList<Summary>> listForYear(int year, Page page = kFirstPage) const;
    /// Live plans whose Pejabat Penilai Kinerja is `assessorId` (as recorded on the plan), in `year` or, with
    /// year 0, in every year; by year (newest first) and employee name.
    Result<QList<Summary>> listForAssessor(const QUuid& assessorId, int year = 0, Page page = kFirstPage) const;

private:
    Result<QList<Summary>> list(const QString& where, const QVariant& first, const QVariant& second, Page page) const;

    const Database& m_database;
};

} // namespace kinerja
