// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/EditIndicatorCommand.h"

#include "ui/plan/commands/PlanCommandIds.h"
#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

EditIndicatorCommand::EditIndicatorCommand(PlanDocument& document, Field field, const Indicator& changed)
    : PlanEditCommand(document)
    , m_indicatorId(changed.id)
    , m_field(field)
{
    setText(tr("Edit indicator"));
    auto plan = before();
    const auto position = PlanEdits::indicatorPosition(plan, changed.id);
    if (!position.isValid()) {
        return;
    }
    plan.results[position.result].indicators[position.indicator] = changed;
    setAfter(plan, changed.id, changed.id);
}

int EditIndicatorCommand::id() const
{
    switch (m_field) {
    case Field::Text:
        return EditIndicatorTextCommandId;
    case Field::Target:
        return EditIndicatorTargetCommandId;
    case Field::Unit:
        return EditIndicatorUnitCommandId;
    case Field::Narrative:
        return EditIndicatorNarrativeCommandId;
    case Field::Aspect:
    case Field::Perspective:
    case Field::Direction:
        break;
    }
    return -1;
}

bool EditIndicatorCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const EditIndicatorCommand*>(other);
    if (!edit || edit->m_indicatorId != m_indicatorId || edit->m_field != m_field) {
        return false;
    }
    mergeAfter(*edit);
    return true;
}

} // namespace kinerja
