// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// `kinerja-cli restore IN`: replaces the database with IN after checking IN; the current file is kept aside.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
