// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/DistributionCommand.h"

#include "core/cli/CliArguments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace kinerja {

namespace {

using Guideline = DistributionGuideline;

QString number(int value)
{
    return QLocale().toString(value);
}

QJsonObject named(const QString& official, const QString& code)
{
    return QJsonObject {{QStringLiteral("name"), official}, {QStringLiteral("code"), code}};
}

QString kindCode(Guideline::RuleKind kind)
{
    switch (kind) {
    case Guideline::RuleKind::Maximum:
        return QStringLiteral("maximum");
    case Guideline::RuleKind::Minimum:
        return QStringLiteral("minimum");
    case Guideline::RuleKind::MustExist:
        return QStringLiteral("must-exist");
    }
    return {};
}

QJsonObject ruleJson(const Guideline::Rule& rule, int headcount)
{
    QJsonArray grades;
    for (const PerformanceGrade grade : rule.grades) {
        grades.append(named(officialName(grade), codeName(grade)));
    }
    return QJsonObject {
        {QStringLiteral("grades"), grades},
        {QStringLiteral("kind"), kindCode(rule.kind)},
        {QStringLiteral("percent"), rule.percent},
        {QStringLiteral("limit"), rule.limit(headcount)},
    };
}

/// A non-negative whole number up to the maximum headcount, or nothing.
std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > DistributionCommand::kMaximumHeadcount) {
        return std::nullopt;
    }
    return value;
}

/// Left-justified columns; the first column as wide as its widest cell.
QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const auto& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    QString text;
    for (const auto& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // Text columns left, number columns right.
            line += i == 0 || i == row.size() - 1 ? row.at(i).leftJustified(widths.at(i))
                                                  : row.at(i).rightJustified(widths.at(i));
            line += QStringLiteral("  ");
        }
        text += QStringLiteral("  ") + line.trimmed() + u'\n';
    }
    return text;
}

} // namespace

QString DistributionCommand::name() const
{
    return QStringLiteral("distribution");
}

QString DistributionCommand::summary() const
{
    return tr("Show the allowed counts per predikat, or check a unit's counts against the pola distribusi.");
}

Result<DistributionGuideline::Counts> DistributionCommand::parseCounts(const QString& text)
{
    const QStringList parts = text.split(u',');
    QStringList problems;
    Guideline::Counts counts;
    const bool namedForm = text.contains(u'=');
    if (!namedForm) {
        if (parts.size() != 5) {
            return Result<Guideline::Counts>::failure(
                tr("--counts needs five whole numbers separated by commas, in the order Sangat Baik, Baik, Butuh "
                   "Perbaikan, Kurang/Misconduct, Sangat Kurang (e.g. 3,5,1,1,0), or named counts such as "
                   "\"Sangat Baik=3,Baik=5\"; \"%1\" has %n part(s).",
                    nullptr, static_cast<int>(parts.size()))
                    .arg(text));
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const auto grade = allPerformanceGrades().at(i);
            if (const auto value = wholeNumber(parts.at(i))) {
                counts.setCount(grade, *value);
            } else {
                problems.append(tr("The count for %1 must be a whole number from 0 to %2, not \"%3\".")
                                    .arg(officialName(grade), number(kMaximumHeadcount), parts.at(i).trimmed()));
            }
        }
    } else {
        QList<PerformanceGrade> seen;
        for (const QString& part : parts) {
            const auto separator = part.indexOf(u'=');
            if (separator < 0) {
                problems.append(tr("\"%1\" is not a named count: write PREDIKAT=NUMBER, e.g. \"Sangat Baik=3\".")
                                    .arg(part.trimmed()));
                continue;
            }
            const auto grade = parsePerformanceGrade(part.left(separator));
            const auto value = wholeNumber(part.mid(separator + 1));
            if (!grade) {
                problems.append(grade.error());
            } else if (seen.contains(*grade)) {
                problems.append(tr("The predikat %1 is counted twice.").arg(officialName(*grade)));
            }
            if (!value) {
                problems.append(tr("The count for %1 must be a whole number from 0 to %2, not \"%3\".")
                                    .arg(part.left(separator).trimmed(), number(kMaximumHeadcount),
                                        part.mid(separator + 1).trimmed()));
            }
            if (grade && value && !seen.contains(*grade)) {
                counts.setCount(*grade, *value);
                seen.append(*grade);
            }
        }
    }
    if (problems.isEmpty() && counts.total() > kMaximumHeadcount) {
        problems.append(tr("The counts add up to %1 employees; at most %2 are accepted.")
                            .arg(number(counts.total()), number(kMaximumHeadcount)));
    }
    if (!problems.isEmpty()) {
        return Result<Guideline::Counts>::failure(problems);
    }
    return counts;
}

ExitCode DistributionCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Shows the pola distribusi predikat kinerja pegawai of SE MenPANRB 3/2023 for an organisation grade "
           "(Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).\n"
           "With --headcount N: the lowest and highest number of employees that may get each predikat. Maximum "
           "shares are rounded down and minimum shares rounded up, so these are exactly the counts that raise no "
           "warning.\n"
           "With --counts: the unit's distribution and a warning for each rule it breaks. The guideline never "
           "blocks a rating.\n"
           "Exit codes: 0 success and no warnings, 3 the counts raise warnings, 1 invalid input, 2 wrong usage."));
    args.addPositional(QStringLiteral("ORG_GRADE"), tr("The predikat kinerja organisasi, e.g. Istimewa."));
    args.addOption(QCommandLineOption(
        QStringLiteral("headcount"), tr("Show the allowed counts per predikat for N employees."), QStringLiteral("N")));
    args.addOption(QCommandLineOption(QStringLiteral("counts"),
        tr("Check actual counts: five whole numbers in the order Sangat Baik, Baik, Butuh Perbaikan, "
           "Kurang/Misconduct, Sangat Kurang (3,5,1,1,0), or named (\"Sangat Baik=3,Baik=5\", \"SB=3,B=5\")."),
        QStringLiteral("COUNTS")));
    if (const auto exit = args.parse(arguments, context, 1, 1)) {
        return *exit;
    }
    const bool byHeadcount = args.isSet(QStringLiteral("headcount"));
    const bool byCounts = args.isSet(QStringLiteral("counts"));
    if (byHeadcount == byCounts) {
        return context.fail({tr("Give either --headcount N or --counts, not both or neither."),
                                tr("Run \"kinerja-cli %1 --help\" for the options.").arg(name())},
            ExitCode::Usage);
    }
    const auto organizationGrade = parseOrganizationGrade(args.positional().at(0));
    if (!organizationGrade) {
        return context.fail(organizationGrade.error());
    }
    if (byHeadcount) {
        const QString value = args.value(QStringLiteral("headcount"));
        const auto headcount = wholeNumber(value);
        if (!headcount) {
            return context.fail(tr("The headcount must be a whole number from 0 to %1, not \"%2\".")
                                    .arg(number(kMaximumHeadcount), value.trimmed()));
        }
        return showAllowed(*organizationGrade, *headcount, context);
    }
    const auto counts = parseCounts(args.value(QStringLiteral("counts")));
    if (!counts) {
        return context.fail(counts.problems());
    }
    return showCheck(*organizationGrade, *counts, context);
}

ExitCode DistributionCommand::showAllowed(OrganizationGrade organizationGrade, int headcount, CliContext& context)
{
    const auto allowed = DistributionGuideline::allowedCounts(organizationGrade, headcount);
    if (!allowed) {
        return context.fail(allowed.problems());
    }
    const auto rules = DistributionGuideline::rules(organizationGrade);
    const auto ruleText = [](const DistributionGuideline::Rule& rule) -> QString {
        switch (rule.kind) {
        case DistributionGuideline::RuleKind::Maximum:
            return rule.percent == 0 ? tr("not allowed") : tr("at most %1%").arg(number(rule.percent));
        case DistributionGuideline::RuleKind::Minimum:
            return tr("at least %1%").arg(number(rule.percent));
        case DistributionGuideline::RuleKind::MustExist:
            return tr("must exist");
        }
        return {};
    };

    QList<QStringList> rows {{tr("Predikat"), tr("Minimum"), tr("Maximum"), tr("Rule")}};
    QJsonArray gradesJson;
    for (const auto& range : allowed->grades) {
        QString rule;
        for (const auto& each : rules) {
            if (each.grades == QList<PerformanceGrade> {range.grade}) {
                rule = ruleText(each);
            }
        }
        rows.append({officialName(range.grade), number(range.minimum), number(range.maximum), rule});
        QJsonObject entry = named(officialName(range.grade), codeName(range.grade));
        entry.insert(QStringLiteral("minimum"), range.minimum);
        entry.insert(QStringLiteral("maximum"), range.maximum);
        gradesJson.append(entry);
    }
    QString text = tr("Allowed counts of each predikat for %n employee(s) in an organisation graded %1 (SE MenPANRB "
                      "3/2023):",
                       nullptr, headcount)
                       .arg(officialName(organizationGrade))
        + u'\n' + table(rows);
    for (const auto& rule : allowed->combined) {
        if (rule.kind == DistributionGuideline::RuleKind::MustExist) {
            text +=
                tr("%1 together: at least %2 (must exist).").arg(rule.label(), number(rule.limit(headcount))) + u'\n';
        } else {
            text += tr("%1 together: at least %2 (minimum %3%).")
                        .arg(rule.label(), number(rule.limit(headcount)), number(rule.percent))
                + u'\n';
        }
    }
    if (!allowed->isSatisfiable()) {
        text += tr("The minima need %1 employees, but the unit has %n: every distribution of this unit raises a "
                   "warning.",
                    nullptr, headcount)
                    .arg(number(allowed->requiredEmployees))
            + u'\n';
    }
    text += DistributionGuideline::roundingNote() + u'\n';

    QJsonArray rulesJson;
    for (const auto& rule : rules) {
        rulesJson.append(ruleJson(rule, headcount));
    }
    const QJsonObject json {
        {QStringLiteral("organizationGrade"), named(officialName(organizationGrade), codeName(organizationGrade))},
        {QStringLiteral("headcount"), headcount},
        {QStringLiteral("grades"), gradesJson},
        {QStringLiteral("rules"), rulesJson},
        {QStringLiteral("requiredEmployees"), allowed->requiredEmployees},
        {QStringLiteral("satisfiable"), allowed->isSatisfiable()},
        {QStringLiteral("rounding"), QStringLiteral("maximum-floor-minimum-ceil")},
        {QStringLiteral("roundingNote"), DistributionGuideline::roundingNote()},
    };
    return context.succeed(text, json);
}

ExitCode DistributionCommand::showCheck(
    OrganizationGrade organizationGrade, const DistributionGuideline::Counts& counts, CliContext& context)
{
    const auto warnings = DistributionGuideline::check(organizationGrade, counts);
    if (!warnings) {
        return context.fail(warnings.problems());
    }
    const int headcount = counts.total();
    QList<QStringList> rows {{tr("Predikat"), tr("Count"), tr("Share")}};
    QJsonArray countsJson;
    for (const PerformanceGrade grade : allPerformanceGrades()) {
        const QString share = DistributionGuideline::formatShare(counts.count(grade), headcount);
        rows.append({officialName(grade), number(counts.count(grade)), share});
        QJsonObject entry = named(officialName(grade), codeName(grade));
        entry.insert(QStringLiteral("count"), counts.count(grade));
        entry.insert(QStringLiteral("share"), share);
        countsJson.append(entry);
    }
    QString text =
        tr("Distribution of %n employee(s) in an organisation graded %1 (SE MenPANRB 3/2023):", nullptr, headcount)
            .arg(officialName(organizationGrade))
        + u'\n' + table(rows);
    QJsonArray warningsJson;
    if (warnings->isEmpty()) {
        text += tr("The distribution follows the guideline.") + u'\n';
    } else {
        text += tr("%n warning(s); the guideline never blocks a rating:", nullptr, static_cast<int>(warnings->size()))
            + u'\n';
        for (const auto& warning : *warnings) {
            text += QStringLiteral("- ") + warning.message + u'\n';
            QJsonObject entry {
                {QStringLiteral("rule"), ruleJson(warning.rule, headcount)},
                {QStringLiteral("count"), warning.count},
                {QStringLiteral("message"), warning.message},
            };
            warningsJson.append(entry);
        }
    }
    const QJsonObject json {
        {QStringLiteral("organizationGrade"), named(officialName(organizationGrade), codeName(organizationGrade))},
        {QStringLiteral("headcount"), headcount},
        {QStringLiteral("counts"), countsJson},
        {QStringLiteral("warnings"), warningsJson},
        {QStringLiteral("withinGuideline"), warnings->isEmpty()},
    };
    const ExitCode printed = context.succeed(text, json);
    return warnings->isEmpty() ? printed : kWarningsExitCode;
}

} // namespace kinerja
