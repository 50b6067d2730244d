// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Sets (or, with a null parent, clears) the assessor result a main work result cascades from.
class SetCascadeCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCascadeCommand)

public:
    SetCascadeCommand(PlanDocument& document, const QUuid& resultId, const QUuid& parentResultId);
};

} // namespace kinerja
