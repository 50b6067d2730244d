// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/PlanEditCommand.h"

#include "ui/plan/PlanDocument.h"

namespace kinerja {

PlanEditCommand::PlanEditCommand(PlanDocument& document, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    if (document.isOpen()) {
        m_before = document.plan();
    }
    m_after = m_before;
    setObsolete(true); // until setAfter() gives a change
}

void PlanEditCommand::setAfter(const PerformancePlan& after, const QUuid& redoFocus, const QUuid& undoFocus)
{
    m_after = after;
    m_redoFocus = redoFocus;
    m_undoFocus = undoFocus;
    setObsolete(!m_document.isOpen() || m_after == m_before);
}

void PlanEditCommand::mergeAfter(const PlanEditCommand& other)
{
    m_after = other.m_after;
    m_redoFocus = other.m_redoFocus;
    setObsolete(m_after == m_before);
}

void PlanEditCommand::redo()
{
    apply(m_after, m_redoFocus);
}

void PlanEditCommand::undo()
{
    apply(m_before, m_undoFocus);
}

void PlanEditCommand::apply(const PerformancePlan& content, const QUuid& focus)
{
    if (!m_document.isOpen() || m_document.plan().id != m_before.id || !m_document.apply(content, focus)) {
        setObsolete(true);
    }
}

} // namespace kinerja
