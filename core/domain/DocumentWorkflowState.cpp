// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentWorkflowState.h"

#include <utility>

namespace kinerja {

DocumentWorkflowState::DocumentWorkflowState(
    const QUuid& documentId, DocumentKind kind, WorkflowState confirmedState, QList<WorkflowCommandRecord> commands)
    : m_documentId(documentId)
    , m_kind(kind)
    , m_confirmedState(confirmedState)
    , m_commands(std::move(commands))
{ }

WorkflowState DocumentWorkflowState::effectiveState() const
{
    auto state = m_confirmedState;
    for (const auto& command : m_commands) {
        if (command.status == CommandStatus::Pending && command.from == state) {
            state = command.to;
        }
    }
    return state;
}

bool DocumentWorkflowState::hasPending() const
{
    return !pendingCommands().isEmpty();
}

QList<WorkflowCommandRecord> DocumentWorkflowState::pendingCommands() const
{
    QList<WorkflowCommandRecord> pending;
    for (const auto& command : m_commands) {
        if (command.status == CommandStatus::Pending) {
            pending.append(command);
        }
    }
    return pending;
}

bool DocumentWorkflowState::hasConflict() const
{
    return !conflicts().isEmpty();
}

QList<WorkflowCommandRecord> DocumentWorkflowState::conflicts() const
{
    QList<WorkflowCommandRecord> found;
    for (const auto& command : m_commands) {
        if (command.status == CommandStatus::InConflict) {
            found.append(command);
        }
    }
    return found;
}

std::optional<WorkflowCommandRecord> DocumentWorkflowState::refusal() const
{
    std::optional<WorkflowCommandRecord> found;
    for (const auto& command : m_commands) {
        if (command.status == CommandStatus::Confirmed) {
            found.reset();
        } else if (command.status == CommandStatus::Refused && !found) {
            found = command;
        }
    }
    return found;
}

bool DocumentWorkflowState::add(const WorkflowCommandRecord& record)
{
    if (record.documentId != m_documentId || record.kind != m_kind || record.from != effectiveState()) {
        return false;
    }
    m_commands.append(record);
    if (record.status == CommandStatus::Confirmed) {
        m_confirmedState = record.to;
    }
    return true;
}

bool DocumentWorkflowState::confirm(const QUuid& commandId)
{
    auto* command = findCommand(commandId);
    if (!command) {
        return false;
    }
    command->status = CommandStatus::Confirmed;
    command->refusalReason.clear();
    m_confirmedState = command->to;
    return true;
}

bool DocumentWorkflowState::refuse(const QUuid& commandId, const QString& reason)
{
    auto* command = findCommand(commandId);
    if (!command) {
        return false;
    }
    command->status = CommandStatus::Refused;
    command->refusalReason = reason;
    return true;
}

bool DocumentWorkflowState::markInConflict(const QUuid& commandId, const QString& reason)
{
    auto* command = findCommand(commandId);
    if (!command) {
        return false;
    }
    command->status = CommandStatus::InConflict;
    command->refusalReason = reason;
    return true;
}

WorkflowCommandRecord* DocumentWorkflowState::findCommand(const QUuid& commandId)
{
    for (auto& command : m_commands) {
        if (command.id == commandId) {
            return &command;
        }
    }
    return nullptr;
}

} // namespace kinerja
