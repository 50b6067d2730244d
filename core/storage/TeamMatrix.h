// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The matriks peran hasil of a Pejabat Penilai Kinerja for a year (issue 5, "Team matrix"; domain.md 2.3 on
 * cascading): each work result of the assessor's own SKPs of the year with the main results of their people that
 * cascade from it (work_result.parent_result_id), the assessor's results that nobody carries, and the people's main
 * results that cascade from none of them. "Their people" are the owners of the year's SKPs whose assessor slot the
 * person fills today (AssessorSlots). Read-only; deleted SKPs and results are left out.
 */
class TeamMatrix
{
    Q_DECLARE_TR_FUNCTIONS(TeamMatrix)

public:
    /// A main result of one of the people.
    struct Carried
    {
        QUuid resultId;
        QUuid employeeId;
        QString employeeName; ///< the SKP's snapshot, with titles
        QString text;
    };

    /// A result of the assessor's own SKP with the people's results that cascade from it.
    struct Row
    {
        QUuid resultId;
        QString text;
        bool additional = false; ///< a hasil kerja tambahan
        QList<Carried> carriedBy; ///< by name
    };

    struct Matrix
    {
        QList<Row> rows; ///< the assessor's results: main ones first, each kind in the SKP's order
        QList<Carried> unlinked; ///< the people's main results that cascade from none of the rows, by name
        int people = 0; ///< the people with a main result in an SKP of the year
        /// The main results of the assessor that nobody carries (additional results are not cascaded).
        int uncarried() const;
    };

    /// `database` is not owned and must outlive this object.
    explicit TeamMatrix(const Database& database);

    Result<Matrix> of(const QUuid& assessorId, int year, QDate today) const;

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
