// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/EditResultCommand.h"

#include "ui/plan/commands/PlanCommandIds.h"
#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

EditResultCommand::EditResultCommand(PlanDocument& document, const QUuid& resultId, Field field, const QString& value)
    : PlanEditCommand(document)
    , m_resultId(resultId)
    , m_field(field)
{
    setText(tr("Edit work result"));
    auto plan = before();
    const auto index = PlanEdits::resultIndex(plan, resultId);
    if (index < 0) {
        return;
    }
    auto& result = plan.results[index];
    switch (field) {
    case Field::Text:
        result.text = value;
        break;
    case Field::IntervenedText:
        result.intervenedText = value;
        break;
    case Field::AssignedBy:
        result.assignedBy = value;
        break;
    }
    setAfter(plan, resultId, resultId);
}

int EditResultCommand::id() const
{
    switch (m_field) {
    case Field::Text:
        return EditResultTextCommandId;
    case Field::IntervenedText:
        return EditResultIntervenedTextCommandId;
    case Field::AssignedBy:
        break;
    }
    return EditResultAssignedByCommandId;
}

bool EditResultCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const EditResultCommand*>(other);
    if (!edit || edit->m_resultId != m_resultId || edit->m_field != m_field) {
        return false;
    }
    mergeAfter(*edit);
    return true;
}

} // namespace kinerja
