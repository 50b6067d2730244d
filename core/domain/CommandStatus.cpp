// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CommandStatus.h"

#include <QCoreApplication>

namespace kinerja {

QList<CommandStatus> allCommandStatuses()
{
    return {CommandStatus::Pending, CommandStatus::Confirmed, CommandStatus::Refused, CommandStatus::InConflict};
}

QString codeName(CommandStatus status)
{
    switch (status) {
    case CommandStatus::Pending:
        return QStringLiteral("pending");
    case CommandStatus::Confirmed:
        return QStringLiteral("confirmed");
    case CommandStatus::Refused:
        return QStringLiteral("refused");
    case CommandStatus::InConflict:
        return QStringLiteral("in-conflict");
    }
    return {};
}

std::optional<CommandStatus> commandStatusFromCode(const QString& code)
{
    for (const auto status : allCommandStatuses()) {
        if (codeName(status) == code) {
            return status;
        }
    }
    return std::nullopt;
}

QString displayName(CommandStatus status)
{
    switch (status) {
    case CommandStatus::Pending:
        return QCoreApplication::translate("CommandStatus", "Waiting for confirmation");
    case CommandStatus::Confirmed:
        return QCoreApplication::translate("CommandStatus", "Confirmed");
    case CommandStatus::Refused:
        return QCoreApplication::translate("CommandStatus", "Refused");
    case CommandStatus::InConflict:
        return QCoreApplication::translate("CommandStatus", "In conflict");
    }
    return {};
}

} // namespace kinerja
