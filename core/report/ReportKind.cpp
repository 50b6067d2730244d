// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportKind.h"

namespace kinerja {

QList<ReportKind> allReportKinds()
{
    return {ReportKind::Plan, ReportKind::Evaluation, ReportKind::EvaluationSummary, ReportKind::TeamMatrix,
        ReportKind::GradeRecap, ReportKind::CompetencyRecap};
}

QString commandName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan:
        return QStringLiteral("skp");
    case ReportKind::Evaluation:
        return QStringLiteral("evaluation");
    case ReportKind::EvaluationSummary:
        return QStringLiteral("summary");
    case ReportKind::TeamMatrix:
        return QStringLiteral("matrix");
    case ReportKind::GradeRecap:
        return QStringLiteral("recap");
    case ReportKind::CompetencyRecap:
        return QStringLiteral("competency");
    }
    return {};
}

std::optional<ReportKind> reportKindFromCommandName(const QString& name)
{
    for (const ReportKind kind : allReportKinds()) {
        if (commandName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString codePrefix(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan:
        return QStringLiteral("SKP");
    case ReportKind::Evaluation:
        return QStringLiteral("EKP");
    case ReportKind::EvaluationSummary:
        return QStringLiteral("DEK");
    case ReportKind::TeamMatrix:
        return QStringLiteral("MPH");
    case ReportKind::GradeRecap:
        return QStringLiteral("RPK");
    case ReportKind::CompetencyRecap:
        return QStringLiteral("RJP");
    }
    return {};
}

std::optional<ReportKind> reportKindFromCodePrefix(const QString& prefix)
{
    for (const ReportKind kind : allReportKinds()) {
        if (codePrefix(kind).compare(prefix.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString officialTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan:
        return QStringLiteral("SASARAN KINERJA PEGAWAI");
    case ReportKind::Evaluation:
        return QStringLiteral("EVALUASI KINERJA PEGAWAI");
    case ReportKind::EvaluationSummary:
        return QStringLiteral("DOKUMEN EVALUASI KINERJA PEGAWAI");
    case ReportKind::TeamMatrix:
        return QStringLiteral("MATRIKS PERAN HASIL");
    case ReportKind::GradeRecap:
        return QStringLiteral("REKAPITULASI PREDIKAT KINERJA PEGAWAI");
    case ReportKind::CompetencyRecap:
        return QStringLiteral("REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI");
    }
    return {};
}

} // namespace kinerja
