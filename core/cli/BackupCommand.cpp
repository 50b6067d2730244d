// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/BackupCommand.h"

#include "core/cli/CliArguments.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace kinerja {

QString BackupCommand::summary() const
{
    return tr("Write a consistent copy of the database, evidence files included.");
}

ExitCode BackupCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Writes a consistent copy of the database to OUT, evidence files included, even while the application "
           "is using it."));
    args.addPositional(QStringLiteral("OUT"), tr("The backup file to write."));
    args.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace OUT if it already exists.")));
    if (auto exit = args.parse(arguments, context, 1, 1)) {
        return *exit;
    }
    const auto path = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    const auto out = QFileInfo(args.positional().at(0)).absoluteFilePath();
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    if (auto written = opened.value()->backupTo(out, args.isSet(QStringLiteral("force"))); !written) {
        return context.fail(written.problems());
    }
    return context.succeed(tr("The backup was written to %1.").arg(QDir::toNativeSeparators(out)),
        {{QStringLiteral("database"), opened.value()->path()}, {QStringLiteral("backup"), out}});
}

} // namespace kinerja
