// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/AddAppendixLineCommand.h"

#include <algorithm>

namespace kinerja {

AddAppendixLineCommand::AddAppendixLineCommand(
    PlanDocument& document, AppendixSection section, int row, const QString& text)
    : PlanEditCommand(document)
{
    setText(tr("Add appendix line"));
    auto plan = before();
    auto& lines = PlanEdits::appendixLines(plan.appendix, section);
    m_row = std::clamp(row, 0, static_cast<int>(lines.size()));
    lines.insert(m_row, text.isNull() ? QStringLiteral("") : text);
    setAfter(plan, {}, {});
}

} // namespace kinerja
