// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DistributionGuideline.h"

#include "tests/support/TestSupport.h"

#include <array>

using namespace kinerja;

namespace {

using Counts = DistributionGuideline::Counts;
using RuleKind = DistributionGuideline::RuleKind;
using G = PerformanceGrade;
using O = OrganizationGrade;

QList<DistributionGuideline::Warning> warningsFor(OrganizationGrade organization, const Counts& counts)
{
    const auto checked = DistributionGuideline::check(organization, counts);
    REQUIRE(checked.ok());
    return checked.value();
}

/// The warnings' rules, as "kind:percent:grades" strings, for compact assertions.
QStringList brokenRules(OrganizationGrade organization, const Counts& counts)
{
    QStringList broken;
    for (const auto& warning : warningsFor(organization, counts)) {
        broken.append(warning.rule.label());
    }
    return broken;
}

} // namespace

TEST_CASE("DistributionGuideline has the rules of SE MenPANRB 3/2023 for each organisation grade",
    "[core][grade][distribution]")
{
    const auto outstanding = DistributionGuideline::rules(O::Outstanding);
    REQUIRE(outstanding.size() == 1);
    CHECK(outstanding.at(0).grades == QList<G> {G::VeryGood});
    CHECK(outstanding.at(0).kind == RuleKind::Maximum);
    CHECK(outstanding.at(0).percent == 70);

    const auto good = DistributionGuideline::rules(O::Good);
    REQUIRE(good.size() == 2);
    CHECK(good.at(1).grades == QList<G> {G::NeedsImprovement, G::PoorMisconduct});
    CHECK(good.at(1).kind == RuleKind::MustExist);
    CHECK(good.at(1).label() == QStringLiteral("Butuh Perbaikan + Kurang/Misconduct"));

    CHECK(DistributionGuideline::rules(O::NeedsImprovement).size() == 2);
    CHECK(DistributionGuideline::rules(O::Poor).size() == 3);
    const auto veryPoor = DistributionGuideline::rules(O::VeryPoor);
    REQUIRE(veryPoor.size() == 3);
    CHECK(veryPoor.at(0).grades == QList<G> {G::VeryGood});
    CHECK(veryPoor.at(0).percent == 0);
}

TEST_CASE("DistributionGuideline under Istimewa allows exactly 70% Sangat Baik and warns above",
    "[core][grade][distribution]")
{
    CHECK(warningsFor(O::Outstanding, Counts(7, 3, 0, 0, 0)).isEmpty());
    CHECK(warningsFor(O::Outstanding, Counts(70, 30, 0, 0, 0)).isEmpty());
    CHECK(brokenRules(O::Outstanding, Counts(71, 29, 0, 0, 0)) == QStringList {QStringLiteral("Sangat Baik")});
    // Every other grade is free under Istimewa.
    CHECK(warningsFor(O::Outstanding, Counts(0, 0, 0, 0, 10)).isEmpty());

    const auto warnings = warningsFor(O::Outstanding, Counts(8, 1, 1, 0, 0));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).count == 8);
    CHECK(warnings.at(0).headcount == 10);
    CHECK(warnings.at(0).message.startsWith(QStringLiteral("Sangat Baik: 8 of 10 employee")));
    CHECK(warnings.at(0).message.endsWith(
        QStringLiteral("(80%) is more than the maximum of 70% for an organisation graded Istimewa.")));
}

TEST_CASE("DistributionGuideline under Baik allows exactly 70% Baik and warns above", "[core][grade][distribution]")
{
    CHECK(warningsFor(O::Good, Counts(20, 70, 10, 0, 0)).isEmpty());
    CHECK(brokenRules(O::Good, Counts(19, 71, 10, 0, 0)) == QStringList {QStringLiteral("Baik")});
}

TEST_CASE("DistributionGuideline under Baik requires some Butuh Perbaikan or Kurang/Misconduct",
    "[core][grade][distribution]")
{
    CHECK(warningsFor(O::Good, Counts(3, 6, 1, 0, 0)).isEmpty());
    CHECK(warningsFor(O::Good, Counts(3, 6, 0, 1, 0)).isEmpty());
    const auto warnings = warningsFor(O::Good, Counts(4, 6, 0, 0, 0));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule.kind == RuleKind::MustExist);
    CHECK(warnings.at(0).message.startsWith(QStringLiteral("Butuh Perbaikan + Kurang/Misconduct: 0 of 10 employee")));
    CHECK(warnings.at(0).message.endsWith(QStringLiteral("but an organisation graded Baik must have at least one.")));
    // Sangat Kurang does not count for the rule.
    CHECK(brokenRules(O::Good, Counts(4, 5, 0, 0, 1))
        == QStringList {QStringLiteral("Butuh Perbaikan + Kurang/Misconduct")});
}

TEST_CASE("DistributionGuideline under Butuh Perbaikan limits Sangat Baik to 10% and needs 60% Butuh Perbaikan",
    "[core][grade][distribution]")
{
    CHECK(warningsFor(O::NeedsImprovement, Counts(10, 30, 60, 0, 0)).isEmpty());
    CHECK(brokenRules(O::NeedsImprovement, Counts(11, 29, 60, 0, 0)) == QStringList {QStringLiteral("Sangat Baik")});
    CHECK(
        brokenRules(O::NeedsImprovement, Counts(10, 31, 59, 0, 0)) == QStringList {QStringLiteral("Butuh Perbaikan")});

    const auto warnings = warningsFor(O::NeedsImprovement, Counts(0, 5, 5, 0, 0));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).message.startsWith(QStringLiteral("Butuh Perbaikan: 5 of 10 employee")));
    CHECK(warnings.at(0).message.endsWith(
        QStringLiteral("(50%) is less than the minimum of 60% for an organisation graded Butuh Perbaikan.")));
}

TEST_CASE("DistributionGuideline under Kurang needs 10% Butuh Perbaikan and 60% Kurang/Misconduct",
    "[core][grade][distribution]")
{
    CHECK(warningsFor(O::Poor, Counts(10, 20, 10, 60, 0)).isEmpty());
    CHECK(brokenRules(O::Poor, Counts(11, 19, 10, 60, 0)) == QStringList {QStringLiteral("Sangat Baik")});
    CHECK(brokenRules(O::Poor, Counts(10, 21, 9, 60, 0)) == QStringList {QStringLiteral("Butuh Perbaikan")});
    CHECK(brokenRules(O::Poor, Counts(10, 21, 10, 59, 0)) == QStringList {QStringLiteral("Kurang/Misconduct")});
    CHECK(brokenRules(O::Poor, Counts(20, 80, 0, 0, 0))
        == QStringList {
            QStringLiteral("Sangat Baik"), QStringLiteral("Butuh Perbaikan"), QStringLiteral("Kurang/Misconduct")});
}

TEST_CASE("DistributionGuideline under Sangat Kurang forbids Sangat Baik and needs 10% BP or K and 60% SK",
    "[core][grade][distribution]")
{
    CHECK(warningsFor(O::VeryPoor, Counts(0, 30, 5, 5, 60)).isEmpty());
    CHECK(warningsFor(O::VeryPoor, Counts(0, 30, 10, 0, 60)).isEmpty());
    CHECK(warningsFor(O::VeryPoor, Counts(0, 30, 0, 10, 60)).isEmpty());

    const auto forbidden = warningsFor(O::VeryPoor, Counts(1, 29, 10, 0, 60));
    REQUIRE(forbidden.size() == 1);
    CHECK(forbidden.at(0).rule.grades == QList<G> {G::VeryGood});
    CHECK(forbidden.at(0).message.startsWith(QStringLiteral("Sangat Baik: 1 of 100 employee")));
    CHECK(forbidden.at(0).message.endsWith(
        QStringLiteral("(1%), but this predikat is not allowed for an organisation graded Sangat Kurang.")));

    CHECK(brokenRules(O::VeryPoor, Counts(0, 31, 5, 4, 60))
        == QStringList {QStringLiteral("Butuh Perbaikan + Kurang/Misconduct")});
    CHECK(brokenRules(O::VeryPoor, Counts(0, 31, 10, 0, 59)) == QStringList {QStringLiteral("Sangat Kurang")});
}

TEST_CASE("DistributionGuideline never warns for an empty unit", "[core][grade][distribution]")
{
    for (const OrganizationGrade organization : allOrganizationGrades()) {
        CHECK(warningsFor(organization, Counts()).isEmpty());
    }
}

TEST_CASE("DistributionGuideline rejects negative counts", "[core][grade][distribution]")
{
    const auto checked = DistributionGuideline::check(O::Outstanding, Counts(1, -2, 0, 0, 0));
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().contains(QStringLiteral("Baik")));
    CHECK_FALSE(DistributionGuideline::allowedCounts(O::Outstanding, -1).ok());
}

TEST_CASE("DistributionGuideline rounds maxima down and minima up", "[core][grade][distribution]")
{
    DistributionGuideline::Rule maximum;
    maximum.grades = {G::VeryGood};
    maximum.kind = RuleKind::Maximum;
    maximum.percent = 70;
    CHECK(maximum.limit(1) == 0);
    CHECK(maximum.limit(2) == 1);
    CHECK(maximum.limit(3) == 2);
    CHECK(maximum.limit(10) == 7);
    CHECK(maximum.limit(37) == 25);

    DistributionGuideline::Rule minimum = maximum;
    minimum.kind = RuleKind::Minimum;
    minimum.percent = 60;
    CHECK(minimum.limit(0) == 0);
    CHECK(minimum.limit(1) == 1);
    CHECK(minimum.limit(4) == 3);
    CHECK(minimum.limit(10) == 6);
    CHECK(minimum.limit(37) == 23);
}

TEST_CASE(
    "DistributionGuideline gives the allowed counts for 0, 1, 3, 10 and 37 employees", "[core][grade][distribution]")
{
    struct Expected
    {
        OrganizationGrade organization;
        int headcount;
        std::array<std::pair<int, int>, 5> ranges; // SB, B, BP, K, SK
        int required;
    };
    const QList<Expected> table {
        {O::Outstanding, 0, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}}, 0},
        {O::Outstanding, 1, {{{0, 0}, {0, 1}, {0, 1}, {0, 1}, {0, 1}}}, 0},
        {O::Outstanding, 3, {{{0, 2}, {0, 3}, {0, 3}, {0, 3}, {0, 3}}}, 0},
        {O::Outstanding, 10, {{{0, 7}, {0, 10}, {0, 10}, {0, 10}, {0, 10}}}, 0},
        {O::Outstanding, 37, {{{0, 25}, {0, 37}, {0, 37}, {0, 37}, {0, 37}}}, 0},
        {O::Good, 0, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}}, 0},
        {O::Good, 1, {{{0, 0}, {0, 0}, {0, 1}, {0, 1}, {0, 0}}}, 1},
        {O::Good, 3, {{{0, 2}, {0, 2}, {0, 3}, {0, 3}, {0, 2}}}, 1},
        {O::Good, 10, {{{0, 9}, {0, 7}, {0, 10}, {0, 10}, {0, 9}}}, 1},
        {O::Good, 37, {{{0, 36}, {0, 25}, {0, 37}, {0, 37}, {0, 36}}}, 1},
        {O::NeedsImprovement, 0, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}}, 0},
        {O::NeedsImprovement, 1, {{{0, 0}, {0, 0}, {1, 1}, {0, 0}, {0, 0}}}, 1},
        {O::NeedsImprovement, 3, {{{0, 0}, {0, 1}, {2, 3}, {0, 1}, {0, 1}}}, 2},
        {O::NeedsImprovement, 10, {{{0, 1}, {0, 4}, {6, 10}, {0, 4}, {0, 4}}}, 6},
        {O::NeedsImprovement, 37, {{{0, 3}, {0, 14}, {23, 37}, {0, 14}, {0, 14}}}, 23},
        {O::Poor, 0, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}}, 0},
        {O::Poor, 1, {{{0, 0}, {0, 0}, {1, 1}, {1, 1}, {0, 0}}}, 2},
        {O::Poor, 3, {{{0, 0}, {0, 0}, {1, 1}, {2, 2}, {0, 0}}}, 3},
        {O::Poor, 10, {{{0, 1}, {0, 3}, {1, 4}, {6, 9}, {0, 3}}}, 7},
        {O::Poor, 37, {{{0, 3}, {0, 10}, {4, 14}, {23, 33}, {0, 10}}}, 27},
        {O::VeryPoor, 0, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}}, 0},
        {O::VeryPoor, 1, {{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 1}}}, 2},
        {O::VeryPoor, 3, {{{0, 0}, {0, 0}, {0, 1}, {0, 1}, {2, 2}}}, 3},
        {O::VeryPoor, 10, {{{0, 0}, {0, 3}, {0, 4}, {0, 4}, {6, 9}}}, 7},
        {O::VeryPoor, 37, {{{0, 0}, {0, 10}, {0, 14}, {0, 14}, {23, 33}}}, 27},
    };
    for (const auto& expected : table) {
        CAPTURE(officialName(expected.organization), expected.headcount);
        const auto allowed = DistributionGuideline::allowedCounts(expected.organization, expected.headcount);
        REQUIRE(allowed.ok());
        CHECK(allowed->headcount == expected.headcount);
        CHECK(allowed->requiredEmployees == expected.required);
        CHECK(allowed->isSatisfiable() == (expected.required <= expected.headcount));
        REQUIRE(allowed->grades.size() == 5);
        for (int i = 0; i < 5; ++i) {
            const auto grade = allPerformanceGrades().at(i);
            CAPTURE(officialName(grade));
            CHECK(allowed->grades.at(i).grade == grade);
            CHECK(allowed->grades.at(i).minimum == expected.ranges.at(static_cast<size_t>(i)).first);
            CHECK(allowed->grades.at(i).maximum == expected.ranges.at(static_cast<size_t>(i)).second);
        }
    }
}

TEST_CASE("DistributionGuideline lists the rules on grades counted together with the allowed counts",
    "[core][grade][distribution]")
{
    const auto good = DistributionGuideline::allowedCounts(O::Good, 3);
    REQUIRE(good.ok());
    REQUIRE(good->combined.size() == 1);
    CHECK(good->combined.at(0).kind == RuleKind::MustExist);
    CHECK(good->combined.at(0).limit(3) == 1);

    const auto veryPoor = DistributionGuideline::allowedCounts(O::VeryPoor, 37);
    REQUIRE(veryPoor.ok());
    REQUIRE(veryPoor->combined.size() == 1);
    CHECK(veryPoor->combined.at(0).label() == QStringLiteral("Butuh Perbaikan + Kurang/Misconduct"));
    CHECK(veryPoor->combined.at(0).limit(37) == 4);

    CHECK(DistributionGuideline::allowedCounts(O::Outstanding, 10)->combined.isEmpty());
}

TEST_CASE(
    "DistributionGuideline allowed counts are exactly the counts that raise no warning", "[core][grade][distribution]")
{
    // For small units, every distribution: a warning-free one lies within the ranges, and each range's ends are
    // reached by some warning-free distribution when the unit can meet the guideline at all.
    for (const OrganizationGrade organization : allOrganizationGrades()) {
        for (int n = 0; n <= 8; ++n) {
            CAPTURE(officialName(organization), n);
            const auto allowed = DistributionGuideline::allowedCounts(organization, n);
            REQUIRE(allowed.ok());
            std::array<int, 5> lowest {n, n, n, n, n};
            std::array<int, 5> highest {-1, -1, -1, -1, -1};
            bool anyFree = false;
            for (int a = 0; a <= n; ++a) {
                for (int b = 0; a + b <= n; ++b) {
                    for (int c = 0; a + b + c <= n; ++c) {
                        for (int d = 0; a + b + c + d <= n; ++d) {
                            const Counts counts(a, b, c, d, n - a - b - c - d);
                            if (!warningsFor(organization, counts).isEmpty()) {
                                continue;
                            }
                            anyFree = true;
                            for (int i = 0; i < 5; ++i) {
                                const int value = counts.count(allPerformanceGrades().at(i));
                                const auto range = allowed->grades.at(i);
                                CHECK(value >= range.minimum);
                                CHECK(value <= range.maximum);
                                lowest.at(static_cast<size_t>(i)) = std::min(lowest.at(static_cast<size_t>(i)), value);
                                highest.at(static_cast<size_t>(i)) =
                                    std::max(highest.at(static_cast<size_t>(i)), value);
                            }
                        }
                    }
                }
            }
            CHECK(anyFree == allowed->isSatisfiable());
            if (anyFree) {
                for (int i = 0; i < 5; ++i) {
                    CHECK(lowest.at(static_cast<size_t>(i)) == allowed->grades.at(i).minimum);
                    CHECK(highest.at(static_cast<size_t>(i)) == allowed->grades.at(i).maximum);
                }
            }
        }
    }
}

TEST_CASE("DistributionGuideline gives the leader's rating hasil kerja from the organisation grade (assumption)",
    "[core][grade][distribution]")
{
    CHECK(DistributionGuideline::leaderResultRating(O::Outstanding) == Rating::AboveExpectation);
    CHECK(DistributionGuideline::leaderResultRating(O::Good) == Rating::AsExpected);
    CHECK(DistributionGuideline::leaderResultRating(O::NeedsImprovement) == Rating::BelowExpectation);
    CHECK(DistributionGuideline::leaderResultRating(O::Poor) == Rating::BelowExpectation);
    CHECK(DistributionGuideline::leaderResultRating(O::VeryPoor) == Rating::BelowExpectation);
}

TEST_CASE("DistributionGuideline formats shares as whole percents or with one decimal", "[core][grade][distribution]")
{
    CHECK(DistributionGuideline::formatShare(8, 10) == QStringLiteral("80%"));
    CHECK(DistributionGuideline::formatShare(1, 3) == QStringLiteral("33.3%"));
    CHECK(DistributionGuideline::formatShare(2, 3) == QStringLiteral("66.7%"));
    CHECK(DistributionGuideline::formatShare(1, 8) == QStringLiteral("12.5%"));
    CHECK(DistributionGuideline::formatShare(7001, 10000) == QStringLiteral("70.0%"));
    CHECK(DistributionGuideline::formatShare(0, 0) == QStringLiteral("0%"));
}

TEST_CASE("DistributionGuideline words its warnings in Indonesian", "[core][grade][distribution][i18n]")
{
    test::LanguageGuard indonesian(QStringLiteral("id"));
    const auto warnings = warningsFor(O::Outstanding, Counts(8, 1, 1, 0, 0));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).message
        == QStringLiteral("Sangat Baik: 8 dari 10 pegawai (80%) melebihi batas maksimum 70% untuk organisasi dengan "
                          "predikat Istimewa."));
}
