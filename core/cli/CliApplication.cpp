// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CliApplication.h"

#include "core/Language.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "core/cli/BackupCommand.h"
#include "core/cli/CheckCommand.h"
#include "core/cli/CreditPointsCommand.h"
#include "core/cli/DemoCommand.h"
#include "core/cli/DistributionCommand.h"
#include "core/cli/ExportCommand.h"
#include "core/cli/GradeCommand.h"
#include "core/cli/ImportCommand.h"
#include "core/cli/NipCommand.h"
#include "core/cli/ReportCommand.h"
#include "core/cli/RestoreCommand.h"
#include "core/cli/ServerCommand.h"
#include "core/cli/SyncCommand.h"
#include "core/cli/VerifyCommand.h"

namespace kinerja {

CliApplication::CliApplication() = default;

CliApplication CliApplication::withAllCommands()
{
    CliApplication application;
    application.addCommand(std::make_unique<NipCommand>());
    application.addCommand(std::make_unique<GradeCommand>());
    application.addCommand(std::make_unique<DistributionCommand>());
    application.addCommand(std::make_unique<CreditPointsCommand>());
    application.addCommand(std::make_unique<CheckCommand>());
    application.addCommand(std::make_unique<BackupCommand>());
    application.addCommand(std::make_unique<RestoreCommand>());
    application.addCommand(std::make_unique<DemoCommand>());
    application.addCommand(std::make_unique<ImportCommand>());
    application.addCommand(std::make_unique<ExportCommand>());
    application.addCommand(std::make_unique<ReportCommand>());
    application.addCommand(std::make_unique<VerifyCommand>());
    application.addCommand(std::make_unique<SyncCommand>());
    application.addCommand(std::make_unique<ServerCommand>());
    return application;
}

void CliApplication::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CliApplication::versionText()
{
    auto text = QStringLiteral("kinerja-cli %1").arg(QString::fromLatin1(kVersion));
    if (qstrlen(kGitRevision) > 0) {
        text += QStringLiteral(" (%1)").arg(QString::fromLatin1(kGitRevision));
    }
    text += QLatin1Char('\n') + tr("Qt %1, C++20").arg(QString::fromLatin1(qVersion())) + QLatin1Char('\n');
    return text;
}

QString CliApplication::helpText() const
{
    QString text;
    text += tr("Usage: kinerja-cli [--database FILE] [--json] [--lang id|en] COMMAND [ARGS...]") + u'\n';
    text +=
        tr("Kinerja ASN on the command line: performance management of civil servants (PermenPANRB 6/2022).") + u'\n';
    text += u'\n' + tr("Options:") + u'\n';
    text += QStringLiteral("  --database FILE   ") + tr("Use this database file instead of the default one.") + u'\n';
    text += QStringLiteral("  --json            ") + tr("Print the result as one JSON document.") + u'\n';
    text +=
        QStringLiteral("  --lang id|en      ") + tr("Language of messages: Indonesian (default) or English.") + u'\n';
    text += QStringLiteral("  -h, --help        ") + tr("Show this help.") + u'\n';
    text += QStringLiteral("  -v, --version     ") + tr("Show the version.") + u'\n';
    text += u'\n' + tr("Commands:") + u'\n';
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1").arg(command->name(), -16) + QStringLiteral("  ") + command->summary() + u'\n';
    }
    text += u'\n' + tr("Run \"kinerja-cli COMMAND --help\" for the arguments of a command.") + u'\n';
    return text;
}

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CliContext context(out, err);
    QString language = QString::fromLatin1(Language::kDefaultCode);
    QString databasePath;
    bool json = false;
    int index = 0;

    // The language must be known before any message is printed, so look for --lang first.
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            break;
        }
        if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            break;
        }
        if (!arguments.at(i).startsWith(u'-')) {
            break;
        }
    }
    const bool languageOk = Language::install(language);
    if (!languageOk) {
        Language::install(QString::fromLatin1(Language::kDefaultCode));
        return static_cast<int>(
            context.fail(tr("Unknown language \"%1\": use id or en.").arg(language), ExitCode::Usage));
    }

    for (; index < arguments.size(); ++index) {
        const auto& argument = arguments.at(index);
        if (!argument.startsWith(u'-')) {
            break;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << helpText();
            out.flush();
            return static_cast<int>(ExitCode::Success);
        }
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            out << versionText();
            out.flush();
            return static_cast<int>(ExitCode::Success);
        }
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--lang") || argument == QLatin1String("--database")) {
            if (index + 1 >= arguments.size()) {
                return static_cast<int>(
                    context.fail(tr("The option %1 needs a value.").arg(argument), ExitCode::Usage));
            }
            ++index;
            if (argument == QLatin1String("--database")) {
                databasePath = arguments.at(index);
            }
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            continue;
        } else if (argument.startsWith(QLatin1String("--database="))) {
            databasePath = argument.mid(11);
        } else {
            return static_cast<int>(context.fail(
                {tr("Unknown option \"%1\".").arg(argument), tr("Run \"kinerja-cli --help\" for the commands.")},
                ExitCode::Usage));
        }
    }
    context.setJson(json);
    context.setDatabasePath(databasePath);

    if (index >= arguments.size()) {
        err << helpText();
        err.flush();
        return static_cast<int>(ExitCode::Usage);
    }
    const auto& name = arguments.at(index);
    auto* command = find(name);
    if (!command) {
        return static_cast<int>(
            context.fail({tr("Unknown command \"%1\".").arg(name), tr("Run \"kinerja-cli --help\" for the commands.")},
                ExitCode::Usage));
    }
    qCDebug(lcCli) << "running command" << name;
    return static_cast<int>(command->run(arguments.mid(index + 1), context));
}

} // namespace kinerja
