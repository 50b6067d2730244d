// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/SetCascadeCommand.h"

#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

SetCascadeCommand::SetCascadeCommand(PlanDocument& document, const QUuid& resultId, const QUuid& parentResultId)
    : PlanEditCommand(document)
{
    setText(parentResultId.isNull() ? tr("Clear the cascade") : tr("Choose the result cascaded from"));
    auto plan = before();
    const auto index = PlanEdits::resultIndex(plan, resultId);
    if (index < 0) {
        return;
    }
    plan.results[index].parentResultId = parentResultId;
    setAfter(plan, resultId, resultId);
}

} // namespace kinerja
