// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli server install|upgrade|add-user|disable-user` for the database administrator (ServerInstaller;
 * docs/server-admin.md). Connects as --user (default postgres) with libpq's password sources.
 *   install --from FILE      the schema, the workflow table and everything a standalone file holds
 *   install --units CSV --employees CSV   the same from the CSV files of `kinerja-cli import`
 *   upgrade                  the workflow table of this version
 *   add-user --login L --nip NIP [--admin]   a person's login; the password from standard input
 *   disable-user --login L   the login can no longer connect; its history stays
 */
class ServerCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
