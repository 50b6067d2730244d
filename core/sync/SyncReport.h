// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kinerja {

/// What one sync round did (SyncEngine::run), for the CLI, the log and the tests.
struct SyncReport
{
    QString employeeId; ///< who the server says the caller is
    bool admin = false;
    int pushed = 0; ///< outbox entries the server answered in this round
    int applied = 0; ///< taken as they were
    int merged = 0; ///< taken beside someone else's changes to other fields
    int conflicts = 0; ///< a field someone else changed differently: kept on the server, recorded as a conflict
    int refused = 0; ///< refused with a reason, the data kept in the outbox
    QStringList refusals; ///< "entity row: reason" per refused entry, for the user
    int filesUploaded = 0; ///< evidence files sent before the rows that point to them
    int pages = 0; ///< pull pages applied
    int pulledRows = 0; ///< rows inserted or updated locally
    int purged = 0; ///< local rows removed because they left the scope
    bool reset = false; ///< the server's epoch changed: the replica started again from the beginning
};

} // namespace kinerja
