// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/**
 * Where the shared PostgreSQL database is and who connects to it (design.md "Transport and trust"). A plain
 * value. The password may stay empty: libpq then reads PGPASSWORD or the user's password file, so that it never
 * appears on a command line.
 */
struct ServerSettings
{
    QString host;
    int port = 5432;
    QString database;
    QString user; ///< the PostgreSQL login role
    QString password;
    /// libpq's sslmode: "verify-full" for the desktops (the default), "disable" only for tests on a local socket
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; ///< the agency CA file for verify-full; empty: libpq's default (~/.postgresql/root.crt)
    int connectTimeoutSeconds = 10;

    /// The options string of Qt's QPSQL driver (QSqlDatabase::setConnectOptions).
    QString connectOptions() const;
    /// "user@host:port/database", for messages and logs (never the password).
    QString displayName() const;
};

} // namespace kinerja
