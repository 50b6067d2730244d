// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PersonSnapshot.h"

#include "core/domain/Assignment.h"
#include "core/domain/Employee.h"

namespace kinerja {

PersonSnapshot PersonSnapshot::of(const Employee& employee, const Assignment& assignment, const QString& unitName)
{
    return of(employee, assignment.signatureTitle(), unitName);
}

PersonSnapshot PersonSnapshot::of(const Employee& employee, const QString& position, const QString& unitName)
{
    PersonSnapshot snapshot;
    snapshot.name = employee.fullName();
    snapshot.nip = employee.nip ? employee.nip->digits() : QString();
    snapshot.rank = employee.rank ? employee.rank->printable() : QString();
    snapshot.position = position;
    snapshot.unit = unitName;
    return snapshot;
}

} // namespace kinerja
