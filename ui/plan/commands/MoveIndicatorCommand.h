// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Moves an indicator up (delta -1) or down (+1) within its work result.
class MoveIndicatorCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveIndicatorCommand)

public:
    MoveIndicatorCommand(PlanDocument& document, const QUuid& indicatorId, int delta);
};

} // namespace kinerja
