// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/AddEvidenceCommand.h"

#include "core/storage/EvidenceReattacher.h"
#include "ui/evaluation/commands/EvaluationCommandContext.h"

namespace kinerja {

AddEvidenceCommand::AddEvidenceCommand(
    EvaluationCommandContext& context, QList<EvidenceStore::Evidence> stored, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_evidence(std::move(stored))
{
    if (m_evidence.size() == 1) {
        setText(m_evidence.constFirst().url.isEmpty()
                ? tr("Attach the file \"%1\"").arg(m_evidence.constFirst().fileName)
                : tr("Add the link \"%1\"").arg(m_evidence.constFirst().title));
    } else {
        setText(tr("Attach %n evidence file(s)", nullptr, static_cast<int>(m_evidence.size())));
    }
}

void AddEvidenceCommand::redo()
{
    const auto evaluationId = m_evidence.isEmpty() ? QUuid() : m_evidence.constFirst().evaluationId;
    if (!m_stored) {
        EvidenceReattacher reattacher(m_context.database());
        for (auto& evidence : m_evidence) {
            const auto added = reattacher.reattach(evidence, m_context.authorId());
            if (!added) {
                setObsolete(true);
                m_context.notifyChanged(evaluationId);
                m_context.notifyFailed(added.error());
                return;
            }
            evidence = added.value();
        }
        m_stored = true;
    }
    m_context.notifyChanged(evaluationId);
}

void AddEvidenceCommand::undo()
{
    const auto evaluationId = m_evidence.isEmpty() ? QUuid() : m_evidence.constFirst().evaluationId;
    EvidenceStore store(m_context.database());
    for (const auto& evidence : std::as_const(m_evidence)) {
        const auto removed = store.tombstone(evidence.id, m_context.authorId());
        if (!removed) {
            setObsolete(true);
            m_context.notifyChanged(evaluationId);
            m_context.notifyFailed(removed.error());
            return;
        }
    }
    m_stored = false;
    m_context.notifyChanged(evaluationId);
}

} // namespace kinerja
