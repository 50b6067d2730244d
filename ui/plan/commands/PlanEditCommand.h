// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"

#include <QUndoCommand>
#include <QUuid>

namespace kinerja {

class PlanDocument;

/**
 * The base of the plan page's undo commands (style.md R12): the plan's content before and after one edit.
 * redo() and undo() store the whole content through PlanDocument::apply() (one committed transaction each); a
 * failure makes the command obsolete (the stack drops it) and the document reports the reason. A subclass computes
 * the content after its edit from the document's current content in its constructor and calls setAfter(); a
 * command that changes nothing is obsolete at once and never reaches the stack.
 */
class PlanEditCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    /// The result or indicator to select after redo() / undo(); null for none.
    QUuid redoFocus() const { return m_redoFocus; }
    QUuid undoFocus() const { return m_undoFocus; }

protected:
    /// `document` is not owned and must outlive the command (the page owns both and clears the stack first).
    explicit PlanEditCommand(PlanDocument& document, QUndoCommand* parent = nullptr);

    void setAfter(const PerformancePlan& after, const QUuid& redoFocus, const QUuid& undoFocus);
    /// For mergeWith(): takes the other command's result as this one's.
    void mergeAfter(const PlanEditCommand& other);

    const PerformancePlan& before() const { return m_before; }
    const PerformancePlan& after() const { return m_after; }

private:
    void apply(const PerformancePlan& content, const QUuid& focus);

    PlanDocument& m_document;
    PerformancePlan m_before;
    PerformancePlan m_after;
    QUuid m_redoFocus;
    QUuid m_undoFocus;
};

} // namespace kinerja
