// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PostgresTransport.h"

#include "core/sync/ServerConnection.h"

#include <QJsonDocument>

namespace kinerja {

namespace {

QString compactJson(const QJsonValue& value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("null");
}

} // namespace

PostgresTransport::PostgresTransport(ServerSettings settings)
    : m_settings(std::move(settings))
{ }

PostgresTransport::~PostgresTransport() = default;

Status PostgresTransport::connect()
{
    auto opened = ServerConnection::open(m_settings);
    if (!opened) {
        return opened.propagate<Done>();
    }
    m_connection = std::move(opened.value());
    return success();
}

void PostgresTransport::disconnect()
{
    m_connection.reset();
}

Status PostgresTransport::requireConnection() const
{
    if (!m_connection) {
        return Status::failure(tr("Not connected to the shared database."));
    }
    return success();
}

Result<QJsonObject> PostgresTransport::callObject(const QString& statement, std::initializer_list<QVariant> values)
{
    if (auto connected = requireConnection(); !connected) {
        return connected.propagate<QJsonObject>();
    }
    auto answer = m_connection->callJson(statement, values);
    if (!answer) {
        return Result<QJsonObject>::failure(describeError(answer.error()));
    }
    if (!answer->isObject()) {
        return Result<QJsonObject>::failure(tr("The shared database gave an answer this version of Kinerja ASN does "
                                               "not understand."));
    }
    return answer->toObject();
}

Result<QJsonObject> PostgresTransport::hello(const QString& clientId, int protocolVersion, const QString& appVersion)
{
    return callObject(QStringLiteral("SELECT sync.hello(?::uuid, ?, ?)"), {clientId, protocolVersion, appVersion});
}

Result<QJsonObject> PostgresTransport::push(const QString& clientId, const QJsonArray& mutations)
{
    return callObject(QStringLiteral("SELECT sync.push(?::uuid, ?::jsonb)"), {clientId, compactJson(mutations)});
}

Result<QJsonObject> PostgresTransport::pull(const QString& clientId, const QJsonValue& cursor, int limit)
{
    using R = Result<QJsonObject>;
    if (auto connected = requireConnection(); !connected) {
        return connected.propagate<QJsonObject>();
    }
    // One row of page data ('#') and one row per table, each a JSON document of its own.
    auto rows = m_connection->rows(QStringLiteral("SELECT name, part FROM sync.pull(?::uuid, ?::jsonb, ?)"),
        {clientId, compactJson(cursor), limit});
    if (!rows) {
        return R::failure(describeError(rows.error()));
    }
    QJsonObject page;
    QJsonObject tables;
    for (const auto& row : *rows) {
        const auto name = row.value(0).toString();
        const auto part = row.value(1).toString();
        if (name == QLatin1String("#")) {
            page = QJsonDocument::fromJson(part.toUtf8()).object();
        } else if (name.isEmpty() || !part.startsWith(QLatin1Char('{'))) {
            return R::failure(
                tr("The shared database gave an answer this version of Kinerja ASN does not understand."));
        } else if (!tables.contains(name)) {
            // kept as text: PullApplier hands it to SQLite's JSON functions, parsing it here would cost more
            tables.insert(name, part);
        } else {
            // a table that comes twice (people new in scope, and changes) is joined into one
            auto joined = QJsonDocument::fromJson(tables.value(name).toString().toUtf8()).object();
            auto joinedRows = joined.value(QStringLiteral("rows")).toArray();
            for (const auto& added :
                QJsonDocument::fromJson(part.toUtf8()).object().value(QStringLiteral("rows")).toArray()) {
                joinedRows.append(added);
            }
            joined.insert(QStringLiteral("rows"), joinedRows);
            tables.insert(name, QString::fromUtf8(QJsonDocument(joined).toJson(QJsonDocument::Compact)));
        }
    }
    if (page.isEmpty()) {
        return R::failure(tr("The shared database gave an answer this version of Kinerja ASN does not understand."));
    }
    page.insert(QStringLiteral("tables"), tables);
    return page;
}

Result<QJsonObject> PostgresTransport::putBlob(
    const QString& sha256, qint64 size, const QString& mimeType, qint64 offset, const QByteArray& data)
{
    return callObject(QStringLiteral("SELECT sync.put_blob(?, ?, ?, ?, ?)"), {sha256, size, mimeType, offset, data});
}

Result<QByteArray> PostgresTransport::getBlob(const QString& sha256, qint64 offset, int length)
{
    if (auto connected = requireConnection(); !connected) {
        return connected.propagate<QByteArray>();
    }
    auto value = m_connection->scalar(QStringLiteral("SELECT sync.get_blob(?, ?, ?)"), {sha256, offset, length});
    if (!value) {
        return Result<QByteArray>::failure(describeError(value.error()));
    }
    return value->toByteArray();
}

Status PostgresTransport::changePassword(const QString& newPassword)
{
    if (auto connected = requireConnection(); !connected) {
        return connected;
    }
    auto done = m_connection->exec(QStringLiteral("SELECT sync.change_password(?)"), {newPassword});
    if (!done) {
        return Status::failure(describeError(done.error()));
    }
    return success();
}

std::unique_ptr<SyncTransport> PostgresTransport::another() const
{
    return std::make_unique<PostgresTransport>(m_settings);
}

QString PostgresTransport::describeError(const QString& serverMessage)
{
    const auto code = ServerConnection::reasonCode(serverMessage);
    if (code == QLatin1String("no-account")) {
        return tr("Your login has no Kinerja ASN account on the shared database, or it was disabled. Ask the "
                  "administrator.");
    }
    if (code == QLatin1String("unknown-client")) {
        return tr("The shared database does not know this file yet; synchronize again.");
    }
    if (code == QLatin1String("password-too-short")) {
        return tr("The new password must have at least 8 characters.");
    }
    if (serverMessage.contains(QLatin1String("violates row-level security policy"))
        && serverMessage.contains(QLatin1String("sync_client"))) {
        return tr("This file is registered to another person's account on the shared database.");
    }
    return tr("The shared database refused the request: %1").arg(serverMessage);
}

} // namespace kinerja
