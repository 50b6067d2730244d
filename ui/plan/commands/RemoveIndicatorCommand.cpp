// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/RemoveIndicatorCommand.h"

#include "ui/plan/commands/PlanEdits.h"

#include <algorithm>

namespace kinerja {

RemoveIndicatorCommand::RemoveIndicatorCommand(PlanDocument& document, const QUuid& indicatorId)
    : PlanEditCommand(document)
{
    setText(tr("Remove indicator"));
    auto plan = before();
    const auto position = PlanEdits::indicatorPosition(plan, indicatorId);
    if (!position.isValid()) {
        return;
    }
    auto& result = plan.results[position.result];
    result.indicators.removeAt(position.indicator);
    // The neighbour takes the selection: the next indicator, else the one before, else the result.
    QUuid neighbour = result.id;
    if (!result.indicators.isEmpty()) {
        neighbour = result.indicators.at(std::min(position.indicator, result.indicators.size() - 1)).id;
    }
    setAfter(plan, neighbour, indicatorId);
}

} // namespace kinerja
