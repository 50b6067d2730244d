// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/storage/PlanRepository.h"

#include <QCoreApplication>
#include <QList>

namespace kinerja {

class Database;

/**
 * The "MATRIKS PERAN HASIL" (Matriks Pembagian Peran dan Hasil, domain.md 2.3 and 5.4) of a Pejabat Penilai Kinerja,
 * landscape: each work result of the assessor's SKP (A. UTAMA, then B. TAMBAHAN, each by order), with beside it the
 * work results of the people they assess that intervene it (WorkResult::parentResultId), person by person.
 * One row group per assessor result, never split; a result carried by more than ten results of the people (a head of
 * school with forty teachers) continues in groups of five rows, each repeating the result marked "(lanjutan)". Then two
 * lists: the assessor's results nobody intervenes
 * ("HASIL KERJA PIMPINAN YANG BELUM DIINTERVENSI"), and the people's main results that intervene none of this SKP's
 * results (not cascaded, cascaded from a result written as text, or from a result that is not in this SKP).
 *
 * The people are those whose SKP in the same year names the assessor (PlanRepository::listForAssessor) and shares at
 * least one day with the assessor's SKP; superseded SKPs (replaced by a revision) are left out. A person whose SKP is
 * not approved is shown with its status ("SKP: Draf").
 *
 * One signature: the assessor as Pejabat Penilai Kinerja, with the date left to fill by hand (the matrix follows the
 * people's SKPs, which have no single date). The stamp follows the assessor's SKP: its status, and the DRAFT
 * watermark while it is not approved. The verification code's subject is the assessor's SKP.
 */
class TeamMatrixDocument
{
    Q_DECLARE_TR_FUNCTIONS(TeamMatrixDocument)

public:
    /// Everything the document prints, read from the database.
    struct Content
    {
        PlanRepository::StoredPlan assessorPlan; ///< the SKP of the Pejabat Penilai Kinerja
        QList<PlanRepository::StoredPlan> memberPlans; ///< the people's SKPs, by name, then start date
        ReportAgency agency;
    };

    TeamMatrixDocument() = delete;

    static Result<Content> load(const Database& database, const QUuid& assessorPlanId);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(
        const Database& database, const QUuid& assessorPlanId, const ReportOptions& options);
};

} // namespace kinerja
