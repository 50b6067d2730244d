// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/WorkflowState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * What waits for one Pejabat Penilai Kinerja (issue 5, "Review queue"): the SKPs submitted for approval, the
 * evaluations submitted for rating and those rated but not yet finalized, of everyone whose plan names them as the
 * assessor, and the objections filed with them as Atasan Pejabat Penilai Kinerja. Also what waits for the person
 * they stand in for today: a current Plt./Plh. head assignment on a unit whose definitive head is named on the plans
 * (the same rule as the shared database's kinerja.stands_for). Oldest first: what has waited longest on top.
 */
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    enum class Kind
    {
        PlanToApprove,
        EvaluationToRate,
        EvaluationToFinalize,
        ObjectionToDecide
    };

    struct Item
    {
        Kind kind = Kind::PlanToApprove;
        QUuid documentId; ///< the plan, evaluation or objection
        QUuid planId;
        QUuid evaluationId; ///< null for a plan
        QUuid employeeId;
        QString employeeName; ///< with titles, as on the document
        QString employeeNip;
        QString employeeUnit;
        QString periodLabel; ///< "TRIWULAN II"; empty for a plan
        QDate periodStart; ///< the SKP's or the period's dates
        QDate periodEnd;
        WorkflowState state = WorkflowState::PlanSubmitted;
        QDateTime since; ///< UTC: when it was submitted, rated or filed; invalid when unknown
        bool acting = false; ///< waits for the person the assessor stands in for (Plt./Plh.)
    };

    struct Counts
    {
        int plans = 0;
        int toRate = 0;
        int toFinalize = 0;
        int objections = 0;
        int total() const { return plans + toRate + toFinalize + objections; }
    };

    /// `database` is not owned and must outlive the queue.
    explicit ReviewQueue(const Database& database);

    /// Everything waiting for `assessorId` on `today`.
    Result<QList<Item>> waitingFor(const QUuid& assessorId, QDate today) const;
    static Counts count(const QList<Item>& items);
    /// What to do, in short, in the UI language: "Approve SKP", "Rate", "Finalize", "Decide objection".
    static QString displayName(Kind kind);

private:
    const Database& m_database;
};

} // namespace kinerja
