// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/RestoreCommand.h"

#include "core/cli/CliArguments.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace kinerja {

QString RestoreCommand::summary() const
{
    return tr("Replace the database with a backup, keeping the current file aside.");
}

ExitCode RestoreCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Replaces the database with the backup IN. IN is checked first; the current database is kept next to it "
           "as a .bak file. Close Kinerja ASN before restoring."));
    args.addPositional(QStringLiteral("IN"), tr("The backup file to restore."));
    if (auto exit = args.parse(arguments, context, 1, 1)) {
        return *exit;
    }
    const auto path = QFileInfo(context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath())
                          .absoluteFilePath();
    const auto in = QFileInfo(args.positional().at(0)).absoluteFilePath();
    QString aside;
    if (auto restored = DatabaseMaintenance::restore(in, path, &aside); !restored) {
        return context.fail(restored.problems());
    }
    auto text =
        tr("The database %1 was restored from %2.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(in));
    if (!aside.isEmpty()) {
        text += u'\n' + tr("The previous database was kept as %1.").arg(QDir::toNativeSeparators(aside));
    }
    return context.succeed(text,
        {{QStringLiteral("database"), path}, {QStringLiteral("restoredFrom"), in},
            {QStringLiteral("previousCopy"), aside}});
}

} // namespace kinerja
