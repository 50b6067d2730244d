// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/// Renames `source` over `target` in one step (rename(2) on POSIX, MoveFileEx with REPLACE_EXISTING on Windows),
/// so that `target` is at every moment either the old file or the new one. Both must be in the same folder.
/// On failure returns false and fills `error` with the system's reason (for the log).
bool replaceFileAtomically(const QString& source, const QString& target, QString* error);

} // namespace kinerja
