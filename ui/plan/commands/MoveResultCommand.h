// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Moves a work result up (delta -1) or down (+1) among the results of its kind.
class MoveResultCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveResultCommand)

public:
    MoveResultCommand(PlanDocument& document, const QUuid& resultId, int delta);
};

} // namespace kinerja
