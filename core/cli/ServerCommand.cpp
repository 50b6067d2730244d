// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ServerCommand.h"

#include "core/cli/CliArguments.h"
#include "core/cli/ServerOptions.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/Importer.h"
#include "core/sync/ServerConnection.h"
#include "core/sync/ServerInstaller.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <utility>

namespace kinerja {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kLogin = QStringLiteral("login");
const QString kNip = QStringLiteral("nip");
const QString kAdmin = QStringLiteral("admin");
const QString kUnit = QStringLiteral("unit");
const QString kUnits = QStringLiteral("units");
const QString kEmployees = QStringLiteral("employees");

/// A new standalone file in `folder` with the units and employees of the CSV files (the checks and the
/// all-or-nothing rule of `kinerja-cli import`), for an installation without a standalone office file.
Result<std::unique_ptr<Database>> fileFromCsv(const QString& folder, const QString& units, const QString& employees)
{
    using R = Result<std::unique_ptr<Database>>;
    auto opened = Database::open(folder + QStringLiteral("/from-csv.sqlite"));
    if (!opened) {
        return opened;
    }
    Importer importer(*opened.value());
    QStringList problems;
    for (const auto& [path, isUnits] : {std::pair {units, true}, std::pair {employees, false}}) {
        if (path.isEmpty()) {
            continue;
        }
        auto imported = isUnits ? importer.importUnits(path, {}) : importer.importEmployees(path, {});
        if (!imported) {
            return R::failure(imported.problems());
        }
        for (const auto& problem : imported->problems) {
            problems.append(ServerCommand::tr("%1, line %2: %3")
                                .arg(QFileInfo(path).fileName())
                                .arg(problem.line)
                                .arg(problem.message));
        }
        if (!imported->written) {
            problems.prepend(ServerCommand::tr("Nothing was installed because rows of %1 were rejected:")
                                 .arg(QFileInfo(path).fileName()));
            return R::failure(problems);
        }
    }
    return opened;
}

} // namespace

QString ServerCommand::summary() const
{
    return tr("Install, upgrade and manage the accounts of the shared PostgreSQL database (for its administrator).");
}

ExitCode ServerCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Manages the shared PostgreSQL database. ACTION is one of:\n"
           "  install       create the schema and load a standalone file (--from FILE), or units and employees from "
           "CSV files (--units, --employees)\n"
           "  upgrade       bring the workflow table to this version of Kinerja ASN\n"
           "  add-user      create or renew a person's login (--login, --nip, --admin, --unit); the password is read "
           "from standard input\n"
           "  disable-user  stop a login (--login); its history is kept\n"
           "The password of --user comes from PGPASSWORD or the PostgreSQL password file, never from the command "
           "line."));
    args.addPositional(QStringLiteral("ACTION"), tr("install, upgrade, add-user or disable-user."));
    ServerOptions::add(args, QStringLiteral("postgres"));
    args.addOption(
        QCommandLineOption(kFrom, tr("install: the standalone Kinerja file to load."), QStringLiteral("FILE")));
    args.addOption(QCommandLineOption(kUnits,
        tr("install without --from: the units to load, a CSV file as for \"import units\"."), QStringLiteral("CSV")));
    args.addOption(QCommandLineOption(kEmployees,
        tr("install without --from: the employees to load, a CSV file as for \"import employees\"."),
        QStringLiteral("CSV")));
    args.addOption(
        QCommandLineOption(kLogin, tr("add-user, disable-user: the person's login name."), QStringLiteral("LOGIN")));
    args.addOption(QCommandLineOption(kNip, tr("add-user: the person's NIP."), QStringLiteral("NIP")));
    args.addOption(QCommandLineOption(kAdmin,
        tr("add-user: the person administers the whole agency, or with --unit "
           "one OPD.")));
    args.addOption(QCommandLineOption(kUnit,
        tr("add-user --admin: the code of the unit (an OPD) whose tree the person "
           "administers."),
        QStringLiteral("CODE")));
    ServerOptions::addPasswordOption(args);
    if (auto exit = args.parse(arguments, context, 1, 1)) {
        return *exit;
    }
    const auto action = args.positional().at(0);
    static const QStringList actions {QStringLiteral("install"), QStringLiteral("upgrade"), QStringLiteral("add-user"),
        QStringLiteral("disable-user")};
    if (!actions.contains(action)) {
        return context.fail(
            tr("Unknown action \"%1\": use install, upgrade, add-user or disable-user.").arg(action), ExitCode::Usage);
    }
    ServerSettings defaults;
    defaults.user = QStringLiteral("postgres");
    auto settings = ServerOptions::read(args, defaults);
    if (!settings) {
        return context.fail(settings.problems(), ExitCode::Usage);
    }
    const bool fromCsv = args.isSet(kUnits) || args.isSet(kEmployees);
    if (action == QLatin1String("install") && args.isSet(kFrom) == fromCsv) {
        return context.fail(tr("install needs either --from FILE (a standalone file) or --units and --employees (CSV "
                               "files)."),
            ExitCode::Usage);
    }
    if ((action == QLatin1String("add-user") || action == QLatin1String("disable-user")) && !args.isSet(kLogin)) {
        return context.fail(tr("%1 needs --login.").arg(action), ExitCode::Usage);
    }
    if (action == QLatin1String("add-user") && !args.isSet(kNip)) {
        return context.fail(tr("add-user needs --nip."), ExitCode::Usage);
    }

    std::unique_ptr<Database> source;
    QTemporaryDir folder;
    if (action == QLatin1String("install") && fromCsv) {
        auto loaded = fileFromCsv(folder.path(), args.value(kUnits), args.value(kEmployees));
        if (!loaded) {
            return context.fail(loaded.problems());
        }
        source = std::move(loaded.value());
    } else if (action == QLatin1String("install")) {
        auto opened = Database::open(args.value(kFrom), Database::OpenMode::ReadOnly);
        if (!opened) {
            return context.fail(opened.problems());
        }
        auto info = DatabaseInfo::read(*opened.value());
        if (!info) {
            return context.fail(info.problems());
        }
        if (!info->isStandalone()) {
            return context.fail(tr("%1 is a replica of a shared database; install from a standalone file.")
                                    .arg(QFileInfo(args.value(kFrom)).fileName()));
        }
        source = std::move(opened.value());
    }
    auto connection = ServerConnection::open(*settings);
    if (!connection) {
        return context.fail(connection.problems());
    }
    ServerInstaller installer(*connection.value());
    QJsonObject json {{QStringLiteral("action"), action}, {QStringLiteral("database"), settings->database}};

    if (action == QLatin1String("install")) {
        auto loaded = installer.install(*source);
        if (!loaded) {
            return context.fail(loaded.problems());
        }
        QStringList lines;
        QJsonObject counts;
        for (const auto& [table, rows] : *loaded) {
            lines.append(QStringLiteral("  %1: %2").arg(table).arg(rows));
            counts.insert(table, rows);
        }
        json.insert(QStringLiteral("rows"), counts);
        return context.succeed(
            tr("Kinerja ASN was installed in %1. Rows loaded:\n%2").arg(settings->displayName(), lines.join('\n')),
            json);
    }
    if (action == QLatin1String("upgrade")) {
        if (auto done = installer.upgrade(); !done) {
            return context.fail(done.problems());
        }
        return context.succeed(tr("%1 is up to date.").arg(settings->displayName()), json);
    }
    const auto login = args.value(kLogin);
    json.insert(QStringLiteral("login"), login);
    if (action == QLatin1String("add-user")) {
        const auto password = ServerOptions::readNewPassword(args);
        if (auto done = installer.addUser(login, password, args.value(kNip), args.isSet(kAdmin), args.value(kUnit));
            !done) {
            return context.fail(done.problems());
        }
        const auto text = !args.isSet(kAdmin)
            ? tr("The login %1 can now synchronize as the employee with NIP %2.").arg(login, args.value(kNip))
            : args.value(kUnit).isEmpty()
            ? tr("The login %1 can now synchronize as the employee with NIP %2, administrator of the whole agency.")
                  .arg(login, args.value(kNip))
            : tr("The login %1 can now synchronize as the employee with NIP %2, administrator of unit %3 and the "
                 "units under it.")
                  .arg(login, args.value(kNip), args.value(kUnit));
        json.insert(QStringLiteral("admin"), args.isSet(kAdmin));
        return context.succeed(text, json);
    }
    auto disabled = installer.disableUser(login);
    if (!disabled) {
        return context.fail(disabled.problems());
    }
    if (!*disabled) {
        return context.fail(tr("There is no account with the login %1.").arg(login));
    }
    return context.succeed(tr("The login %1 was disabled; its history is kept.").arg(login), json);
}

} // namespace kinerja
