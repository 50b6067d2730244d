// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportFactory.h"

#include "core/report/CompetencyRecapDocument.h"
#include "core/report/EvaluationDocument.h"
#include "core/report/EvaluationSummaryDocument.h"
#include "core/report/GradeRecapDocument.h"
#include "core/report/SkpDocument.h"
#include "core/report/TeamMatrixDocument.h"

namespace kinerja {

Result<ReportDocument> ReportFactory::build(
    const Database& database, const ReportRequest& request, const ReportOptions& options)
{
    switch (request.kind) {
    case ReportKind::Plan:
        return SkpDocument::build(database, request.subjectId, options);
    case ReportKind::Evaluation:
        return EvaluationDocument::build(database, request.subjectId, options);
    case ReportKind::EvaluationSummary:
        return EvaluationSummaryDocument::build(database, request.subjectId, options);
    case ReportKind::TeamMatrix:
        return TeamMatrixDocument::build(database, request.subjectId, options);
    case ReportKind::GradeRecap:
        return GradeRecapDocument::build(database, request.subjectId, request.periodId, options);
    case ReportKind::CompetencyRecap:
        return CompetencyRecapDocument::build(database, request.subjectId, request.year, options);
    }
    return SkpDocument::build(database, request.subjectId, options);
}

} // namespace kinerja
