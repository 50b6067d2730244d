// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"
#include "core/cli/CliApplication.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kinerja::test {

/// What one kinerja-cli run printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs kinerja-cli in-process with every command registered, as a user would type `arguments`
/// (without the program name). Restores English, the tests' language, afterwards.
inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    auto cli = CliApplication::withAllCommands();
    run.exitCode = cli.run(arguments, out, err);
    Language::install(QStringLiteral("en"));
    return run;
}

} // namespace kinerja::test
