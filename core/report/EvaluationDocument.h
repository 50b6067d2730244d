// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

#include <optional>

namespace kinerja {

class Database;

/**
 * The printed evaluation, "EVALUASI KINERJA PEGAWAI" (domain.md 5.2), landscape, for a periodic or the annual
 * evaluation of one SKP: the title with the pendekatan, the jabatan family and "PERIODE: TRIWULAN I" (the period's
 * label), the instansi with the PERIODE PENILAIAN, the two parties, CAPAIAN KINERJA ORGANISASI with the POLA
 * DISTRIBUSI chart of that organisation grade, the HASIL KERJA table of the SKP with the REALISASI and the UMPAN
 * BALIK BERKELANJUTAN of the evaluation (a work result with its indicators is never split), RATING HASIL KERJA,
 * the PERILAKU KERJA table with the seven BerAKHLAK values, their guidance, the Ekspektasi Khusus Pimpinan and the
 * feedback per value, RATING PERILAKU, PREDIKAT KINERJA PEGAWAI, and the two signatures (Pegawai yang Dinilai,
 * Pejabat Penilai Kinerja) dated on the day the predikat was set.
 *
 * The people and the organisation grade are the evaluation's snapshots; the work results and the expectations come
 * from the evaluation's SKP as it is stored now.
 *
 * Settled (no DRAFT watermark): evaluation.finalized (ditetapkan) and evaluation.final. An evaluation under
 * keberatan (evaluation.objected) prints WITH the watermark: the Atasan Pejabat Penilai Kinerja may still change its
 * result, so a paper printed then must not pass for the final one. Every other state is a draft too.
 */
class EvaluationDocument
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationDocument)

public:
    /// Everything the document prints, read from the database.
    struct Content
    {
        EvaluationRepository::StoredEvaluation evaluation;
        PerformancePlan plan; ///< the evaluation's SKP
        QHash<QUuid, QString> parentTexts; ///< the intervened RHK of the assessor, by id
        ReportAgency agency;
    };

    EvaluationDocument() = delete;

    /// The name under which the POLA DISTRIBUSI chart is registered in ReportDocument::images.
    static constexpr const char* kDistributionImage = "pola-distribusi";

    static Result<Content> load(const Database& database, const QUuid& evaluationId);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(
        const Database& database, const QUuid& evaluationId, const ReportOptions& options);

    /// The status as printed in the footer: "Belum Diisi", "Diajukan", "Dikembalikan", "Dinilai", "Ditetapkan",
    /// "Keberatan", "Final".
    static QString statusText(WorkflowState state);

    /// True for the states that print without the DRAFT watermark: evaluation.finalized and evaluation.final.
    static bool isSettled(WorkflowState state);

    /**
     * The POLA DISTRIBUSI chart for an organisation grade (DistributionGuideline::rules): one column per predikat
     * kinerja pegawai, a solid bar for a minimum share, a light bar for a maximum share, a bracket over grades
     * counted together. `scale` multiplies the size of the image in layout pixels (kDistributionChartSize), for a
     * sharp print.
     */
    static QImage distributionChart(OrganizationGrade grade, int scale = 3);

    /// The size of the chart in layout pixels (PageComposer::kLayoutDpi), as the `<img>` is sized.
    static constexpr int kDistributionChartWidth = 420;
    static constexpr int kDistributionChartHeight = 125;
};

} // namespace kinerja
