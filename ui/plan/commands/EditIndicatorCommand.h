// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Indicator.h"
#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * Changes one field of an indicator: the editor passes the indicator as it should be. Typing in the same text field
 * (indicator, target, unit, narrative) of the same indicator merges into one step; choices (aspect, perspective,
 * direction) are steps of their own.
 */
class EditIndicatorCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditIndicatorCommand)

public:
    enum class Field
    {
        Aspect,
        Text,
        Target,
        Unit,
        Narrative,
        Perspective,
        Direction
    };

    EditIndicatorCommand(PlanDocument& document, Field field, const Indicator& changed);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_indicatorId;
    Field m_field;
};

} // namespace kinerja
