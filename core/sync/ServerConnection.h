// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/sync/ServerSettings.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace kinerja {

/**
 * One short connection to the shared PostgreSQL database through Qt's QPSQL driver (design.md: connect, push,
 * pull, disconnect). Owns a uniquely named QSqlDatabase connection, closed and removed on destruction; use it on
 * the thread that opened it. Every statement is prepared with bound values.
 */
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    /// Connects, or says why not in the user's language (driver missing, server unreachable, login refused).
    static Result<std::unique_ptr<ServerConnection>> open(const ServerSettings& settings);

    QSqlDatabase database() const;
    const ServerSettings& settings() const { return m_settings; }

    /// Runs a statement that returns one value (a function call) and gives it as JSON: a json/jsonb result is
    /// parsed, anything else is taken as it is. Fails with the server's message.
    Result<QJsonValue> callJson(const QString& statement, std::initializer_list<QVariant> values);
    /// Runs a statement and gives the first column of the first row (or an invalid QVariant when it has no rows).
    Result<QVariant> scalar(const QString& statement, std::initializer_list<QVariant> values);
    /// Runs a statement and gives every row's values.
    Result<QList<QVariantList>> rows(const QString& statement, std::initializer_list<QVariant> values);
    /// Runs a statement without a result.
    Status exec(const QString& statement, std::initializer_list<QVariant> values = {});
    /// Runs a script of several statements (the versioned SQL files of installer/server), one by one (SqlScript);
    /// stops at the first that fails and says which.
    Status execScript(const QString& script);

    /// The reason code of a server refusal (the MESSAGE of a KN0xx error, e.g. "no-account"), or empty.
    static QString reasonCode(const QString& serverMessage);

private:
    ServerConnection(QString name, ServerSettings settings);

    QString m_name;
    ServerSettings m_settings;
};

} // namespace kinerja
