// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CliArguments.h"

namespace kinerja {

CliArguments::CliArguments(const QString& commandName, const QString& description)
    : m_commandName(commandName)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as one JSON document.")));
}

void CliArguments::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax.isEmpty() ? name : syntax);
    m_syntax.append(syntax.isEmpty() ? name : syntax);
}

void CliArguments::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

QString CliArguments::helpText() const
{
    // QCommandLineParser's first line names the program file; ours names "kinerja-cli COMMAND".
    const auto text = m_parser.helpText();
    const auto firstLineEnd = text.indexOf(QLatin1Char('\n'));
    auto usage = tr("Usage: kinerja-cli %1 [options]").arg(m_commandName);
    if (!m_syntax.isEmpty()) {
        usage += QLatin1Char(' ') + m_syntax.join(QLatin1Char(' '));
    }
    return usage + text.mid(firstLineEnd);
}

std::optional<ExitCode> CliArguments::parse(
    const QStringList& arguments, CliContext& context, int minPositional, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    QStringList argv {QStringLiteral("kinerja-cli")};
    argv += arguments;
    if (!m_parser.parse(argv)) {
        return context.fail(
            {m_parser.errorText(), tr("Run \"kinerja-cli %1 --help\" for the options.").arg(m_commandName)},
            ExitCode::Usage);
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        context.setJson(true);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out() << helpText();
        context.out().flush();
        return ExitCode::Success;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        return context.fail({tr("Missing argument for \"%1\".").arg(m_commandName),
                                tr("Run \"kinerja-cli %1 --help\" for the options.").arg(m_commandName)},
            ExitCode::Usage);
    }
    if (maxPositional >= 0 && count > maxPositional) {
        return context.fail({tr("Too many arguments for \"%1\": %2.")
                                    .arg(m_commandName, m_parser.positionalArguments().mid(maxPositional).join(u' ')),
                                tr("Run \"kinerja-cli %1 --help\" for the options.").arg(m_commandName)},
            ExitCode::Usage);
    }
    return std::nullopt;
}

} // namespace kinerja
