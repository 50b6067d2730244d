// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/AddIndicatorCommand.h"

#include "core/storage/Uuid.h"
#include "ui/plan/commands/PlanEdits.h"

#include <algorithm>

namespace kinerja {

AddIndicatorCommand::AddIndicatorCommand(PlanDocument& document, const QUuid& resultId, const QUuid& afterIndicatorId)
    : PlanEditCommand(document)
    , m_indicatorId(Uuid::createV7())
{
    setText(tr("Add indicator"));
    auto plan = before();
    const auto index = PlanEdits::resultIndex(plan, resultId);
    if (index < 0) {
        return;
    }
    auto& indicators = plan.results[index].indicators;
    Indicator indicator;
    indicator.id = m_indicatorId;
    indicator.text = QStringLiteral("");
    indicator.unit = QStringLiteral("");
    for (const auto aspect : allIndicatorAspects()) {
        const bool used = std::any_of(indicators.cbegin(), indicators.cend(),
            [aspect](const Indicator& existing) { return existing.aspect == aspect; });
        if (!used) {
            indicator.aspect = aspect;
            break;
        }
    }
    qsizetype position = indicators.size();
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        if (indicators.at(i).id == afterIndicatorId) {
            position = i + 1;
        }
    }
    indicators.insert(position, indicator);
    setAfter(plan, m_indicatorId, afterIndicatorId.isNull() ? resultId : afterIndicatorId);
}

} // namespace kinerja
