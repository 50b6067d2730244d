// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvidenceStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class EvaluationCommandContext;

/**
 * Removes one piece of evidence (a tombstone: nothing users made is deleted). Undo adds it again from the blob
 * that stays stored (EvidenceReattacher), under a new id that the next redo() removes.
 */
class RemoveEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEvidenceCommand)

public:
    /// `context` is not owned and must outlive the command.
    RemoveEvidenceCommand(
        EvaluationCommandContext& context, EvidenceStore::Evidence evidence, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The row as it is now (its id changes each time it is added again).
    const EvidenceStore::Evidence& evidence() const { return m_evidence; }

private:
    EvaluationCommandContext& m_context; // not owned
    EvidenceStore::Evidence m_evidence;
};

} // namespace kinerja
