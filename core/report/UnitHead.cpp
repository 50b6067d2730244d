// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/UnitHead.h"

#include "core/storage/EmployeeRepository.h"
#include "core/storage/PlanStarter.h"

namespace kinerja {

Result<UnitHead> UnitHead::of(const Database& database, const QUuid& unitId, const QString& unitName, QDate date)
{
    UnitHead head;
    head.role = QStringLiteral("Kepala %1").arg(unitName);
    const auto lines = PlanStarter(database).reportingLinesOn(date);
    if (!lines.ok())
        return lines.propagate<UnitHead>();
    const auto assignment = lines->headOf(unitId, date);
    if (!assignment)
        return head;
    const auto employee = EmployeeRepository(database).get(assignment->employeeId);
    if (!employee.ok())
        return employee.propagate<UnitHead>();
    if (!employee.value())
        return head;
    head.person = PersonSnapshot::of(employee.value()->employee, *assignment, unitName);
    if (!head.person.position.trimmed().isEmpty())
        head.role = head.person.position;
    return head;
}

} // namespace kinerja
