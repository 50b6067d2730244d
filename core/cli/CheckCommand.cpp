// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CheckCommand.h"

#include "core/cli/CliArguments.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kinerja {

QString CheckCommand::summary() const
{
    return tr("Check the database: integrity, references, evidence files and schema version.");
}

ExitCode CheckCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Checks the database without changing it: SQLite integrity, broken references, evidence files that no "
           "record uses, and the schema version. Exits with 1 when a problem is found."));
    if (auto exit = args.parse(arguments, context, 0, 0)) {
        return *exit;
    }
    const auto path = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    const auto checked = DatabaseMaintenance::check(path);
    if (!checked) {
        return context.fail(checked.problems());
    }
    const auto& report = checked.value();
    const auto problems = report.problems();

    if (context.json()) {
        QJsonObject json {
            {QStringLiteral("ok"), problems.isEmpty()},
            {QStringLiteral("database"), report.path},
            {QStringLiteral("schemaVersion"), report.schemaVersion},
            {QStringLiteral("supportedVersion"), report.supportedVersion},
            {QStringLiteral("kind"), report.kind},
            {QStringLiteral("integrityProblems"), QJsonArray::fromStringList(report.integrityProblems)},
            {QStringLiteral("foreignKeyProblems"), QJsonArray::fromStringList(report.foreignKeyProblems)},
            {QStringLiteral("orphanedBlobs"), report.orphanedBlobs},
            {QStringLiteral("orphanedBlobBytes"), report.orphanedBlobBytes},
            {QStringLiteral("missingBlobs"), report.missingBlobs},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out().flush();
        return problems.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    }

    QString text;
    text += tr("Database: %1").arg(QDir::toNativeSeparators(report.path)) + u'\n';
    text +=
        tr("Schema version: %1 (this version reads up to %2)").arg(report.schemaVersion).arg(report.supportedVersion)
        + u'\n';
    text += tr("Kind: %1").arg(report.kind) + u'\n';
    text += tr("Integrity: %1").arg(report.integrityProblems.isEmpty() ? tr("ok") : tr("problems found")) + u'\n';
    text += tr("References: %1").arg(report.foreignKeyProblems.isEmpty() ? tr("ok") : tr("problems found")) + u'\n';
    text += tr("Unused evidence files: %1").arg(report.orphanedBlobs) + u'\n';
    if (problems.isEmpty()) {
        return context.succeed(text + tr("No problems found."), {});
    }
    context.out() << text;
    context.out().flush();
    return context.fail(problems);
}

} // namespace kinerja
