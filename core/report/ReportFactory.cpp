// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportFactory.h"

#include "core/report/SkpDocument.h"

namespace kinerja {

Result<ReportDocument> ReportFactory::build(
    const Database& database, const ReportRequest& request, const ReportOptions& options)
{
    switch (request.kind) {
    case ReportKind::Plan:
        return SkpDocument::build(database, request.subjectId, options);
    case ReportKind::Evaluation:
    case ReportKind::EvaluationSummary:
    case ReportKind::TeamMatrix:
    case ReportKind::GradeRecap:
    case ReportKind::CompetencyRecap:
        break;
    }
    return Result<ReportDocument>::failure(QStringLiteral("not built yet"));
}

} // namespace kinerja
