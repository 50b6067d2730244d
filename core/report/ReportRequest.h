// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportKind.h"

#include <QUuid>

namespace kinerja {

/**
 * Which document to print. `subjectId` is what the verification code names: the SKP (Plan), the evaluation
 * (Evaluation, EvaluationSummary), the assessor's SKP (TeamMatrix) or the unit (GradeRecap with `periodId`,
 * CompetencyRecap with `year`).
 */
struct ReportRequest
{
    ReportKind kind = ReportKind::Plan;
    QUuid subjectId;
    QUuid periodId; ///< GradeRecap only
    int year = 0; ///< CompetencyRecap only

    friend bool operator==(const ReportRequest&, const ReportRequest&) = default;
};

} // namespace kinerja
