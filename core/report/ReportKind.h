// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/// The printed documents (issue 6, domain.md 5).
enum class ReportKind
{
    Plan, ///< SASARAN KINERJA PEGAWAI with its Lampiran (four variants)
    Evaluation, ///< EVALUASI KINERJA PEGAWAI, periodic or annual (the detailed form)
    EvaluationSummary, ///< DOKUMEN EVALUASI KINERJA PEGAWAI (one page)
    TeamMatrix, ///< MATRIKS PERAN HASIL of an assessor and their people
    GradeRecap, ///< REKAPITULASI PREDIKAT KINERJA PEGAWAI of a unit, with the distribution
    CompetencyRecap ///< REKAPITULASI PENGEMBANGAN KOMPETENSI (JP) of a unit
};

QList<ReportKind> allReportKinds();

/// The word on the command line: "skp", "evaluation", "summary", "matrix", "recap", "competency".
QString commandName(ReportKind kind);
std::optional<ReportKind> reportKindFromCommandName(const QString& name);

/// The three letters that open a verification code: "SKP", "EKP", "DEK", "MPH", "RPK", "RJP".
QString codePrefix(ReportKind kind);
std::optional<ReportKind> reportKindFromCodePrefix(const QString& prefix);

/// The document's official title in Indonesian, e.g. "SASARAN KINERJA PEGAWAI". Not translated.
QString officialTitle(ReportKind kind);

} // namespace kinerja
