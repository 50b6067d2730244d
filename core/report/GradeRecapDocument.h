// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/OrgUnit.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/UnitHead.h"
#include "core/storage/GradeRecap.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kinerja {

class Database;

/**
 * The "REKAPITULASI PREDIKAT KINERJA PEGAWAI" of a unit kerja with its sub-units for one period (domain.md 4.5, 5.4,
 * 8 item 9), landscape. The counts are GradeRecap's (settled evaluations of the period, each under the unit of its
 * SKP; every line counts the unit WITH its sub-units, so the lines do not add up, and the JUMLAH line is the unit's
 * own line), one line per unit in tree order, indented by depth, with the unit's capaian kinerja organisasi and the
 * guideline's warnings in Indonesian (GradeRecap::officialNotes), "Sesuai pola distribusi" when there are none and
 * "-" when the unit has no predikat kinerja organisasi for the period. Below, the pola distribusi of the unit's own
 * predikat kinerja organisasi (DistributionGuideline::rules) with the limits for its headcount and what it has.
 *
 * Signed by the head of the unit on the last day of the period (UnitHead: blank name line when the assignments
 * name nobody), with the date left to fill by hand. No status and no DRAFT watermark (the recap is not a workflow
 * document). The verification code's subject is the unit; the period id is in the fingerprint.
 */
class GradeRecapDocument
{
    Q_DECLARE_TR_FUNCTIONS(GradeRecapDocument)

public:
    /// Everything the document prints, read from the database.
    struct Content
    {
        OrgUnit unit; ///< the unit asked for
        QUuid periodId;
        AssessmentPeriod period;
        QList<GradeRecap::UnitLine> lines; ///< the unit (depth 0) and its sub-units with evaluations, tree order
        DistributionGuideline::Counts total; ///< the unit with all its sub-units
        std::optional<OrganizationGrade> organizationGrade; ///< the unit's own, for the period
        UnitHead signer;
        ReportAgency agency;
    };

    GradeRecapDocument() = delete;

    static Result<Content> load(const Database& database, const QUuid& unitId, const QUuid& periodId);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(
        const Database& database, const QUuid& unitId, const QUuid& periodId, const ReportOptions& options);

    /// "33,3%" or "80%" (Indonesian decimal comma, one decimal omitted for a whole percent); "0%" for no headcount.
    static QString shareText(int count, int headcount);
};

} // namespace kinerja
