// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ImportCommand.h"

#include "core/cli/CliArguments.h"
#include "core/storage/Database.h"
#include "core/storage/Importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kinerja {

QString ImportCommand::summary() const
{
    return tr("Import org units or employees from a CSV file, all or nothing.");
}

ExitCode ImportCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Imports org units or employees from a CSV file (UTF-8, comma or semicolon; the columns are described in "
           "docs/import.md). Every problem is reported with its line. By default nothing is written when any row "
           "is rejected; with --valid-only the valid rows are written. Rows that are already stored unchanged are "
           "skipped, so importing a file twice changes nothing."));
    args.addPositional(
        QStringLiteral("WHAT"), tr("What the file holds: employees or units."), QStringLiteral("employees|units"));
    args.addPositional(QStringLiteral("CSV"), tr("The CSV file to import."));
    args.addOption(QCommandLineOption(
        QStringLiteral("valid-only"), tr("Write the valid rows even when other rows are rejected.")));
    if (auto exit = args.parse(arguments, context, 2, 2)) {
        return *exit;
    }
    const QString what = args.positional().at(0);
    if (what != QLatin1String("employees") && what != QLatin1String("units")) {
        return context.fail(tr("Unknown import \"%1\": write employees or units.").arg(what), ExitCode::Usage);
    }
    const QString csv = args.positional().at(1);
    const QString path = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return context.fail(opened.problems());
    }
    Importer importer(*opened.value());
    Importer::Options options;
    options.validOnly = args.isSet(QStringLiteral("valid-only"));
    const auto imported =
        what == QLatin1String("units") ? importer.importUnits(csv, options) : importer.importEmployees(csv, options);
    if (!imported) {
        return context.fail(imported.problems());
    }
    const ImportReport& report = imported.value();
    const bool failed = !report.written;

    if (context.json()) {
        QJsonArray problems;
        for (const auto& problem : report.problems) {
            problems.append(
                QJsonObject {{QStringLiteral("line"), problem.line}, {QStringLiteral("message"), problem.message}});
        }
        const QJsonObject json {
            {QStringLiteral("ok"), !failed},
            {QStringLiteral("what"), what},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("validOnly"), report.validOnly},
            {QStringLiteral("added"), report.added},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("rejected"), report.rejected},
            {QStringLiteral("blankLines"), report.blank},
            {QStringLiteral("problems"), problems},
        };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out().flush();
        return failed ? ExitCode::Failure : ExitCode::Success;
    }

    QString text;
    text += tr("Added: %1").arg(report.added) + u'\n';
    text += tr("Updated: %1").arg(report.updated) + u'\n';
    text += tr("Unchanged: %1").arg(report.unchanged) + u'\n';
    text += tr("Rejected: %1").arg(report.rejected) + u'\n';
    if (failed) {
        text +=
            tr("Nothing was written because rows were rejected. Correct them, or import with --valid-only.") + u'\n';
    } else if (report.rejected > 0) {
        text += tr("The valid rows were written; the rejected rows were skipped.") + u'\n';
    }
    context.out() << text;
    context.out().flush();
    for (const auto& problem : report.problems) {
        context.err() << tr("Line %1: %2").arg(problem.line).arg(problem.message) << '\n';
    }
    context.err().flush();
    return failed ? ExitCode::Failure : ExitCode::Success;
}

} // namespace kinerja
