// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// `kinerja-cli check`: integrity, foreign keys, orphaned evidence files and schema version of the database,
/// read-only. Exits 1 when a problem is found.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
