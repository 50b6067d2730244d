// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Removes a work result with its indicators.
class RemoveResultCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveResultCommand)

public:
    RemoveResultCommand(PlanDocument& document, const QUuid& resultId);
};

} // namespace kinerja
