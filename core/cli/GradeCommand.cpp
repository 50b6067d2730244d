// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/GradeCommand.h"

#include "core/cli/CliArguments.h"
#include "core/domain/GradeMatrix.h"

#include <QJsonObject>

namespace kinerja {

QString GradeCommand::name() const
{
    return QStringLiteral("grade");
}

QString GradeCommand::summary() const
{
    return tr("Show the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku.");
}

ExitCode GradeCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Shows the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku kerja, from the "
           "kuadran kinerja of PermenPANRB 6/2022. A rating is one of \"Di Atas Ekspektasi\", \"Sesuai "
           "Ekspektasi\" or \"Di Bawah Ekspektasi\", in any case, also written \"Diatas\"/\"Dibawah\", shortened "
           "(\"di atas\", \"sesuai\", \"di bawah\") or as a code name (above, as-expected, below).\n"
           "Exit codes: 0 the predikat was shown, 1 a rating was not understood, 2 wrong usage."));
    args.addPositional(QStringLiteral("RESULT"), tr("The rating hasil kerja, e.g. \"di atas\"."));
    args.addPositional(QStringLiteral("BEHAVIOR"), tr("The rating perilaku kerja, e.g. sesuai."));
    if (const auto exit = args.parse(arguments, context, 2, 2)) {
        return *exit;
    }
    const auto resultRating = parseRating(args.positional().at(0));
    const auto behaviorRating = parseRating(args.positional().at(1));
    QStringList problems;
    if (!resultRating) {
        problems.append(tr("Rating hasil kerja: %1").arg(resultRating.error()));
    }
    if (!behaviorRating) {
        problems.append(tr("Rating perilaku kerja: %1").arg(behaviorRating.error()));
    }
    if (!problems.isEmpty()) {
        return context.fail(problems);
    }

    const PerformanceGrade grade = GradeMatrix::grade(*resultRating, *behaviorRating);
    const QString text = officialName(grade) + u'\n'
        + tr("Rating hasil kerja %1 and rating perilaku kerja %2 give the predikat %3 (kuadran kinerja, "
             "PermenPANRB 6/2022).")
              .arg(officialName(*resultRating), officialName(*behaviorRating), officialName(grade))
        + u'\n';
    const auto named = [](const QString& official, const QString& code) {
        return QJsonObject {{QStringLiteral("name"), official}, {QStringLiteral("code"), code}};
    };
    const QJsonObject json {
        {QStringLiteral("resultRating"), named(officialName(*resultRating), codeName(*resultRating))},
        {QStringLiteral("behaviorRating"), named(officialName(*behaviorRating), codeName(*behaviorRating))},
        {QStringLiteral("grade"), named(officialName(grade), codeName(grade))},
    };
    return context.succeed(text, json);
}

} // namespace kinerja
