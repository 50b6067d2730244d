// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ResultKind.h"
#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Adds an empty work result of one kind, after `afterResultId` (a result of the same kind) or at the end.
class AddResultCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddResultCommand)

public:
    AddResultCommand(PlanDocument& document, ResultKind kind, const QUuid& afterResultId = {});

    /// The id of the new result.
    QUuid resultId() const { return m_resultId; }

private:
    QUuid m_resultId;
};

} // namespace kinerja
