// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/SetApproachCommand.h"

namespace kinerja {

SetApproachCommand::SetApproachCommand(PlanDocument& document, PlanApproach approach)
    : PlanEditCommand(document)
{
    setText(tr("Change the approach"));
    auto plan = before();
    plan.approach = approach;
    setAfter(plan, {}, {});
}

} // namespace kinerja
