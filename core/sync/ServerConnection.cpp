// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerConnection.h"

#include "core/Logging.h"
#include "core/sync/SqlScript.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kinerja {

namespace {

const QString kDriver = QStringLiteral("QPSQL");

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("kinerja-server-%1").arg(++counter);
}

QString errorText(const QSqlError& error)
{
    const auto text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

} // namespace

ServerConnection::ServerConnection(QString name, ServerSettings settings)
    : m_name(std::move(name))
    , m_settings(std::move(settings))
{ }

ServerConnection::~ServerConnection()
{
    {
        auto db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const ServerSettings& settings)
{
    using R = Result<std::unique_ptr<ServerConnection>>;
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        return R::failure(tr("The PostgreSQL driver of Qt (QPSQL) is not installed, so the shared database cannot "
                             "be reached. On Debian install libqt6sql6-psql; on Windows reinstall Kinerja ASN."));
    }
    const auto name = newConnectionName();
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(kDriver, name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(settings.connectOptions());
        if (db.open()) {
            return std::unique_ptr<ServerConnection>(new ServerConnection(name, settings));
        }
        error = errorText(db.lastError());
    }
    QSqlDatabase::removeDatabase(name);
    qCWarning(lcSync) << "cannot connect to" << settings.displayName() << error;
    return R::failure(tr("Could not connect to the shared database %1: %2").arg(settings.displayName(), error));
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<QJsonValue> ServerConnection::callJson(const QString& statement, std::initializer_list<QVariant> values)
{
    auto value = scalar(statement, values);
    if (!value) {
        return value.propagate<QJsonValue>();
    }
    const auto text = value->toString();
    if (value->isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return QJsonValue(text);
    }
    return document.array().at(0);
}

Result<QVariant> ServerConnection::scalar(const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcSync) << "prepare failed:" << statement.left(80) << errorText(query.lastError());
        return Result<QVariant>::failure(errorText(query.lastError()));
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCInfo(lcSync) << "statement failed:" << statement.left(80) << errorText(query.lastError());
        return Result<QVariant>::failure(errorText(query.lastError()));
    }
    if (!query.next()) {
        return QVariant();
    }
    return query.value(0);
}

Result<QList<QVariantList>> ServerConnection::rows(const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return Result<QList<QVariantList>>::failure(errorText(query.lastError()));
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCInfo(lcSync) << "statement failed:" << statement.left(80) << errorText(query.lastError());
        return Result<QList<QVariantList>>::failure(errorText(query.lastError()));
    }
    QList<QVariantList> result;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(query.value(i));
        }
        result.append(std::move(row));
    }
    return result;
}

Status ServerConnection::exec(const QString& statement, std::initializer_list<QVariant> values)
{
    auto result = scalar(statement, values);
    return result ? success() : result.propagate<Done>();
}

Status ServerConnection::execScript(const QString& script)
{
    // One statement at a time: given several at once, QPSQL reports only the first one's result.
    for (const auto& statement : SqlScript::statements(script)) {
        QSqlQuery query(database());
        if (!query.exec(statement)) {
            qCWarning(lcSync) << "script failed at:" << statement.left(120) << errorText(query.lastError());
            return Status::failure(
                QStringLiteral("%1\n%2").arg(errorText(query.lastError()), statement.left(200).simplified()));
        }
    }
    return success();
}

QString ServerConnection::reasonCode(const QString& serverMessage)
{
    // "ERROR:  no-account\nDETAIL:  ..." (libpq's layout): the MESSAGE of a Kinerja refusal is a lowercase code
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\n)(?:ERROR|FATAL):\\s+([a-z][a-z-]*)\\s*(?:\\n|$)"));
    const auto match = pattern.match(serverMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace kinerja
