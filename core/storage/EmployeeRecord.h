// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Employee.h"
#include "core/domain/FunctionalLevel.h"
#include "core/domain/PositionKind.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * A row of the employee table: the domain Employee plus the current unit and jabatan that the table keeps next
 * to it for the first screens and the import (the dated history is the assignment table, see Assignment).
 * Storage-side because Employee deliberately has no unit or position.
 */
struct EmployeeRecord
{
    Employee employee;
    /// The current unit kerja; null when unknown.
    QUuid unitId;
    /// The jabatan as written ("Analis SDM Aparatur Ahli Muda"); may be empty.
    QString positionTitle;
    std::optional<PositionKind> positionKind;
    /// The jenjang of a jabatan fungsional, when known.
    std::optional<FunctionalLevel> functionalLevel;
    /// TMT golongan: since when the employee holds the rank; invalid when unknown.
    QDate rankSince;

    friend bool operator==(const EmployeeRecord&, const EmployeeRecord&) = default;
};

} // namespace kinerja
