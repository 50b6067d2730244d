// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CreditPointsCommand.h"

#include "core/cli/CliArguments.h"
#include "core/domain/CreditPoints.h"

#include <QJsonObject>
#include <QLocale>

namespace kinerja {

QString CreditPointsCommand::name() const
{
    return QStringLiteral("credit-points");
}

QString CreditPointsCommand::summary() const
{
    return tr("Show the angka kredit of a jabatan fungsional for a predikat kinerja.");
}

ExitCode CreditPointsCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Shows the angka kredit (AK) of a jabatan fungsional for a predikat kinerja pegawai (Peraturan BKN "
           "3/2023): AK = months / 12 x percentage of the predikat x annual koefisien of the jenjang. The "
           "percentages are Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat "
           "Kurang 25%. The result is calculated exactly and shown rounded to 2 decimals, half up.\n"
           "Exit codes: 0 the angka kredit was shown, 1 invalid input, 2 wrong usage."));
    args.addPositional(QStringLiteral("LEVEL"),
        tr("The jenjang jabatan fungsional: Pemula, Terampil, Mahir, Penyelia, \"Ahli Pertama\", \"Ahli Muda\", "
           "\"Ahli Madya\" or \"Ahli Utama\"."));
    args.addPositional(QStringLiteral("GRADE"), tr("The predikat kinerja pegawai, e.g. \"Sangat Baik\" or SB."));
    args.addOption(QCommandLineOption(QStringLiteral("months"),
        tr("The months of the SKP within the year, from 1 to 12 (default 12)."), QStringLiteral("N")));
    if (const auto exit = args.parse(arguments, context, 2, 2)) {
        return *exit;
    }
    QStringList problems;
    const auto level = parseFunctionalLevel(args.positional().at(0));
    if (!level) {
        problems.append(level.error());
    }
    const auto grade = parsePerformanceGrade(args.positional().at(1));
    if (!grade) {
        problems.append(grade.error());
    }
    int months = CreditPoints::kMonthsPerYear;
    if (args.isSet(QStringLiteral("months"))) {
        bool ok = false;
        const QString value = args.value(QStringLiteral("months")).trimmed();
        months = value.toInt(&ok);
        if (!ok) {
            problems.append(tr("The number of months must be a whole number from 1 to 12, not \"%1\".").arg(value));
        }
    }
    if (!problems.isEmpty()) {
        return context.fail(problems);
    }
    const auto points = CreditPoints::calculate(*level, *grade, months);
    if (!points) {
        return context.fail(points.error());
    }

    const QLocale locale;
    QString text = tr("Angka kredit: %1").arg(points->toString(locale)) + u'\n';
    text += QStringLiteral("AK = ") + points->formula(locale) + u'\n';
    text += tr("Jenjang %1 (annual koefisien %2), predikat %3 (%4%), %n month(s) of 12.", nullptr, months)
                .arg(officialName(*level), CreditPoints::annualCoefficientText(*level, locale), officialName(*grade),
                    locale.toString(CreditPoints::percentage(*grade)))
        + u'\n';
    if (points->isExactInHundredths()) {
        text += tr("The value is exact.") + u'\n';
    } else {
        text += tr("Rounded to 2 decimals, half up; the exact value is %1/%2 = %3")
                    .arg(locale.toString(points->reducedNumerator()), locale.toString(points->reducedDenominator()),
                        points->exactText(locale))
            + u'\n';
    }

    const QLocale c = QLocale::c();
    const QJsonObject json {
        {QStringLiteral("level"), officialName(*level)},
        {QStringLiteral("grade"),
            QJsonObject {{QStringLiteral("name"), officialName(*grade)}, {QStringLiteral("code"), codeName(*grade)}}},
        {QStringLiteral("months"), months},
        {QStringLiteral("percentage"), CreditPoints::percentage(*grade)},
        {QStringLiteral("annualCoefficient"), CreditPoints::annualCoefficientText(*level, c)},
        {QStringLiteral("creditPoints"), points->toString(c)},
        {QStringLiteral("hundredths"), points->roundedHundredths()},
        {QStringLiteral("exact"),
            QJsonObject {{QStringLiteral("numerator"), points->reducedNumerator()},
                {QStringLiteral("denominator"), points->reducedDenominator()},
                {QStringLiteral("text"), points->exactText(c)}}},
        {QStringLiteral("rounding"), QStringLiteral("2 decimals, half up")},
        {QStringLiteral("formula"), points->formula(c)},
    };
    return context.succeed(text, json);
}

} // namespace kinerja
