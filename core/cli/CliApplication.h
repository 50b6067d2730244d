// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace kinerja {

/**
 * The kinerja-cli grammar (design.md "Command line"):
 *   kinerja-cli [--database FILE] [--json] [--lang id|en] COMMAND [ARGS...]
 * Global options come before the command; each command parses the rest itself. The language is
 * installed before anything is printed (Indonesian unless --lang en).
 */
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();

    /// Takes ownership. Commands are listed in --help in the order they were added.
    void addCommand(std::unique_ptr<CliCommand> command);

    /// A CliApplication with every command of this version registered.
    static CliApplication withAllCommands();

    /// `arguments` excludes the program name. Never calls exit(); returns the process exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    QString helpText() const;
    static QString versionText();

private:
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace kinerja
