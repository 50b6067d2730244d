// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * Where a workflow command stands with the shared database (design.md, Storage and Sync). A command done on
 * this device is Pending until the server answers; a standalone database (no server) confirms at once.
 */
enum class CommandStatus
{
    Pending, ///< applied locally, not yet confirmed by the shared database
    Confirmed, ///< the shared database accepted it: the document's confirmed state includes it
    Refused, ///< the shared database refused it (it became invalid while offline); its data is kept
    InConflict ///< the server's document changed in a way that clashes; shown to both parties until resolved
};

/// Every status, in declaration order.
QList<CommandStatus> allCommandStatuses();

/// The stable code stored in the outbox: "pending", "confirmed", "refused", "in-conflict". Never translated.
QString codeName(CommandStatus status);

/// The status for a code written by codeName(); nothing for any other text (exact match).
std::optional<CommandStatus> commandStatusFromCode(const QString& code);

/// "Waiting to be sent", "Confirmed", "Refused", "In conflict", in the UI language.
QString displayName(CommandStatus status);

} // namespace kinerja
