// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ServerSettings.h"
#include "core/sync/SyncTransport.h"

#include <QCoreApplication>

#include <memory>

namespace kinerja {

class ServerConnection;

/**
 * SyncTransport over Qt's QPSQL driver: each call is one prepared `SELECT sync.<function>(...)` on a short
 * connection made by connect() and closed by disconnect() (or the destructor). Use it on one thread.
 */
class PostgresTransport : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTransport)

public:
    explicit PostgresTransport(ServerSettings settings);
    ~PostgresTransport() override;

    Status connect() override;
    void disconnect() override;
    Result<QJsonObject> hello(const QString& clientId, int protocolVersion, const QString& appVersion) override;
    Result<QJsonObject> push(const QString& clientId, const QJsonArray& mutations) override;
    Result<QJsonObject> pull(const QString& clientId, const QJsonValue& cursor, int limit) override;
    Result<QJsonObject> putBlob(
        const QString& sha256, qint64 size, const QString& mimeType, qint64 offset, const QByteArray& data) override;
    Result<QByteArray> getBlob(const QString& sha256, qint64 offset, int length) override;
    Status changePassword(const QString& newPassword) override;
    /// The same settings, so a second connection of the same login (opened by the thread that connects it).
    std::unique_ptr<SyncTransport> another() const override;

    const ServerSettings& settings() const { return m_settings; }

    /// The user's sentence for a server error: a known refusal code ("no-account", "unknown-client", ...) in the
    /// user's language, anything else as the server said it.
    static QString describeError(const QString& serverMessage);

private:
    Result<QJsonObject> callObject(const QString& statement, std::initializer_list<QVariant> values);
    Status requireConnection() const;

    ServerSettings m_settings;
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace kinerja
