// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/RemoveResultCommand.h"

#include "ui/plan/commands/PlanEdits.h"

#include <algorithm>

namespace kinerja {

RemoveResultCommand::RemoveResultCommand(PlanDocument& document, const QUuid& resultId)
    : PlanEditCommand(document)
{
    setText(tr("Remove work result"));
    auto plan = before();
    const auto index = PlanEdits::resultIndex(plan, resultId);
    if (index < 0) {
        return;
    }
    const auto kind = plan.results.at(index).kind;
    auto ids = PlanEdits::orderedResultIds(plan, kind);
    const auto position = ids.indexOf(resultId);
    ids.removeAt(position);
    plan.results.removeAt(index);
    PlanEdits::setResultOrder(plan, kind, ids);
    // The neighbour takes the selection: the next result, else the one before.
    const QUuid neighbour = ids.isEmpty() ? QUuid() : ids.at(std::min(position, ids.size() - 1));
    setAfter(plan, neighbour, resultId);
}

} // namespace kinerja
