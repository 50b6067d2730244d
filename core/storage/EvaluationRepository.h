// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/CoreValue.h"
#include "core/domain/DeadlinePolicy.h"
#include "core/domain/Decimal.h"
#include "core/domain/EvaluationCadence.h"
#include "core/domain/OrganizationGrade.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/PlanParticipants.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;
class Transaction;

/**
 * The evaluations of the SKPs (table evaluation): one per plan and assessment period, id
 * Uuid::forEvaluation(plan, period), with the realisations per indicator, the continuous feedback, the ratings and
 * the predikat, and snapshots of the three people and of the organisation's grade.
 *
 * Periods: createForPlan() takes the plan's PeriodSchedule (PeriodSchedule::forPlan) and makes the assessment_period
 * rows of the calendar periods when they are missing (id Uuid::forPeriod(year, cadence code, number)); each
 * evaluation keeps its period clipped to the plan's dates (starts_on, ends_on).
 *
 * Transactions: every method that changes data opens its own Transaction; bad input changes nothing. The workflow
 * state is changed only by WorkflowService. Who may change what, when, is the caller's question (Permissions).
 * The Database is not owned and must outlive the repository.
 */
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    /// Rencana aksi and realisasi of one indicator (or of a result, in the qualitative approach).
    struct Realization
    {
        QUuid id; ///< null to add (or to update the row of the same result and indicator)
        QUuid workResultId;
        QUuid indicatorId; ///< null for a realisation of the result as a whole
        QString actionPlan; ///< rencana aksi
        QString description; ///< realisasi as text
        std::optional<Decimal> value; ///< realisasi as a number, in the indicator's unit
        QString note; ///< catatan
        int order = 0;

        friend bool operator==(const Realization&, const Realization&) = default;
    };

    /// Umpan balik berkelanjutan on a work result or on a core value (exactly one of the two).
    struct Feedback
    {
        QUuid id; ///< null to add
        QUuid workResultId;
        std::optional<CoreValue> coreValue;
        QUuid authorId;
        QString authorName; ///< snapshot, with titles
        QString text;
        QDateTime writtenAt; ///< UTC, milliseconds kept

        friend bool operator==(const Feedback&, const Feedback&) = default;
    };

    struct StoredEvaluation
    {
        QUuid id;
        QUuid planId;
        QUuid periodId;
        AssessmentPeriod period; ///< clipped to the plan; entry deadline and lock from the period row
        WorkflowState status = WorkflowState::EvaluationNotFilled;
        QString returnNote;
        QDateTime submittedAt;
        QDateTime ratedAt;
        QDateTime finalizedAt;
        QDate extendedUntil; ///< an admin extension of the batas pengisian; invalid when none
        std::optional<Rating> resultRating;
        std::optional<Rating> behaviorRating;
        std::optional<PerformanceGrade> grade;
        QString note; ///< catatan / rekomendasi of the Pejabat Penilai Kinerja
        std::optional<OrganizationGrade> organizationGrade; ///< snapshot
        PlanParticipants participants; ///< snapshots
        qint64 rowVersion = 0;
        QList<Realization> realizations; ///< live ones, by order
        QList<Feedback> feedback; ///< live ones, oldest first
    };

    explicit EvaluationRepository(const Database& database);

    /**
     * Makes the evaluations of a plan for its schedule (the periodic periods of `cadence`, then the annual one) in
     * evaluation.not-filled, with the plan's snapshots and the organisation grade of the plan's unit for the
     * period when one is set. Idempotent: existing evaluations are kept as they are. Returns the ids in period order.
     */
    Result<QList<QUuid>> createForPlan(const QUuid& planId,
        EvaluationCadence cadence = defaultEvaluationCadence(),
        const DeadlinePolicy& policy = DeadlinePolicy());

    Result<StoredEvaluation> load(const QUuid& evaluationId) const;
    /// The live evaluations of a plan, periodic ones by start date, then the annual one.
    Result<QList<StoredEvaluation>> listForPlan(const QUuid& planId) const;

    /// Adds or updates a realisation. The indicator (when given) must belong to the result, and the result to the
    /// evaluation's plan. Returns it as stored (with its id).
    Result<Realization> saveRealization(const QUuid& evaluationId, Realization realization, const QUuid& authorId = {});
    Status tombstoneRealization(const QUuid& realizationId, const QUuid& authorId = {});

    /// Adds feedback; the result (when given) must belong to the evaluation's plan. Returns it with its id.
    Result<Feedback> addFeedback(const QUuid& evaluationId, Feedback feedback);
    Status tombstoneFeedback(const QUuid& feedbackId, const QUuid& authorId = {});

    /**
     * Sets the ratings and the note of the Pejabat Penilai Kinerja. The predikat follows from GradeMatrix when
     * both ratings are given, and is cleared otherwise.
     */
    Status setRatings(const QUuid& evaluationId,
        std::optional<Rating> resultRating,
        std::optional<Rating> behaviorRating,
        const QString& note,
        const QUuid& authorId = {});
    /// setRatings() inside the caller's active transaction on the same database (not committed here).
    Status setRatings(Transaction& transaction,
        const QUuid& evaluationId,
        std::optional<Rating> resultRating,
        std::optional<Rating> behaviorRating,
        const QString& note,
        const QUuid& authorId = {});

    /// Replaces the snapshot of the organisation grade.
    Status setOrganizationGrade(
        const QUuid& evaluationId, std::optional<OrganizationGrade> grade, const QUuid& authorId = {});

    /// Replaces the snapshots of the people (e.g. when the evaluation is rated).
    Status refreshSnapshots(
        const QUuid& evaluationId, const PlanParticipants& participants, const QUuid& authorId = {});

private:
    Result<QList<StoredEvaluation>> select(const QString& where, const QVariant& value) const;

    const Database& m_database;
};

} // namespace kinerja
