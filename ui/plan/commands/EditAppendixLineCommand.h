// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"
#include "ui/plan/commands/PlanEdits.h"

#include <QCoreApplication>

namespace kinerja {

/// Changes the text of one appendix line; typing in the same line merges into one step.
class EditAppendixLineCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAppendixLineCommand)

public:
    EditAppendixLineCommand(PlanDocument& document, AppendixSection section, int row, const QString& text);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    AppendixSection m_section;
    int m_row;
};

} // namespace kinerja
