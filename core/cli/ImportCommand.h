// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/// `kinerja-cli import employees|units CSV [--valid-only]`: loads a CSV file (docs/import.md) into the database,
/// all-or-nothing unless --valid-only. Prints the counts and every problem by line; exits 1 when rows were
/// rejected and nothing was written, or the file could not be imported.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
