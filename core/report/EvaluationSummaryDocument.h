// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/storage/EvaluationRepository.h"

#include <QCoreApplication>

namespace kinerja {

class Database;

/**
 * The one-page "DOKUMEN EVALUASI KINERJA PEGAWAI" (domain.md 5.3), portrait: the emblem on top (when
 * ReportOptions::emblemPath is set), the title with "PERIODE: TRIWULAN I" (the period's label), the instansi with the
 * PERIODE PENILAIAN, then the numbered table 1 PEGAWAI YANG DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT
 * PENILAI KINERJA (each NAMA, NIP, PANGKAT/GOL.RUANG, JABATAN, UNIT KERJA from the evaluation's snapshots; "-" where
 * there is nobody), 4 EVALUASI KINERJA (CAPAIAN KINERJA ORGANISASI, PREDIKAT KINERJA PEGAWAI), 5 CATATAN/REKOMENDASI
 * (the note of the Pejabat Penilai Kinerja), and two signature blocks, each with its own place and date line.
 * Who signs follows ReportOptions::summarySigners (default Pegawai yang Dinilai and Pejabat Penilai Kinerja).
 *
 * The form carries the emblem in place of a kop surat (as e-Kinerja prints it), so ReportOptions::letterhead does not
 * apply here. Settled and draft as EvaluationDocument: evaluation.finalized and evaluation.final print without the
 * DRAFT watermark; an evaluation under keberatan prints with it.
 */
class EvaluationSummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSummaryDocument)

public:
    /// Everything the document prints, read from the database.
    struct Content
    {
        EvaluationRepository::StoredEvaluation evaluation;
        ReportAgency agency;
    };

    EvaluationSummaryDocument() = delete;

    static Result<Content> load(const Database& database, const QUuid& evaluationId);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(
        const Database& database, const QUuid& evaluationId, const ReportOptions& options);
};

} // namespace kinerja
