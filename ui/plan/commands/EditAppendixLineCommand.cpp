// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/EditAppendixLineCommand.h"

#include "ui/plan/commands/PlanCommandIds.h"

namespace kinerja {

EditAppendixLineCommand::EditAppendixLineCommand(
    PlanDocument& document, AppendixSection section, int row, const QString& text)
    : PlanEditCommand(document)
    , m_section(section)
    , m_row(row)
{
    setText(tr("Edit appendix line"));
    auto plan = before();
    auto& lines = PlanEdits::appendixLines(plan.appendix, section);
    if (row < 0 || row >= lines.size()) {
        return;
    }
    lines[row] = text.isNull() ? QStringLiteral("") : text;
    setAfter(plan, {}, {});
}

int EditAppendixLineCommand::id() const
{
    return EditAppendixLineCommandId;
}

bool EditAppendixLineCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const EditAppendixLineCommand*>(other);
    if (!edit || edit->m_section != m_section || edit->m_row != m_row) {
        return false;
    }
    mergeAfter(*edit);
    return true;
}

} // namespace kinerja
