// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"
#include "ui/plan/commands/PlanEdits.h"

#include <QCoreApplication>

namespace kinerja {

/// Inserts a line into one list of the appendix at `row` (clamped to the list).
class AddAppendixLineCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAppendixLineCommand)

public:
    AddAppendixLineCommand(PlanDocument& document, AppendixSection section, int row, const QString& text);

    /// Where the line went.
    int row() const { return m_row; }

private:
    int m_row = 0;
};

} // namespace kinerja
