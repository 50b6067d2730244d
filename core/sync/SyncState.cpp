// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncState.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kinerja {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<SyncState> SyncState::read(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT client_id, pull_cursor, server_epoch, last_sync_at FROM sync_state WHERE id = 1"),
            {}, "read sync_state")
        || !query.next()) {
        return Result<SyncState>::failure(tr("The synchronisation state could not be read."));
    }
    SyncState state;
    state.clientId = query.value(0).toString();
    const auto cursorText = query.value(1).toString();
    if (!cursorText.isEmpty()) {
        const auto document = QJsonDocument::fromJson(cursorText.toUtf8());
        if (document.isObject()) {
            state.cursor = document.object();
        }
    }
    state.serverEpoch = query.value(2).toString();
    state.lastSyncAt = query.value(3).toString();
    return state;
}

Status SyncState::writeCursor(const Database& database, const QJsonValue& cursor)
{
    const auto text = cursor.isObject()
        ? QVariant(QString::fromUtf8(QJsonDocument(cursor.toObject()).toJson(QJsonDocument::Compact)))
        : nullText();
    if (!sql::exec(database.connection(), QStringLiteral("UPDATE sync_state SET pull_cursor = ? WHERE id = 1"), {text},
            "write the pull cursor")) {
        return Status::failure(tr("The synchronisation state could not be saved."));
    }
    return success();
}

Status SyncState::writeEpoch(const Database& database, const QString& epoch)
{
    if (!sql::exec(database.connection(), QStringLiteral("UPDATE sync_state SET server_epoch = ? WHERE id = 1"),
            {epoch}, "write the server epoch")) {
        return Status::failure(tr("The synchronisation state could not be saved."));
    }
    return success();
}

Status SyncState::touch(const Database& database)
{
    if (!sql::exec(database.connection(),
            QStringLiteral("UPDATE sync_state SET last_sync_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1"),
            {}, "write the last sync time")) {
        return Status::failure(tr("The synchronisation state could not be saved."));
    }
    return success();
}

} // namespace kinerja
