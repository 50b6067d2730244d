// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/DistributionGuideline.h"

#include <QCoreApplication>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The distribution of predikat kinerja pegawai of one unit kerja in one period (domain.md 4.5), for the personnel
 * office's organisation grade page and the assessor's "distribution beside the rating": one query, no formatting.
 *
 * Which employees: the evaluations of the period whose SKP belongs to the unit (performance_plan.unit_id, the unit
 * when the SKP was started, as GradeRecap counts), by default WITH every unit under it (Scope::WithSubUnits),
 * because the pola distribusi applies to an organisation and small units are judged at the level of their OPD
 * (DistributionGuideline's class comment): ask for OrgTree::opdOf(unit) with sub-units to get the OPD's line.
 * Scope::UnitOnly counts the unit's own SKPs alone. Tombstoned sub-units are included (a past period may point to
 * them), as in GradeRecap. An employee with two SKPs in the period (mutasi) counts once per SKP.
 *
 * What is counted:
 *  - headcount: every live evaluation of the period of those SKPs, rated or not (not filled, submitted, returned,
 *    rated, finalized, objected, final): the people the unit has to rate;
 *  - counts: the evaluations that have a predikat now (status rated, finalized, objected or final), per predikat:
 *    the distribution the guideline is checked against while rating goes on;
 *  - settledCounts: only the finalized and final ones (evaluation.objected waits for the decision), exactly what
 *    the official recap (GradeRecap, `kinerja-cli export recap`) counts.
 *
 * Speed: the unit's sub-tree comes from a recursive query over org_unit (index org_unit_parent), then each unit's
 * SKPs of the period's year (index performance_plan_unit_year) and their evaluation of the period (the unique
 * (plan_id, period_id) index), so the cost follows the unit's size, not the file's (docs/benchmarks.md,
 * "Personnel office: distribution"). Reads only; the Database is not owned and must outlive this object.
 */
class UnitDistribution
{
    Q_DECLARE_TR_FUNCTIONS(UnitDistribution)

public:
    enum class Scope
    {
        UnitOnly, ///< the SKPs of the unit itself
        WithSubUnits ///< the unit and every unit under it (an OPD's line is the whole OPD)
    };

    struct Distribution
    {
        QUuid unitId;
        QUuid periodId;
        Scope scope = Scope::WithSubUnits;
        int headcount = 0; ///< evaluations of the period, rated or not
        DistributionGuideline::Counts counts; ///< with a predikat now (rated, finalized, objected, final)
        DistributionGuideline::Counts settledCounts; ///< finalized or final only
        /// The evaluations with a predikat: counts.total().
        int rated() const { return counts.total(); }
    };

    /// `database` is not owned and must outlive this object.
    explicit UnitDistribution(const Database& database);

    /// The distribution; fails with a translated message for a period or unit that is not stored, or a read error.
    Result<Distribution> of(const QUuid& unitId, const QUuid& periodId, Scope scope = Scope::WithSubUnits) const;

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
