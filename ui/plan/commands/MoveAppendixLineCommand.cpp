// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/MoveAppendixLineCommand.h"

namespace kinerja {

MoveAppendixLineCommand::MoveAppendixLineCommand(PlanDocument& document, AppendixSection section, int row, int delta)
    : PlanEditCommand(document)
{
    setText(delta < 0 ? tr("Move appendix line up") : tr("Move appendix line down"));
    auto plan = before();
    auto& lines = PlanEdits::appendixLines(plan.appendix, section);
    const int to = row + delta;
    if (row < 0 || row >= lines.size() || to < 0 || to >= lines.size()) {
        return;
    }
    lines.move(row, to);
    setAfter(plan, {}, {});
}

} // namespace kinerja
