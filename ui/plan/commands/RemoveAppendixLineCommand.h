// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"
#include "ui/plan/commands/PlanEdits.h"

#include <QCoreApplication>

namespace kinerja {

/// Removes one line of one list of the appendix.
class RemoveAppendixLineCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAppendixLineCommand)

public:
    RemoveAppendixLineCommand(PlanDocument& document, AppendixSection section, int row);
};

} // namespace kinerja
