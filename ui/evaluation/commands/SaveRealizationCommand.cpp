// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/SaveRealizationCommand.h"

#include "ui/evaluation/commands/EvaluationCommandContext.h"
#include "ui/evaluation/commands/EvaluationCommandId.h"

namespace kinerja {

SaveRealizationCommand::SaveRealizationCommand(EvaluationCommandContext& context,
    RealizationChange change,
    Field field,
    const QString& indicatorNumber,
    QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_change(std::move(change))
    , m_field(field)
{
    setText(field == Field::ActionPlan ? tr("Change the action plan of indicator %1").arg(indicatorNumber)
                                       : tr("Change the realization of indicator %1").arg(indicatorNumber));
}

void SaveRealizationCommand::redo()
{
    if (const auto applied = m_change.apply(m_context.database(), m_context.authorId()); !applied) {
        setObsolete(true);
        m_context.notifyFailed(applied.error());
        return;
    }
    m_context.notifyChanged(m_change.evaluationId);
}

void SaveRealizationCommand::undo()
{
    if (const auto reverted = m_change.revert(m_context.database(), m_context.authorId()); !reverted) {
        setObsolete(true);
        m_context.notifyFailed(reverted.error());
        return;
    }
    m_context.notifyChanged(m_change.evaluationId);
}

int SaveRealizationCommand::id() const
{
    return static_cast<int>(EvaluationCommandId::SaveRealization);
}

bool SaveRealizationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SaveRealizationCommand*>(other);
    if (!next || next->isObsolete() || next->m_field != m_field || next->m_change.evaluationId != m_change.evaluationId
        || next->m_change.after.indicatorId != m_change.after.indicatorId
        || next->m_change.after.workResultId != m_change.after.workResultId) {
        return false;
    }
    m_change.after = next->m_change.after;
    m_change.storedId = next->m_change.storedId;
    // Typing back what was there: nothing is left to undo.
    if (m_change.before) {
        auto restored = m_change.after;
        restored.id = m_change.before->id;
        setObsolete(restored == *m_change.before);
    }
    return true;
}

} // namespace kinerja
