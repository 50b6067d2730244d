// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Removes an indicator from its work result.
class RemoveIndicatorCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveIndicatorCommand)

public:
    RemoveIndicatorCommand(PlanDocument& document, const QUuid& indicatorId);
};

} // namespace kinerja
