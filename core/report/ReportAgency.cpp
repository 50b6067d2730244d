// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportAgency.h"

#include "core/storage/OrgUnitRepository.h"

namespace kinerja {

QString ReportAgency::line() const
{
    QStringList parts;
    if (!instansi.isEmpty())
        parts << instansi.toUpper();
    if (!opd.isEmpty())
        parts << opd.toUpper();
    return parts.join(QStringLiteral(" / "));
}

Result<ReportAgency> ReportAgency::of(const Database& database, const QUuid& unitId)
{
    ReportAgency agency;
    if (unitId.isNull())
        return agency;
    const OrgUnitRepository units(database);
    QList<OrgUnit> chain; // from the unit up to the root
    QUuid next = unitId;
    while (!next.isNull() && chain.size() < 32) {
        const auto unit = units.get(next);
        if (!unit.ok())
            return unit.propagate<ReportAgency>();
        if (!unit.value())
            break;
        chain.append(*unit.value());
        next = unit.value()->parentId;
    }
    if (chain.isEmpty())
        return agency;
    const OrgUnit& root = chain.constLast();
    agency.instansi = root.isRoot() ? root.name : QString();
    const OrgUnit* opd = nullptr;
    for (const OrgUnit& unit : chain) {
        if (unit.kind == OrgUnit::Kind::Opd)
            opd = &unit;
    }
    if (!opd && chain.size() >= 2)
        opd = &chain.at(chain.size() - 2); // the unit just below the instansi
    if (opd) {
        agency.opd = opd->name;
        agency.opdId = opd->id;
        agency.address = opd->address;
    }
    const QString kop = opd && !opd->letterhead.trimmed().isEmpty() ? opd->letterhead : root.letterhead;
    for (const QString& line : kop.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            agency.letterhead << line.trimmed();
    }
    return agency;
}

} // namespace kinerja
