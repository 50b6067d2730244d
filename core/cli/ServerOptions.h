// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/sync/ServerSettings.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

class CliArguments;

/**
 * The connection options shared by `kinerja-cli sync` and `kinerja-cli server` (--host, --port, --dbname, --user,
 * --sslmode, --sslrootcert). The password is never an option: libpq reads PGPASSWORD or the password file.
 */
class ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    /// Adds the options; `defaultUser` is shown in the help ("postgres" for the administrator's commands).
    static void add(CliArguments& args, const QString& defaultUser);
    /// The settings from the parsed options, each missing one taken from `defaults`; an error for a bad port.
    static Result<ServerSettings> read(const CliArguments& args, const ServerSettings& defaults);
    /// Reads a new password from the environment variable named by --password-from-env, or else from the first
    /// line of standard input.
    static QString readNewPassword(const CliArguments& args);
    /// Adds --password-from-env.
    static void addPasswordOption(CliArguments& args);
};

} // namespace kinerja
