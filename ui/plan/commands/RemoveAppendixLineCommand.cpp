// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/RemoveAppendixLineCommand.h"

namespace kinerja {

RemoveAppendixLineCommand::RemoveAppendixLineCommand(PlanDocument& document, AppendixSection section, int row)
    : PlanEditCommand(document)
{
    setText(tr("Remove appendix line"));
    auto plan = before();
    auto& lines = PlanEdits::appendixLines(plan.appendix, section);
    if (row < 0 || row >= lines.size()) {
        return;
    }
    lines.removeAt(row);
    setAfter(plan, {}, {});
}

} // namespace kinerja
