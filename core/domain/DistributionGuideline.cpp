// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DistributionGuideline.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace kinerja {

namespace {

using Rule = DistributionGuideline::Rule;
using RuleKind = DistributionGuideline::RuleKind;

Rule rule(QList<PerformanceGrade> grades, RuleKind kind, int percent = 0)
{
    Rule result;
    result.grades = std::move(grades);
    result.kind = kind;
    result.percent = percent;
    return result;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString DistributionGuideline::Rule::label() const
{
    QStringList names;
    for (const PerformanceGrade grade : grades) {
        names.append(officialName(grade));
    }
    return names.join(QStringLiteral(" + "));
}

int DistributionGuideline::Rule::limit(int headcount) const
{
    const qint64 scaled = static_cast<qint64>(percent) * headcount; // share x n, in hundredths of an employee
    switch (kind) {
    case RuleKind::Maximum:
        return static_cast<int>(scaled / 100); // floor: never more than the share
    case RuleKind::Minimum:
        return static_cast<int>((scaled + 99) / 100); // ceil: never less than the share
    case RuleKind::MustExist:
        return headcount > 0 ? 1 : 0;
    }
    return 0;
}

bool DistributionGuideline::Rule::isBrokenBy(int count, int headcount) const
{
    // Exact integer comparison of the shares: count/n against percent/100.
    const qint64 actual = static_cast<qint64>(count) * 100;
    const qint64 allowed = static_cast<qint64>(percent) * headcount;
    switch (kind) {
    case RuleKind::Maximum:
        return actual > allowed;
    case RuleKind::Minimum:
        return actual < allowed;
    case RuleKind::MustExist:
        return headcount > 0 && count == 0;
    }
    return false;
}

DistributionGuideline::Counts::Counts(int veryGood, int good, int needsImprovement, int poorMisconduct, int veryPoor)
    : m_counts {veryGood, good, needsImprovement, poorMisconduct, veryPoor}
{ }

int DistributionGuideline::Counts::count(const QList<PerformanceGrade>& grades) const
{
    int sum = 0;
    for (const PerformanceGrade grade : grades) {
        sum += count(grade);
    }
    return sum;
}

int DistributionGuideline::Counts::total() const
{
    int sum = 0;
    for (const int value : m_counts) {
        sum += value;
    }
    return sum;
}

DistributionGuideline::GradeRange DistributionGuideline::AllowedCounts::range(PerformanceGrade grade) const
{
    for (const auto& entry : grades) {
        if (entry.grade == grade) {
            return entry;
        }
    }
    return {};
}

QList<DistributionGuideline::Rule> DistributionGuideline::rules(OrganizationGrade organizationGrade)
{
    using G = PerformanceGrade;
    switch (organizationGrade) {
    case OrganizationGrade::Outstanding:
        return {rule({G::VeryGood}, RuleKind::Maximum, 70)};
    case OrganizationGrade::Good:
        return {rule({G::Good}, RuleKind::Maximum, 70),
            rule({G::NeedsImprovement, G::PoorMisconduct}, RuleKind::MustExist)};
    case OrganizationGrade::NeedsImprovement:
        return {rule({G::VeryGood}, RuleKind::Maximum, 10), rule({G::NeedsImprovement}, RuleKind::Minimum, 60)};
    case OrganizationGrade::Poor:
        return {rule({G::VeryGood}, RuleKind::Maximum, 10), rule({G::NeedsImprovement}, RuleKind::Minimum, 10),
            rule({G::PoorMisconduct}, RuleKind::Minimum, 60)};
    case OrganizationGrade::VeryPoor:
        return {rule({G::VeryGood}, RuleKind::Maximum, 0),
            rule({G::NeedsImprovement, G::PoorMisconduct}, RuleKind::Minimum, 10),
            rule({G::VeryPoor}, RuleKind::Minimum, 60)};
    }
    return {};
}

Result<QList<DistributionGuideline::Warning>> DistributionGuideline::check(
    OrganizationGrade organizationGrade, const Counts& counts)
{
    QStringList problems;
    for (const PerformanceGrade grade : allPerformanceGrades()) {
        if (counts.count(grade) < 0) {
            problems.append(tr("The number of employees with the predikat %1 cannot be negative: %2.")
                                .arg(officialName(grade), number(counts.count(grade))));
        }
    }
    if (!problems.isEmpty()) {
        return Result<QList<Warning>>::failure(problems);
    }
    const int headcount = counts.total();
    QList<Warning> warnings;
    for (const Rule& each : rules(organizationGrade)) {
        const int count = counts.count(each.grades);
        if (each.isBrokenBy(count, headcount)) {
            warnings.append({each, count, headcount, warningMessage(each, count, headcount, organizationGrade)});
        }
    }
    return warnings;
}

Result<DistributionGuideline::AllowedCounts> DistributionGuideline::allowedCounts(
    OrganizationGrade organizationGrade, int headcount)
{
    if (headcount < 0) {
        return Result<AllowedCounts>::failure(
            tr("The number of employees cannot be negative: %1.").arg(number(headcount)));
    }
    const auto all = rules(organizationGrade);
    AllowedCounts allowed;
    allowed.organizationGrade = organizationGrade;
    allowed.headcount = headcount;

    // Each grade on its own: the minimum from its own minima, the maximum from its own maxima.
    for (const PerformanceGrade grade : allPerformanceGrades()) {
        GradeRange range {grade, 0, headcount};
        for (const Rule& each : all) {
            if (each.grades != QList<PerformanceGrade> {grade}) {
                continue;
            }
            if (each.kind == RuleKind::Maximum) {
                range.maximum = std::min(range.maximum, each.limit(headcount));
            } else {
                range.minimum = std::max(range.minimum, each.limit(headcount));
            }
        }
        allowed.grades.append(range);
    }
    // Rules on several grades: what they need beyond the minima of their own grades.
    QList<int> combinedExtra;
    for (const Rule& each : all) {
        if (each.grades.size() > 1 && each.kind != RuleKind::Maximum) {
            int own = 0;
            for (const PerformanceGrade grade : each.grades) {
                own += allowed.range(grade).minimum;
            }
            allowed.combined.append(each);
            combinedExtra.append(std::max(0, each.limit(headcount) - own));
        }
    }
    allowed.requiredEmployees = 0;
    for (const auto& range : allowed.grades) {
        allowed.requiredEmployees += range.minimum;
    }
    for (const int extra : combinedExtra) {
        allowed.requiredEmployees += extra;
    }
    // The room left for a grade once the other grades have their minima.
    for (auto& range : allowed.grades) {
        int others = allowed.requiredEmployees - range.minimum;
        for (qsizetype i = 0; i < allowed.combined.size(); ++i) {
            if (allowed.combined.at(i).grades.contains(range.grade)) {
                others -= combinedExtra.at(i);
            }
        }
        range.maximum = std::max(range.minimum, std::min(range.maximum, headcount - others));
    }
    return allowed;
}

QString DistributionGuideline::roundingNote()
{
    return tr("Rounding: a maximum share is rounded down and a minimum share is rounded up, so these are exactly "
              "the counts that raise no warning (exactly 70% is fine, more warns). In small units a maximum can be "
              "0 (70% of 1 employee is 0.7, so 0) and the minima can need more employees than the unit has; "
              "such units are better judged together at the level of the OPD. The guideline never blocks a "
              "rating.");
}

Rating DistributionGuideline::leaderResultRating(OrganizationGrade organizationGrade)
{
    switch (organizationGrade) {
    case OrganizationGrade::Outstanding:
        return Rating::AboveExpectation;
    case OrganizationGrade::Good:
        return Rating::AsExpected;
    case OrganizationGrade::NeedsImprovement:
    case OrganizationGrade::Poor:
    case OrganizationGrade::VeryPoor:
        return Rating::BelowExpectation;
    }
    return Rating::BelowExpectation;
}

QString DistributionGuideline::formatShare(int count, int headcount)
{
    if (headcount <= 0) {
        return QStringLiteral("0%");
    }
    const qint64 hundredfold = static_cast<qint64>(count) * 100;
    if (hundredfold % headcount == 0) {
        return number(hundredfold / headcount) + u'%';
    }
    // Tenths of a percent, half up: count x 1000 / n + 1/2.
    const qint64 tenths = (static_cast<qint64>(count) * 2000 + headcount) / (static_cast<qint64>(headcount) * 2);
    return number(tenths / 10) + QLocale().decimalPoint() + QString::number(tenths % 10) + u'%';
}

QString DistributionGuideline::warningMessage(
    const Rule& rule, int count, int headcount, OrganizationGrade organizationGrade)
{
    const QString organization = officialName(organizationGrade);
    switch (rule.kind) {
    case RuleKind::Maximum:
        if (rule.percent == 0) {
            return tr("%1: %2 of %n employee(s) (%3), but this predikat is not allowed for an organisation graded "
                      "%4.",
                nullptr, headcount)
                .arg(rule.label(), number(count), formatShare(count, headcount), organization);
        }
        return tr("%1: %2 of %n employee(s) (%3) is more than the maximum of %4% for an organisation graded %5.",
            nullptr, headcount)
            .arg(rule.label(), number(count), formatShare(count, headcount), number(rule.percent), organization);
    case RuleKind::Minimum:
        return tr("%1: %2 of %n employee(s) (%3) is less than the minimum of %4% for an organisation graded %5.",
            nullptr, headcount)
            .arg(rule.label(), number(count), formatShare(count, headcount), number(rule.percent), organization);
    case RuleKind::MustExist:
        return tr("%1: 0 of %n employee(s), but an organisation graded %2 must have at least one.", nullptr, headcount)
            .arg(rule.label(), organization);
    }
    return {};
}

} // namespace kinerja
