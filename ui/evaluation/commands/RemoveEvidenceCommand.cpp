// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/RemoveEvidenceCommand.h"

#include "core/storage/EvidenceReattacher.h"
#include "ui/evaluation/commands/EvaluationCommandContext.h"

namespace kinerja {

RemoveEvidenceCommand::RemoveEvidenceCommand(
    EvaluationCommandContext& context, EvidenceStore::Evidence evidence, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_evidence(std::move(evidence))
{
    setText(tr("Remove the evidence \"%1\"").arg(m_evidence.title));
}

void RemoveEvidenceCommand::redo()
{
    if (const auto removed = EvidenceStore(m_context.database()).tombstone(m_evidence.id, m_context.authorId());
        !removed) {
        setObsolete(true);
        m_context.notifyFailed(removed.error());
        return;
    }
    m_context.notifyChanged(m_evidence.evaluationId);
}

void RemoveEvidenceCommand::undo()
{
    const auto added = EvidenceReattacher(m_context.database()).reattach(m_evidence, m_context.authorId());
    if (!added) {
        setObsolete(true);
        m_context.notifyFailed(added.error());
        return;
    }
    m_evidence = added.value();
    m_context.notifyChanged(m_evidence.evaluationId);
}

} // namespace kinerja
