// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace kinerja {

/**
 * Argument parsing for one command: a QCommandLineParser with --help and --json already added.
 * Usage:
 *   CliArguments args(QStringLiteral("grade"), tr("Shows the employee grade..."));
 *   args.addPositional(QStringLiteral("RESULT"), tr("..."));
 *   if (auto exit = args.parse(arguments, context)) return *exit;   // --help or a usage error
 */
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    CliArguments(const QString& commandName, const QString& description);

    void addPositional(const QString& name, const QString& description, const QString& syntax = QString());
    void addOption(const QCommandLineOption& option);

    /// Parses; returns an exit code when the command must stop now (help was printed, or a usage
    /// error was reported), or nothing when the command should go on. Sets context.json() for --json.
    std::optional<ExitCode> parse(
        const QStringList& arguments, CliContext& context, int minPositional = 0, int maxPositional = -1);

    QCommandLineParser& parser() { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }

    /// The full help text, as printed by --help.
    QString helpText() const;

private:
    QString m_commandName;
    QCommandLineParser m_parser;
    QStringList m_syntax;
};

} // namespace kinerja
