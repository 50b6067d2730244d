// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * Adds an empty indicator to a work result, after `afterIndicatorId` or at the end. Its aspect is the first of
 * Kuantitas, Kualitas, Waktu, Biaya that the result does not use yet (one IKI per aspect is the usual practice).
 */
class AddIndicatorCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddIndicatorCommand)

public:
    AddIndicatorCommand(PlanDocument& document, const QUuid& resultId, const QUuid& afterIndicatorId = {});

    /// The id of the new indicator.
    QUuid indicatorId() const { return m_indicatorId; }

private:
    QUuid m_indicatorId;
};

} // namespace kinerja
