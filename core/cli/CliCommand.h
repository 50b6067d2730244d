// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliContext.h"

#include <QString>
#include <QStringList>

namespace kinerja {

/**
 * One kinerja-cli command (design.md "Command line"). A command parses its own arguments with
 * CliArguments (which handles --help and --json after the command name), prints through the
 * context and returns an exit code. Commands never leave a half-done change behind.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    /// The word typed on the command line, e.g. "nip". Not translated.
    virtual QString name() const = 0;
    /// One translated line for the command list in `kinerja-cli --help`.
    virtual QString summary() const = 0;
    /// `arguments` excludes the program and command names.
    virtual ExitCode run(const QStringList& arguments, CliContext& context) = 0;
};

} // namespace kinerja
