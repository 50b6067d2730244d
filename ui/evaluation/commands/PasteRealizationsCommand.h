// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/commands/RealizationChange.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace kinerja {

class EvaluationCommandContext;

/**
 * The valid rows of a spreadsheet paste, applied as one step: redo() writes every change in row order, undo()
 * reverts them in reverse order. When a write fails half-way, the changes already written by that call are
 * reverted, the command becomes obsolete and the error is reported through the context, so that stored data is
 * either fully pasted or as before.
 */
class PasteRealizationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasteRealizationsCommand)

public:
    /// `context` is not owned and must outlive the command. Precondition: all changes are for one evaluation.
    PasteRealizationsCommand(
        EvaluationCommandContext& context, QList<RealizationChange> changes, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    qsizetype size() const { return m_changes.size(); }

private:
    QUuid evaluationId() const;

    EvaluationCommandContext& m_context; // not owned
    QList<RealizationChange> m_changes;
};

} // namespace kinerja
