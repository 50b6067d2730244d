// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PlanApproach.h"

namespace kinerja {

QList<PlanApproach> allPlanApproaches()
{
    return {PlanApproach::Quantitative, PlanApproach::Qualitative};
}

QString officialName(PlanApproach approach)
{
    switch (approach) {
    case PlanApproach::Quantitative:
        return QStringLiteral("KUANTITATIF");
    case PlanApproach::Qualitative:
        return QStringLiteral("KUALITATIF");
    }
    return {};
}

std::optional<PlanApproach> planApproachFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const PlanApproach approach : allPlanApproaches()) {
        if (key.compare(officialName(approach), Qt::CaseInsensitive) == 0)
            return approach;
    }
    return std::nullopt;
}

} // namespace kinerja
