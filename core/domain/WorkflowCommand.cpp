// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/WorkflowCommand.h"

#include <QCoreApplication>

namespace kinerja {

QList<WorkflowCommand> allWorkflowCommands()
{
    return {WorkflowCommand::Submit, WorkflowCommand::Withdraw, WorkflowCommand::Return, WorkflowCommand::Approve,
        WorkflowCommand::Rate, WorkflowCommand::Finalize, WorkflowCommand::Object, WorkflowCommand::Decide,
        WorkflowCommand::Reopen, WorkflowCommand::Supersede};
}

QString codeName(WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Submit:
        return QStringLiteral("submit");
    case WorkflowCommand::Withdraw:
        return QStringLiteral("withdraw");
    case WorkflowCommand::Return:
        return QStringLiteral("return");
    case WorkflowCommand::Approve:
        return QStringLiteral("approve");
    case WorkflowCommand::Rate:
        return QStringLiteral("rate");
    case WorkflowCommand::Finalize:
        return QStringLiteral("finalize");
    case WorkflowCommand::Object:
        return QStringLiteral("object");
    case WorkflowCommand::Decide:
        return QStringLiteral("decide");
    case WorkflowCommand::Reopen:
        return QStringLiteral("reopen");
    case WorkflowCommand::Supersede:
        return QStringLiteral("supersede");
    }
    return {};
}

std::optional<WorkflowCommand> workflowCommandFromCode(const QString& code)
{
    for (const auto command : allWorkflowCommands()) {
        if (codeName(command) == code) {
            return command;
        }
    }
    return std::nullopt;
}

QString displayName(WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Submit:
        return QCoreApplication::translate("WorkflowCommand", "Submit");
    case WorkflowCommand::Withdraw:
        return QCoreApplication::translate("WorkflowCommand", "Withdraw");
    case WorkflowCommand::Return:
        return QCoreApplication::translate("WorkflowCommand", "Return");
    case WorkflowCommand::Approve:
        return QCoreApplication::translate("WorkflowCommand", "Approve");
    case WorkflowCommand::Rate:
        return QCoreApplication::translate("WorkflowCommand", "Rate");
    case WorkflowCommand::Finalize:
        return QCoreApplication::translate("WorkflowCommand", "Finalize");
    case WorkflowCommand::Object:
        return QCoreApplication::translate("WorkflowCommand", "File an objection");
    case WorkflowCommand::Decide:
        return QCoreApplication::translate("WorkflowCommand", "Decide");
    case WorkflowCommand::Reopen:
        return QCoreApplication::translate("WorkflowCommand", "Reopen");
    case WorkflowCommand::Supersede:
        return QCoreApplication::translate("WorkflowCommand", "Close as superseded");
    }
    return {};
}

} // namespace kinerja
