// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/commands/RealizationChange.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class EvaluationCommandContext;

/**
 * Records the action plan or the realisation of one indicator (EvaluationRepository::saveRealization), stored at
 * once. Undo writes the previous row back, or removes the row the command added. Consecutive edits of the same
 * field of the same indicator merge into one step. A refused write makes the command obsolete and is reported
 * through the context.
 */
class SaveRealizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveRealizationCommand)

public:
    enum class Field
    {
        ActionPlan,
        Realization
    };

    /// `context` is not owned and must outlive the command.
    SaveRealizationCommand(EvaluationCommandContext& context,
        RealizationChange change,
        Field field,
        const QString& indicatorNumber,
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const RealizationChange& change() const { return m_change; }

private:
    EvaluationCommandContext& m_context; // not owned
    RealizationChange m_change;
    Field m_field;
};

} // namespace kinerja
