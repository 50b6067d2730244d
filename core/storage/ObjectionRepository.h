// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ObjectionOutcome.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * Keberatan (domain.md 8.8; PP 30/2019 Ps 59), table objection. Filing and deciding are workflow commands run
 * through WorkflowService in one transaction: file() is the evaluation's 'object' command (within 14 days of the
 * finalisation, with a reason) and creates the objection; decide() is the objection's 'decide' command by the
 * Atasan Pejabat Penilai Kinerja of the plan, which closes the evaluation as evaluation.final. When the result is
 * changed, the new ratings and the predikat from GradeMatrix are written to the objection and to the evaluation.
 * The acting person's role is derived from the plan (its employee, its second assessor); someone else is refused
 * with the workflow's reason. The Database is not owned and must outlive the repository.
 */
class ObjectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ObjectionRepository)

public:
    struct StoredObjection
    {
        QUuid id;
        QUuid evaluationId;
        QString reason;
        WorkflowState status = WorkflowState::ObjectionFiled;
        QDateTime filedAt;
        QDateTime decidedAt;
        std::optional<ObjectionOutcome> decision;
        QString decisionNote;
        std::optional<Rating> newResultRating;
        std::optional<Rating> newBehaviorRating;
        std::optional<PerformanceGrade> newGrade;
    };

    explicit ObjectionRepository(const Database& database);

    /// Files a keberatan on a finalized evaluation on `today`; returns the new objection's id.
    Result<QUuid> file(const QUuid& evaluationId,
        const QUuid& employeeId,
        const QString& reason,
        QDate today,
        const QDateTime& now = {});

    /// Decides a keberatan. A Changed outcome needs both new ratings.
    Status decide(const QUuid& objectionId,
        const QUuid& secondAssessorId,
        ObjectionOutcome outcome,
        const QString& reason,
        std::optional<Rating> newResultRating,
        std::optional<Rating> newBehaviorRating,
        QDate today,
        const QDateTime& now = {});

    Result<StoredObjection> load(const QUuid& objectionId) const;
    /// The live objections of an evaluation, oldest first.
    Result<QList<StoredObjection>> forEvaluation(const QUuid& evaluationId) const;

private:
    Result<QList<StoredObjection>> select(const QString& where, const QVariant& value) const;

    const Database& m_database;
};

} // namespace kinerja
