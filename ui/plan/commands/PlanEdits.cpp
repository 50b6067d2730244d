// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

qsizetype PlanEdits::resultIndex(const PerformancePlan& plan, const QUuid& resultId)
{
    for (qsizetype i = 0; i < plan.results.size(); ++i) {
        if (plan.results.at(i).id == resultId) {
            return i;
        }
    }
    return -1;
}

PlanEdits::IndicatorPosition PlanEdits::indicatorPosition(const PerformancePlan& plan, const QUuid& indicatorId)
{
    for (qsizetype r = 0; r < plan.results.size(); ++r) {
        const auto& indicators = plan.results.at(r).indicators;
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            if (indicators.at(i).id == indicatorId) {
                return {r, i};
            }
        }
    }
    return {};
}

QList<QUuid> PlanEdits::orderedResultIds(const PerformancePlan& plan, ResultKind kind)
{
    QList<QUuid> ids;
    for (const auto& result : plan.resultsOfKind(kind)) {
        ids.append(result.id);
    }
    return ids;
}

void PlanEdits::setResultOrder(PerformancePlan& plan, ResultKind kind, const QList<QUuid>& ids)
{
    for (auto& result : plan.results) {
        if (result.kind == kind) {
            result.order = static_cast<int>(ids.indexOf(result.id));
        }
    }
}

QStringList& PlanEdits::appendixLines(PlanAppendix& appendix, AppendixSection section)
{
    switch (section) {
    case AppendixSection::ResourceSupport:
        return appendix.resourceSupport;
    case AppendixSection::AccountabilityScheme:
        return appendix.accountabilityScheme;
    case AppendixSection::Consequences:
        break;
    }
    return appendix.consequences;
}

const QStringList& PlanEdits::appendixLines(const PlanAppendix& appendix, AppendixSection section)
{
    switch (section) {
    case AppendixSection::ResourceSupport:
        return appendix.resourceSupport;
    case AppendixSection::AccountabilityScheme:
        return appendix.accountabilityScheme;
    case AppendixSection::Consequences:
        break;
    }
    return appendix.consequences;
}

QString PlanEdits::appendixTitle(AppendixSection section)
{
    switch (section) {
    case AppendixSection::ResourceSupport:
        return PlanAppendix::resourceSupportTitle();
    case AppendixSection::AccountabilityScheme:
        return PlanAppendix::accountabilitySchemeTitle();
    case AppendixSection::Consequences:
        break;
    }
    return PlanAppendix::consequencesTitle();
}

} // namespace kinerja
