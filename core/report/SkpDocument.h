// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/storage/PlanRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace kinerja {

class Database;

/**
 * The printed SKP, "SASARAN KINERJA PEGAWAI" (domain.md 5.1, 2.5, 2.7, 2.8), landscape, in its four variants:
 * JA/JF or JPT, kuantitatif or kualitatif. The HASIL KERJA table (A. UTAMA, B. TAMBAHAN; a work result with its
 * indicators is never split), the PERILAKU KERJA table with the seven BerAKHLAK values, their guidance and the
 * Ekspektasi Khusus Pimpinan, the two signatures, the footnotes, then the LAMPIRAN page with its own signatures.
 * A plan that is not approved prints with the DRAFT watermark.
 */
class SkpDocument
{
    Q_DECLARE_TR_FUNCTIONS(SkpDocument)

public:
    /// Everything the document prints, read from the database.
    struct Content
    {
        PlanRepository::StoredPlan stored;
        QHash<QUuid, QString> parentTexts; ///< the intervened RHK of the assessor, by id
        ReportAgency agency;
    };

    SkpDocument() = delete;

    static Result<Content> load(const Database& database, const QUuid& planId);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(const Database& database, const QUuid& planId, const ReportOptions& options);

    /// The status as printed in the footer: "Draf", "Diajukan", "Dikembalikan", "Ditetapkan", "Digantikan" (as the
    /// window says).
    static QString statusText(WorkflowState state);
};

} // namespace kinerja
