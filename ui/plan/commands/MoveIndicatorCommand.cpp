// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/MoveIndicatorCommand.h"

#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

MoveIndicatorCommand::MoveIndicatorCommand(PlanDocument& document, const QUuid& indicatorId, int delta)
    : PlanEditCommand(document)
{
    setText(delta < 0 ? tr("Move indicator up") : tr("Move indicator down"));
    auto plan = before();
    const auto position = PlanEdits::indicatorPosition(plan, indicatorId);
    if (!position.isValid()) {
        return;
    }
    auto& indicators = plan.results[position.result].indicators;
    const auto to = position.indicator + delta;
    if (to < 0 || to >= indicators.size()) {
        return;
    }
    indicators.move(position.indicator, to);
    setAfter(plan, indicatorId, indicatorId);
}

} // namespace kinerja
