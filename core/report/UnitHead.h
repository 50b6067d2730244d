// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/PersonSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Who signs a recap of a unit kerja (GradeRecapDocument, CompetencyRecapDocument): the head of the unit on a date,
 * as the assignments record it (ReportingLines::headOf: the Plh over the Plt over the definitive head). The role is
 * the head's jabatan as signed ("Plt. Kepala Dinas Pendidikan"); when the unit has no recorded head then, the role
 * is "Kepala <unit name>" and the person is empty, so the signature prints a blank name line to fill by hand.
 */
class UnitHead
{
    Q_DECLARE_TR_FUNCTIONS(UnitHead)

public:
    QString role; ///< the line above the signature
    PersonSnapshot person; ///< empty when nobody heads the unit on the date

    UnitHead() = default;

    /// The head of `unitId` (named `unitName`) on `date`. Fails only when the database cannot be read.
    static Result<UnitHead> of(const Database& database, const QUuid& unitId, const QString& unitName, QDate date);
};

} // namespace kinerja
