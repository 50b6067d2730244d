// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace kinerja {

class Database;

/**
 * The local file's side of the sync protocol (table `sync_state`, one row): this replica's client id, the pull
 * cursor of the last applied page, the server's epoch and when the last sync ended. The cursor is opaque JSON
 * made by the server (docs/sync.md); it changes only together with the page it belongs to.
 */
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    QString clientId;
    QJsonValue cursor = QJsonValue(QJsonValue::Null); ///< null before the first pull
    QString serverEpoch;
    QString lastSyncAt;

    static Result<SyncState> read(const Database& database);
    /// Stores the cursor (inside the caller's transaction, with the page it belongs to).
    static Status writeCursor(const Database& database, const QJsonValue& cursor);
    static Status writeEpoch(const Database& database, const QString& epoch);
    /// Records the end of a successful sync round (UTC now).
    static Status touch(const Database& database);
};

} // namespace kinerja
