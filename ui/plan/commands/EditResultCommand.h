// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEditCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// Changes one text of a work result; typing in the same field of the same result merges into one step.
class EditResultCommand : public PlanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditResultCommand)

public:
    enum class Field
    {
        Text, ///< the RHK
        IntervenedText, ///< what is intervened when the parent is outside the system
        AssignedBy ///< "Penugasan dari ..."
    };

    EditResultCommand(PlanDocument& document, const QUuid& resultId, Field field, const QString& value);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_resultId;
    Field m_field;
};

} // namespace kinerja
