// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvidenceStore.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace kinerja {

class EvaluationCommandContext;

/**
 * Evidence that was just added (files stored by the worker thread, or a link): the first redo() only reports the
 * change, since the rows are stored already; undo() removes them (tombstones) and a later redo() adds them again
 * from the blobs still stored (EvidenceReattacher), without reading or hashing the files again.
 */
class AddEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEvidenceCommand)

public:
    /// `context` is not owned and must outlive the command. Precondition: `stored` is not empty, one evaluation.
    AddEvidenceCommand(
        EvaluationCommandContext& context, QList<EvidenceStore::Evidence> stored, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The rows as they are now (their ids change each time they are added again).
    const QList<EvidenceStore::Evidence>& evidence() const { return m_evidence; }

private:
    EvaluationCommandContext& m_context; // not owned
    QList<EvidenceStore::Evidence> m_evidence;
    bool m_stored = true; ///< the rows of m_evidence are live
};

} // namespace kinerja
