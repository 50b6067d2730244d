// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/DemoCommand.h"

#include "core/Language.h"
#include "core/cli/CliArguments.h"
#include "core/domain/IndonesianFormat.h"
#include "core/storage/Database.h"
#include "core/storage/DemoAccounts.h"
#include "core/storage/DemoGenerator.h"

#include <QDate>
#include <QDir>
#include <QJsonObject>

namespace kinerja {

namespace {

/// One decimal, with the decimal comma in the Indonesian UI ("0,8") and a point in English ("0.8").
QString decimal(double value)
{
    return Language::current() == QLatin1String("en") ? QString::number(value, 'f', 1)
                                                      : IndonesianFormat::fixed(value, 1);
}

} // namespace

QString DemoCommand::summary() const
{
    return tr("Create a new standalone database with demo data (Provinsi Jambi).");
}

ExitCode DemoCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Creates a new standalone database filled with generated data: an office of the Provincial Government "
           "of Jambi (about 300 employees with plans and evaluations), or with --scale province about 60,000 "
           "employees in 1,500 units for benchmarks. The same seed always gives the same data. An existing file "
           "is never replaced unless --force is given."));
    args.addOption(QCommandLineOption(QStringLiteral("scale"), tr("office (default) or province."),
        QStringLiteral("SCALE"), QStringLiteral("office")));
    args.addOption(QCommandLineOption(QStringLiteral("years"),
        tr("Years of history ending with the current year (default 3 for office, 1 for province)."),
        QStringLiteral("N")));
    args.addOption(QCommandLineOption(QStringLiteral("seed"), tr("Seed of the generator (default 20250101)."),
        QStringLiteral("S"), QStringLiteral("20250101")));
    args.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace the file if it exists.")));
    if (auto exit = args.parse(arguments, context, 0, 0)) {
        return *exit;
    }
    DemoOptions options;
    const QString scale = args.value(QStringLiteral("scale")).trimmed().toLower();
    if (scale == QStringLiteral("office")) {
        options.scale = DemoOptions::Scale::Office;
    } else if (scale == QStringLiteral("province")) {
        options.scale = DemoOptions::Scale::Province;
        options.years = 1;
    } else {
        return context.fail(tr("Unknown scale \"%1\": use office or province.").arg(scale), ExitCode::Usage);
    }
    if (args.isSet(QStringLiteral("years"))) {
        bool ok = false;
        options.years = args.value(QStringLiteral("years")).toInt(&ok);
        if (!ok) {
            return context.fail(tr("The number of years must be a whole number."), ExitCode::Usage);
        }
    }
    bool seedOk = false;
    options.seed = args.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk) {
        return context.fail(tr("The seed must be a whole number from 0 to 4294967295."), ExitCode::Usage);
    }
    // The newest year of the data is the current year; every date inside it derives from the year.
    options.newestYear = QDate::currentDate().year();
    const auto path = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    const auto created = DemoGenerator::create(path, options, args.isSet(QStringLiteral("force")));
    if (!created) {
        return context.fail(created.problems());
    }
    // Everyone in the demo can sign in with the public demo PIN (the personnel office staff as admins).
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    const auto accounts = DemoAccounts::create(*opened.value());
    if (!accounts) {
        return context.fail(accounts.problems());
    }
    const auto& s = created.value();
    const QString text = tr("Created %1 with %2 units, %3 employees, %4 plans and %5 evaluations in %6 s (%7 MB).")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(s.units)
                             .arg(s.employees)
                             .arg(s.plans)
                             .arg(s.evaluations)
                             .arg(decimal(static_cast<double>(s.elapsedMs) / 1000.0),
                                 decimal(static_cast<double>(s.fileBytes) / (1024.0 * 1024.0)))
        + QLatin1Char('\n') + tr("Everyone can sign in with the demo PIN %1.").arg(QLatin1String(DemoAccounts::kPin));
    return context.succeed(text,
        {{QStringLiteral("database"), path}, {QStringLiteral("units"), s.units},
            {QStringLiteral("employees"), s.employees}, {QStringLiteral("assignments"), s.assignments},
            {QStringLiteral("plans"), s.plans}, {QStringLiteral("workResults"), s.workResults},
            {QStringLiteral("indicators"), s.indicators}, {QStringLiteral("evaluations"), s.evaluations},
            {QStringLiteral("realizations"), s.realizations}, {QStringLiteral("rows"), s.totalRows},
            {QStringLiteral("elapsedMs"), s.elapsedMs}, {QStringLiteral("fileBytes"), s.fileBytes},
            {QStringLiteral("accounts"), accounts.value()},
            {QStringLiteral("demoPin"), QLatin1String(DemoAccounts::kPin)}});
}

} // namespace kinerja
