// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CompetencySummary.h"
#include "core/domain/OrgUnit.h"
#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/UnitHead.h"
#include "core/storage/EmployeeRecord.h"

#include <QCoreApplication>
#include <QList>

namespace kinerja {

class Database;

/**
 * The "REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI" of a unit kerja with its sub-units for one year (domain.md 7:
 * at least 20 JP a year), portrait: the active employees whose current unit is in the unit's tree, grouped under
 * their unit (tree order, by sort order then name; the employees by name), one row each: NO | NAMA / NIP | JABATAN |
 * JP KLASIKAL | JP NON-KLASIKAL | JUMLAH JP | KETERANGAN ("Memenuhi" or "Kurang N JP"), from CompetencySummary.
 * Then a JUMLAH line and a summary: how many employees reach 20 JP.
 *
 * The employees are those of the unit NOW (the employee table's current unit), also for a past year: the
 * assignment history is not consulted. Inactive employees are left out.
 *
 * Signed by the head of the unit on 31 December of the year (UnitHead: a blank name line when the assignments name
 * nobody), with the date left to fill by hand. No status and no DRAFT watermark. The verification code's subject is
 * the unit; the year is in the fingerprint.
 */
class CompetencyRecapDocument
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyRecapDocument)

public:
    /// One employee's line.
    struct Row
    {
        EmployeeRecord employee;
        CompetencySummary summary;
    };

    /// The employees of one unit of the tree.
    struct UnitGroup
    {
        OrgUnit unit;
        int depth = 0; ///< 0 for the unit asked for
        QList<Row> rows; ///< by name
    };

    /// Everything the document prints, read from the database.
    struct Content
    {
        OrgUnit unit; ///< the unit asked for
        int year = 0;
        QList<UnitGroup> groups; ///< tree order; only units with employees
        UnitHead signer;
        ReportAgency agency;

        int employeeCount() const;
        /// The employees with at least 20 JP.
        int metCount() const;
    };

    CompetencyRecapDocument() = delete;

    static Result<Content> load(const Database& database, const QUuid& unitId, int year);
    static ReportDocument build(const Content& content, const ReportOptions& options);
    static Result<ReportDocument> build(
        const Database& database, const QUuid& unitId, int year, const ReportOptions& options);

    /// "Memenuhi" or "Kurang 6 JP".
    static QString noteText(const CompetencySummary& summary);
};

} // namespace kinerja
