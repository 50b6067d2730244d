// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/MoveResultCommand.h"

#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

MoveResultCommand::MoveResultCommand(PlanDocument& document, const QUuid& resultId, int delta)
    : PlanEditCommand(document)
{
    setText(delta < 0 ? tr("Move work result up") : tr("Move work result down"));
    auto plan = before();
    const auto index = PlanEdits::resultIndex(plan, resultId);
    if (index < 0) {
        return;
    }
    const auto kind = plan.results.at(index).kind;
    auto ids = PlanEdits::orderedResultIds(plan, kind);
    const auto from = ids.indexOf(resultId);
    const auto to = from + delta;
    if (to < 0 || to >= ids.size()) {
        return;
    }
    ids.move(from, to);
    PlanEdits::setResultOrder(plan, kind, ids);
    setAfter(plan, resultId, resultId);
}

} // namespace kinerja
