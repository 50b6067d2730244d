// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"
#include "ui/plan/commands/PlanEdits.h"

#include <QCoreApplication>

namespace kinerja {

/// Moves one appendix line up (delta -1) or down (+1) in its list.
class MoveAppendixLineCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAppendixLineCommand)

public:
    MoveAppendixLineCommand(PlanDocument& document, AppendixSection section, int row, int delta);
};

} // namespace kinerja
