// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/SyncCommand.h"

#include "core/cli/CliArguments.h"
#include "core/cli/ServerOptions.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/sync/PostgresTransport.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kinerja {

namespace {

const QString kBind = QStringLiteral("bind");

} // namespace

QString SyncCommand::summary() const
{
    return tr("Synchronize a replica file with the shared database: send local changes, receive the others'.");
}

ExitCode SyncCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Sends the changes waiting in the file to the shared database and receives everything new in your scope. "
           "With --bind, a new file first becomes a replica of the --user account. The password comes from "
           "PGPASSWORD or the PostgreSQL password file."));
    ServerOptions::add(args, QString());
    args.addOption(QCommandLineOption(kBind, tr("Make a new, empty file a replica of the --user account first.")));
    if (auto exit = args.parse(arguments, context, 0, 0)) {
        return *exit;
    }
    const auto path = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    auto opened = Database::open(
        path, args.isSet(kBind) ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    const auto& database = *opened.value();
    auto info = DatabaseInfo::read(database);
    if (!info) {
        return context.fail(info.problems());
    }
    ServerSettings defaults;
    defaults.host = info->serverAccount().host;
    defaults.database = info->serverAccount().database;
    defaults.user = info->serverAccount().role;
    auto settings = ServerOptions::read(args, defaults);
    if (!settings) {
        return context.fail(settings.problems(), ExitCode::Usage);
    }
    if (args.isSet(kBind)) {
        if (auto bound = DatabaseInfo::makeReplica(database, {settings->host, settings->database, settings->user});
            !bound) {
            return context.fail(bound.problems());
        }
    } else if (info->isReplica() && info->serverAccount().role != settings->user) {
        return context.fail(
            tr("This file belongs to the login %1, not %2.").arg(info->serverAccount().role, settings->user));
    }
    PostgresTransport transport(*settings);
    SyncEngine engine(database, transport);
    auto report = engine.run();
    if (!report) {
        return context.fail(report.problems());
    }
    QJsonObject json {{QStringLiteral("pushed"), report->pushed}, {QStringLiteral("applied"), report->applied},
        {QStringLiteral("merged"), report->merged}, {QStringLiteral("conflicts"), report->conflicts},
        {QStringLiteral("refused"), report->refused},
        {QStringLiteral("refusals"), QJsonArray::fromStringList(report->refusals)},
        {QStringLiteral("pulled"), report->pulledRows}, {QStringLiteral("pages"), report->pages},
        {QStringLiteral("purged"), report->purged}, {QStringLiteral("reset"), report->reset}};
    auto text = tr("Synchronized with %1: %2 changes sent (%3 conflicts, %4 refused), %5 rows received.")
                    .arg(settings->displayName())
                    .arg(report->pushed)
                    .arg(report->conflicts)
                    .arg(report->refused)
                    .arg(report->pulledRows);
    for (const auto& refusal : report->refusals) {
        text += QLatin1Char('\n') + tr("Refused: %1").arg(refusal);
    }
    return context.succeed(text, json);
}

} // namespace kinerja
