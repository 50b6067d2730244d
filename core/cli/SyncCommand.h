// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli --database FILE sync [--bind] [connection options]`: one sync round of a replica file, headless
 * (SyncEngine). --bind first makes a new file a replica of the --user account (the first round then pulls the
 * scope). The host, database and login default to the ones the file is bound to.
 */
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
