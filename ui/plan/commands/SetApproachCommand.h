// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PlanApproach.h"
#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Changes the pendekatan (quantitative or qualitative) of the plan.
class SetApproachCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetApproachCommand)

public:
    SetApproachCommand(PlanDocument& document, PlanApproach approach);
};

} // namespace kinerja
