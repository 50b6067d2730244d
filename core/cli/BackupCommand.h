// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// `kinerja-cli backup OUT [--force]`: a consistent copy of the database (evidence files included) while it may be
/// in use. Refuses to replace an existing OUT unless --force.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
