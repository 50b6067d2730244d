// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace kinerja {

/**
 * The one door from the sync engine to the shared database (design.md "Transport and trust"): the calls of the
 * sync protocol (docs/sync.md), each answering JSON. PostgresTransport calls the functions of schema `sync`
 * through QPSQL; an HTTPS gateway in front of the same functions would be another implementation, not a rewrite.
 * Errors are values with a message in the user's language.
 */
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;

    /// Opens the connection for one sync round (connect, push, pull, disconnect).
    virtual Status connect() = 0;
    virtual void disconnect() = 0;

    /// sync.hello: who the caller is; registers this replica's client id to the caller's login.
    virtual Result<QJsonObject> hello(const QString& clientId, int protocolVersion, const QString& appVersion) = 0;
    /// sync.push: a batch of outbox entries in order; the answer per entry, or a gap.
    virtual Result<QJsonObject> push(const QString& clientId, const QJsonArray& mutations) = 0;
    /// sync.pull: one page of rows after `cursor` (null for the first pull).
    virtual Result<QJsonObject> pull(const QString& clientId, const QJsonValue& cursor, int limit) = 0;
    /// sync.put_blob: one chunk of an evidence file at `offset`; answers {"received", "complete"}.
    virtual Result<QJsonObject> putBlob(
        const QString& sha256, qint64 size, const QString& mimeType, qint64 offset, const QByteArray& data) = 0;
    /// sync.get_blob: up to `length` bytes of an evidence file from `offset`.
    virtual Result<QByteArray> getBlob(const QString& sha256, qint64 offset, int length) = 0;
    /// sync.change_password: the caller's own password.
    virtual Status changePassword(const QString& newPassword) = 0;

    /**
     * A second transport to the same server and account, not connected, that another thread may connect and use
     * (PullPrefetcher fetches the next pages of a long pull on it while this thread applies the current one).
     * nullptr when the implementation has none: the pull then runs page after page on this transport.
     */
    virtual std::unique_ptr<SyncTransport> another() const { return nullptr; }
};

} // namespace kinerja
