// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/PasteRealizationsCommand.h"

#include "ui/evaluation/commands/EvaluationCommandContext.h"

namespace kinerja {

PasteRealizationsCommand::PasteRealizationsCommand(
    EvaluationCommandContext& context, QList<RealizationChange> changes, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_changes(std::move(changes))
{
    setText(tr("Paste %n realization(s) from a spreadsheet", nullptr, static_cast<int>(m_changes.size())));
}

QUuid PasteRealizationsCommand::evaluationId() const
{
    return m_changes.isEmpty() ? QUuid() : m_changes.constFirst().evaluationId;
}

void PasteRealizationsCommand::redo()
{
    const auto& database = m_context.database();
    const auto author = m_context.authorId();
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (const auto applied = m_changes[i].apply(database, author); !applied) {
            for (qsizetype k = i - 1; k >= 0; --k) {
                (void)m_changes[k].revert(database, author);
            }
            setObsolete(true);
            m_context.notifyChanged(evaluationId());
            m_context.notifyFailed(applied.error());
            return;
        }
    }
    m_context.notifyChanged(evaluationId());
}

void PasteRealizationsCommand::undo()
{
    const auto& database = m_context.database();
    const auto author = m_context.authorId();
    for (qsizetype i = m_changes.size() - 1; i >= 0; --i) {
        if (const auto reverted = m_changes[i].revert(database, author); !reverted) {
            setObsolete(true);
            m_context.notifyChanged(evaluationId());
            m_context.notifyFailed(reverted.error());
            return;
        }
    }
    m_context.notifyChanged(evaluationId());
}

} // namespace kinerja
