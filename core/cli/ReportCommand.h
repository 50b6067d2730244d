// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli report DOCUMENT ...` (design.md "Command line", issue 6): prints documents to PDF.
 *   report skp|evaluation|summary --nip NIP --year YYYY [--period N [--cadence C] | --annual] --out FILE.pdf
 *   report skp|evaluation|summary --unit CODE --year YYYY [...] --out FOLDER     (every SKP of the unit)
 *   report matrix --nip NIP --year YYYY --out FILE.pdf                            (the assessor's matrix)
 *   report recap --unit CODE --year YYYY (--period N [--cadence C] | --annual) --out FILE.pdf
 *   report competency --unit CODE --year YYYY --out FILE.pdf
 * with [--paper A4|F4] [--margins L,T,R,B] [--letterhead] [--logo FILE] [--emblem FILE] [--place TEXT]
 * [--signers employee|second] [--jobs N] [--force]. Needs a QGuiApplication (fonts); kinerja-cli makes one.
 * The database is opened read-only; files are written atomically, an existing file only with --force.
 * Exit codes: 0 written; 1 invalid input or a failed write; 2 wrong usage.
 */
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
