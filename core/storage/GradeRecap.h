// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/DistributionGuideline.h"
#include "core/domain/EvaluationCadence.h"
#include "core/domain/OrganizationGrade.h"
#include "core/storage/CsvWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The distribution of predikat kinerja pegawai per unit kerja and period (domain.md 4.5, 8 item 9), for
 * `kinerja-cli export recap` and, later, the window's distribution view: plain values, no formatting.
 *
 * What is counted: the settled evaluations of the period (evaluation.finalized or evaluation.final, with a
 * predikat; evaluation.objected ones wait for the decision), each under the unit of its SKP (performance_plan.unit_id,
 * the unit when the SKP was started). An employee with two SKPs in the period (mutasi) counts once per SKP.
 *
 * Each unit's line counts the unit WITH all its sub-units (an OPD's line is the whole OPD), because the pola
 * distribusi applies to an organisation; so the lines do not add up, and the sheet's total counts every evaluation
 * of the scope once. Evaluations whose SKP has no unit count in the total only. Units appear in tree order (by sort
 * order, then name), only when they or their sub-units have an evaluation counted; tombstoned units are kept, so
 * that a past year is shown as its data has it.
 *
 * The predikat kinerja organisasi of a line is the one set for that unit and period (organization_grade), if any;
 * the line is then checked against DistributionGuideline (warnings only; the guideline never blocks).
 *
 * Reads only. The Database is not owned and must outlive this object.
 */
class GradeRecap
{
    Q_DECLARE_TR_FUNCTIONS(GradeRecap)

public:
    /// Which periods of the year.
    struct Selection
    {
        enum class Periods
        {
            All, ///< every period stored for the year: the periodic ones by start date, then the annual one
            Annual, ///< the annual (AKHIR) period
            Periodic ///< the periodic period `periodNumber` (of `cadence`, needed when the year has several)
        };
        int year = 0;
        Periods periods = Periods::All;
        int periodNumber = 0;
        std::optional<EvaluationCadence> cadence;
        QString unitCode; ///< empty for every unit
    };

    /// One unit: its own evaluations and those of its sub-units.
    struct UnitLine
    {
        QUuid unitId;
        QString code;
        QString name;
        QString parentCode; ///< empty for a root
        int depth = 0; ///< 0 for the top of the scope (a root, or the unit asked for)
        DistributionGuideline::Counts counts;
        std::optional<OrganizationGrade> organizationGrade;
        QList<DistributionGuideline::Warning> warnings; ///< empty when there is no organisation grade
        /// True when an organisation grade is set and the counts raise no warning.
        bool followsGuideline() const { return organizationGrade.has_value() && warnings.isEmpty(); }
    };

    /// One period.
    struct Sheet
    {
        QUuid periodId;
        AssessmentPeriod period; ///< the calendar period (label from the stored name)
        QString scopeCode; ///< the unit asked for; empty for every unit
        QString scopeName;
        QList<UnitLine> units;
        DistributionGuideline::Counts total; ///< every counted evaluation of the scope, once
    };

    explicit GradeRecap(const Database& database);

    /// The sheets of the selection. Fails with a translated message for a bad year, an unknown unit code, a period
    /// that is not stored, an ambiguous periodic number, or a read error.
    Result<QList<Sheet>> build(const Selection& selection) const;

    /// One period (as stored), for every unit or for the unit with `unitCode` and its sub-units.
    Result<Sheet> forPeriod(const AssessmentPeriod& period, const QString& unitCode = QString()) const;

    // ---- Official texts: the recap is an official paper, always in Indonesian (never translated). ----

    /// The column titles of a recap table: code, name, parent code, headcount, count and percentage per predikat,
    /// organisation grade, compliance, notes.
    static QStringList columnTitles();
    /// "Ya" when the line follows the guideline, "Tidak" when it raises warnings, empty without organisation grade.
    static QString complianceText(const UnitLine& line);
    /// The warnings of a line as Indonesian sentences, one per warning.
    static QStringList officialNotes(const UnitLine& line);
    /// One warning as an Indonesian sentence (the same content as DistributionGuideline's translated message).
    static QString officialNote(const DistributionGuideline::Warning& warning, OrganizationGrade organizationGrade);
    /// "Rekapitulasi Predikat Kinerja Pegawai Tahun 2025 Periode TRIWULAN I".
    static QString officialTitle(const Sheet& sheet);
    /// "Unit kerja: Dinas Pendidikan (1.01) beserta sub-unitnya" or "Unit kerja: seluruh unit kerja".
    static QString officialScope(const Sheet& sheet);
    /// The label of the totals line: "Jumlah".
    static QString totalLabel();

    /// count/headcount in tenths of a percent, rounded half up; 0 for an empty unit. 1 of 3 is 333 (33.3%).
    static int shareInTenths(int count, int headcount);

    /// Appends a CSV table for all sheets: "Tahun" and "Periode" columns, then columnTitles(); after the lines of
    /// each sheet, its totals line. Percentages have one decimal with the writer's decimal mark.
    static void write(const QList<Sheet>& sheets, CsvWriter& writer);

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
