// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli export siasn|recap ...` (docs/export.md):
 *   export siasn --year YYYY --out FILE.csv [--periodic] [--unit CODE] [--separator ;|,] [--force]
 *   export recap --year YYYY [--period N [--cadence C] | --annual] --out FILE.csv|FILE.xlsx [--format csv|xlsx]
 *                [--unit CODE] [--separator ;|,] [--force]
 * The files are written atomically and an existing file is refused unless --force. The database is opened read-only.
 * Exit codes: 0 written; 1 invalid input (a year out of range, an unknown unit or period, an existing file) or a
 * failed write; 2 wrong usage (no or unknown export, a missing or malformed option).
 */
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;

private:
    ExitCode runSiasn(const QStringList& arguments, CliContext& context);
    ExitCode runRecap(const QStringList& arguments, CliContext& context);
};

} // namespace kinerja
