// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OrganizationGrade.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The people a Pejabat Penilai Kinerja assesses, period by period (issue 5, the batch view): every live evaluation of a
 * plan whose assessor slot the person fills today (AssessorSlots: their own, or through a Plt./Plh. assignment), with
 * its state, ratings and predikat. Read-only; AssessorDesk acts on it.
 */
class AssessorTeam
{
    Q_DECLARE_TR_FUNCTIONS(AssessorTeam)

public:
    /// A period in which someone of the team has an evaluation.
    struct Period
    {
        QUuid id;
        QString label; ///< AssessmentPeriod::label(): "TRIWULAN II", "AKHIR", or the agency's own wording
        QDate start; ///< the period's own dates (not clipped to a plan)
        QDate end;
        int evaluations = 0;
        int waiting = 0; ///< submitted (to rate) or rated (to finalize)
    };

    struct Member
    {
        QUuid evaluationId;
        QUuid planId;
        QUuid employeeId;
        QString employeeName; ///< snapshot of the plan, with titles
        QString employeeNip;
        QString employeePosition;
        WorkflowState state = WorkflowState::EvaluationNotFilled;
        std::optional<Rating> resultRating;
        std::optional<Rating> behaviorRating;
        std::optional<PerformanceGrade> grade;
        QString note; ///< the assessor's note / recommendation
        /// The predikat kinerja organisasi of the plan's unit for the period as set now by the personnel office, else
        /// the snapshot taken when the evaluation was made; nullopt when neither is set.
        std::optional<OrganizationGrade> organizationGrade;
        bool acting = false; ///< the plan names the person the assessor stands in for
    };

    /// `database` is not owned and must outlive this object.
    explicit AssessorTeam(const Database& database);

    /// The periods of the team's evaluations, the latest start first (the annual one after the year's last period).
    Result<QList<Period>> periods(const QUuid& assessorId, QDate today) const;
    /// The team's evaluations in one period, by name.
    Result<QList<Member>> members(const QUuid& assessorId, const QUuid& periodId, QDate today) const;

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
