// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace kinerja {

/// Which employees EmployeeRepository::page() and count() see. Tombstoned employees are never seen.
struct EmployeeFilter
{
    /// Only the employees whose current unit is this one (not its sub-units); null for every unit.
    QUuid unitId;
    /// Case-insensitive (ASCII) part of the name, or the start of the NIP (digits, separators ignored); empty
    /// for everyone.
    QString text;
    /// Also list employees marked inactive.
    bool includeInactive = true;
};

} // namespace kinerja
