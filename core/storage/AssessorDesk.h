// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BehaviorExpectation.h"
#include "core/domain/CoreValue.h"
#include "core/domain/DocumentKind.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowCommand.h"
#include "core/storage/EvaluationRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace kinerja {

class Database;
class Transaction;

/**
 * What a Pejabat Penilai Kinerja does to the SKPs and evaluations of the people they assess (issue 5): approving or
 * returning an SKP and its special expectations per core value, returning an evaluation, continuous feedback per work
 * result and per core value, the ratings, and the steps rate and finalize, one at a time or for many at once.
 *
 * Every call checks first, in core and whatever a window shows, that the person fills the assessor slot of the
 * plan (of the evaluation) today (AssessorSlots: named on the plan, or standing in as Plt./Plh.), then Permissions for
 * the evaluation's state; the steps go through WorkflowService (checked again by its Workflow, recorded in the outbox).
 * Rating is one transaction: the ratings and the step are stored together or not at all. A refusal changes nothing
 * and says why in the UI language. A batch is one transaction with a savepoint per line: a refused line is rolled back
 * alone and does not undo the others.
 */
class AssessorDesk
{
    Q_DECLARE_TR_FUNCTIONS(AssessorDesk)

public:
    /// The ratings of one evaluation, for rateAll().
    struct Ratings
    {
        QUuid evaluationId;
        std::optional<Rating> result;
        std::optional<Rating> behavior;
    };

    /// The outcome of one line of a batch.
    struct LineOutcome
    {
        QUuid evaluationId;
        Status status;
    };

    /// `database` is not owned and must outlive the desk; `assessorId` is the signed-in person.
    AssessorDesk(const Database& database, const QUuid& assessorId, QDate today);

    /// Approves (menetapkan) a submitted SKP.
    Status approvePlan(const QUuid& planId);
    /// Returns a submitted SKP to its employee; the reason is required (the workflow says so).
    Status returnPlan(const QUuid& planId, const QString& reason);
    /// Returns a submitted or rated evaluation to its employee, with the reason.
    Status returnEvaluation(const QUuid& evaluationId, const QString& reason);

    /// Stores the ratings and the note without taking a step (both ratings may be missing yet).
    Status saveRatings(
        const QUuid& evaluationId, std::optional<Rating> result, std::optional<Rating> behavior, const QString& note);
    /// Stores both ratings and the note and takes the 'rate' step, in one transaction.
    Status rate(const QUuid& evaluationId, Rating result, Rating behavior, const QString& note);
    /// Takes the 'finalize' step of a rated evaluation.
    Status finalize(const QUuid& evaluationId);

    /// rate() for each line, keeping each evaluation's stored note; a line without both ratings is refused.
    QList<LineOutcome> rateAll(const QList<Ratings>& lines);
    /// finalize() for each evaluation.
    QList<LineOutcome> finalizeAll(const QList<QUuid>& evaluationIds);

    /// Sets the Ekspektasi Khusus Pimpinan of the plan's core values while the plan may take them (draft, submitted or
    /// returned); an empty text clears one.
    Status setSpecialExpectations(const QUuid& planId, const QList<BehaviorExpectation>& expectations);

    /// Adds umpan balik on a work result of the evaluation's plan or on a core value (exactly one of the two).
    Result<EvaluationRepository::Feedback> addFeedback(
        const QUuid& evaluationId, const QUuid& workResultId, std::optional<CoreValue> coreValue, const QString& text);
    /// Removes the person's own feedback; another author's is refused.
    Status removeFeedback(const QUuid& evaluationId, const QUuid& feedbackId);

private:
    struct Target
    {
        WorkflowState state = WorkflowState::EvaluationNotFilled;
        QString note;
    };

    /// The evaluation, when the person fills its plan's assessor slot today.
    Result<Target> target(const QUuid& evaluationId) const;
    /// The plan's state, when the person fills its assessor slot today.
    Result<WorkflowState> planTarget(const QUuid& planId) const;
    /// A workflow step on a plan or an evaluation after the slot check, in its own transaction.
    Status documentStep(
        DocumentKind kind, const QUuid& documentId, WorkflowCommand command, const QString& reason = QString());
    Status step(Transaction& transaction, const QUuid& evaluationId, WorkflowCommand command);
    Status rateIn(Transaction& transaction,
        const QUuid& evaluationId,
        Rating result,
        Rating behavior,
        const QString& note,
        const Target& found);
    /// Runs `line` for each evaluation the person may act on, in one transaction with a savepoint per line.
    QList<LineOutcome> batch(
        const QList<QUuid>& evaluationIds, const std::function<Status(Transaction&, int, const Target&)>& line);

    const Database& m_database; // not owned
    QUuid m_assessorId;
    QDate m_today;
};

} // namespace kinerja
