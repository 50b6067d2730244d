// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ServerOptions.h"

#include "core/Result.h"
#include "core/cli/CliArguments.h"

#include <QCommandLineOption>
#include <QTextStream>

#include <cstdio>

namespace kinerja {

namespace {

const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kDatabase = QStringLiteral("dbname");
const QString kUser = QStringLiteral("user");
const QString kSslMode = QStringLiteral("sslmode");
const QString kSslRootCert = QStringLiteral("sslrootcert");
const QString kPasswordFromEnv = QStringLiteral("password-from-env");

} // namespace

void ServerOptions::add(CliArguments& args, const QString& defaultUser)
{
    args.addOption(
        QCommandLineOption(kHost, tr("Host name or address of the PostgreSQL server."), QStringLiteral("HOST")));
    args.addOption(
        QCommandLineOption(kPort, tr("Port of the PostgreSQL server (default 5432)."), QStringLiteral("PORT")));
    args.addOption(QCommandLineOption(kDatabase, tr("Name of the shared database."), QStringLiteral("NAME")));
    args.addOption(QCommandLineOption(kUser,
        defaultUser.isEmpty() ? tr("PostgreSQL login role.")
                              : tr("PostgreSQL login role (default %1).").arg(defaultUser),
        QStringLiteral("ROLE")));
    args.addOption(QCommandLineOption(kSslMode,
        tr("TLS mode of libpq: verify-full (default), verify-ca, require or disable (only on a local socket)."),
        QStringLiteral("MODE")));
    args.addOption(QCommandLineOption(
        kSslRootCert, tr("The agency's CA certificate file for verify-full."), QStringLiteral("FILE")));
}

void ServerOptions::addPasswordOption(CliArguments& args)
{
    args.addOption(QCommandLineOption(kPasswordFromEnv,
        tr("Read the new password from this environment variable instead of the first line of standard input."),
        QStringLiteral("VARIABLE")));
}

Result<ServerSettings> ServerOptions::read(const CliArguments& args, const ServerSettings& defaults)
{
    ServerSettings settings = defaults;
    const auto pick = [&args](const QString& name, QString& target) {
        if (args.isSet(name)) {
            target = args.value(name);
        }
    };
    pick(kHost, settings.host);
    pick(kDatabase, settings.database);
    pick(kUser, settings.user);
    pick(kSslMode, settings.sslMode);
    pick(kSslRootCert, settings.sslRootCert);
    if (args.isSet(kPort)) {
        bool ok = false;
        const int port = args.value(kPort).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            return Result<ServerSettings>::failure(
                tr("\"%1\" is not a port number (1 to 65535).").arg(args.value(kPort)));
        }
        settings.port = port;
    }
    static const QStringList modes {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
        QStringLiteral("require"), QStringLiteral("prefer"), QStringLiteral("disable")};
    if (!modes.contains(settings.sslMode)) {
        return Result<ServerSettings>::failure(
            tr("\"%1\" is not a TLS mode: use verify-full, verify-ca, require or disable.").arg(settings.sslMode));
    }
    QStringList missing;
    if (settings.host.isEmpty()) {
        missing.append(QStringLiteral("--host"));
    }
    if (settings.database.isEmpty()) {
        missing.append(QStringLiteral("--dbname"));
    }
    if (settings.user.isEmpty()) {
        missing.append(QStringLiteral("--user"));
    }
    if (!missing.isEmpty()) {
        return Result<ServerSettings>::failure(
            tr("The shared database is not known: give %1.").arg(missing.join(QStringLiteral(", "))));
    }
    return settings;
}

QString ServerOptions::readNewPassword(const CliArguments& args)
{
    if (args.isSet(kPasswordFromEnv)) {
        return qEnvironmentVariable(args.value(kPasswordFromEnv).toLocal8Bit().constData());
    }
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace kinerja
