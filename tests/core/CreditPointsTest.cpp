// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CreditPoints.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

CreditPoints points(FunctionalLevel level, PerformanceGrade grade, int months = 12)
{
    auto calculated = CreditPoints::calculate(level, grade, months);
    REQUIRE(calculated.ok());
    return calculated.value();
}

} // namespace

TEST_CASE("CreditPoints uses the percentage of each predikat", "[core][grade][credit-points]")
{
    CHECK(CreditPoints::percentage(PerformanceGrade::VeryGood) == 150);
    CHECK(CreditPoints::percentage(PerformanceGrade::Good) == 100);
    CHECK(CreditPoints::percentage(PerformanceGrade::NeedsImprovement) == 75);
    CHECK(CreditPoints::percentage(PerformanceGrade::PoorMisconduct) == 50);
    CHECK(CreditPoints::percentage(PerformanceGrade::VeryPoor) == 25);
}

TEST_CASE("CreditPoints uses the annual coefficient of each jenjang", "[core][grade][credit-points]")
{
    const QLocale c = QLocale::c();
    const auto [level, hundredths, text] = GENERATE(table<FunctionalLevel, int, QString>({
        {FunctionalLevel::Pemula, 375, QStringLiteral("3.75")},
        {FunctionalLevel::Terampil, 500, QStringLiteral("5")},
        {FunctionalLevel::Mahir, 1250, QStringLiteral("12.5")},
        {FunctionalLevel::Penyelia, 2500, QStringLiteral("25")},
        {FunctionalLevel::AhliPertama, 1250, QStringLiteral("12.5")},
        {FunctionalLevel::AhliMuda, 2500, QStringLiteral("25")},
        {FunctionalLevel::AhliMadya, 3750, QStringLiteral("37.5")},
        {FunctionalLevel::AhliUtama, 5000, QStringLiteral("50")},
    }));
    CAPTURE(officialName(level));
    CHECK(CreditPoints::annualCoefficientHundredths(level) == hundredths);
    CHECK(CreditPoints::annualCoefficientText(level, c) == text);
}

TEST_CASE("CreditPoints gives every cell of the annual table exactly and rounded to 2 decimals",
    "[core][grade][credit-points]")
{
    using L = FunctionalLevel;
    using G = PerformanceGrade;
    const QLocale c = QLocale::c();
    // domain.md 4.8: the exact value, and the value shown (2 decimals, half up).
    const auto [level, grade, exact, shown] = GENERATE(table<FunctionalLevel, PerformanceGrade, QString, QString>({
        {L::Pemula, G::VeryGood, QStringLiteral("5.625"), QStringLiteral("5.63")},
        {L::Pemula, G::Good, QStringLiteral("3.75"), QStringLiteral("3.75")},
        {L::Pemula, G::NeedsImprovement, QStringLiteral("2.8125"), QStringLiteral("2.81")},
        {L::Pemula, G::PoorMisconduct, QStringLiteral("1.875"), QStringLiteral("1.88")},
        {L::Pemula, G::VeryPoor, QStringLiteral("0.9375"), QStringLiteral("0.94")},
        {L::Terampil, G::VeryGood, QStringLiteral("7.5"), QStringLiteral("7.50")},
        {L::Terampil, G::Good, QStringLiteral("5"), QStringLiteral("5.00")},
        {L::Terampil, G::NeedsImprovement, QStringLiteral("3.75"), QStringLiteral("3.75")},
        {L::Terampil, G::PoorMisconduct, QStringLiteral("2.5"), QStringLiteral("2.50")},
        {L::Terampil, G::VeryPoor, QStringLiteral("1.25"), QStringLiteral("1.25")},
        {L::Mahir, G::VeryGood, QStringLiteral("18.75"), QStringLiteral("18.75")},
        {L::Mahir, G::Good, QStringLiteral("12.5"), QStringLiteral("12.50")},
        {L::Mahir, G::NeedsImprovement, QStringLiteral("9.375"), QStringLiteral("9.38")},
        {L::Mahir, G::PoorMisconduct, QStringLiteral("6.25"), QStringLiteral("6.25")},
        {L::Mahir, G::VeryPoor, QStringLiteral("3.125"), QStringLiteral("3.13")},
        {L::Penyelia, G::VeryGood, QStringLiteral("37.5"), QStringLiteral("37.50")},
        {L::Penyelia, G::Good, QStringLiteral("25"), QStringLiteral("25.00")},
        {L::Penyelia, G::NeedsImprovement, QStringLiteral("18.75"), QStringLiteral("18.75")},
        {L::Penyelia, G::PoorMisconduct, QStringLiteral("12.5"), QStringLiteral("12.50")},
        {L::Penyelia, G::VeryPoor, QStringLiteral("6.25"), QStringLiteral("6.25")},
        {L::AhliPertama, G::VeryGood, QStringLiteral("18.75"), QStringLiteral("18.75")},
        {L::AhliPertama, G::Good, QStringLiteral("12.5"), QStringLiteral("12.50")},
        {L::AhliPertama, G::NeedsImprovement, QStringLiteral("9.375"), QStringLiteral("9.38")},
        {L::AhliPertama, G::PoorMisconduct, QStringLiteral("6.25"), QStringLiteral("6.25")},
        {L::AhliPertama, G::VeryPoor, QStringLiteral("3.125"), QStringLiteral("3.13")},
        {L::AhliMuda, G::VeryGood, QStringLiteral("37.5"), QStringLiteral("37.50")},
        {L::AhliMuda, G::Good, QStringLiteral("25"), QStringLiteral("25.00")},
        {L::AhliMuda, G::NeedsImprovement, QStringLiteral("18.75"), QStringLiteral("18.75")},
        {L::AhliMuda, G::PoorMisconduct, QStringLiteral("12.5"), QStringLiteral("12.50")},
        {L::AhliMuda, G::VeryPoor, QStringLiteral("6.25"), QStringLiteral("6.25")},
        {L::AhliMadya, G::VeryGood, QStringLiteral("56.25"), QStringLiteral("56.25")},
        {L::AhliMadya, G::Good, QStringLiteral("37.5"), QStringLiteral("37.50")},
        {L::AhliMadya, G::NeedsImprovement, QStringLiteral("28.125"), QStringLiteral("28.13")},
        {L::AhliMadya, G::PoorMisconduct, QStringLiteral("18.75"), QStringLiteral("18.75")},
        {L::AhliMadya, G::VeryPoor, QStringLiteral("9.375"), QStringLiteral("9.38")},
        {L::AhliUtama, G::VeryGood, QStringLiteral("75"), QStringLiteral("75.00")},
        {L::AhliUtama, G::Good, QStringLiteral("50"), QStringLiteral("50.00")},
        {L::AhliUtama, G::NeedsImprovement, QStringLiteral("37.5"), QStringLiteral("37.50")},
        {L::AhliUtama, G::PoorMisconduct, QStringLiteral("25"), QStringLiteral("25.00")},
        {L::AhliUtama, G::VeryPoor, QStringLiteral("12.5"), QStringLiteral("12.50")},
    }));
    CAPTURE(officialName(level), officialName(grade));
    const auto value = points(level, grade);
    CHECK(value.months() == 12);
    CHECK(value.exactText(c) == exact);
    CHECK(value.toString(c) == shown);
}

TEST_CASE("CreditPoints keeps the exact value as a fraction", "[core][grade][credit-points]")
{
    const auto ahliPertama = points(FunctionalLevel::AhliPertama, PerformanceGrade::NeedsImprovement);
    CHECK(ahliPertama.exactNumerator() == 12 * 75 * 1250);
    CHECK(ahliPertama.reducedNumerator() == 75);
    CHECK(ahliPertama.reducedDenominator() == 8);
    CHECK(ahliPertama.roundedHundredths() == 938);
    CHECK_FALSE(ahliPertama.isExactInHundredths());
    CHECK(points(FunctionalLevel::AhliPertama, PerformanceGrade::VeryGood).isExactInHundredths());
}

TEST_CASE("CreditPoints pro-rates by months: 2/12 x 100% x 12.5 = 2.08", "[core][grade][credit-points]")
{
    const QLocale c = QLocale::c();
    const auto twoMonths = points(FunctionalLevel::Mahir, PerformanceGrade::Good, 2);
    CHECK(twoMonths.reducedNumerator() == 25);
    CHECK(twoMonths.reducedDenominator() == 12);
    CHECK(twoMonths.roundedHundredths() == 208);
    CHECK(twoMonths.toString(c) == QStringLiteral("2.08"));
    CHECK(twoMonths.exactText(c) == QStringLiteral("2.083333..."));
    CHECK(twoMonths.formula(c) == QStringLiteral("2/12 x 100% x 12.5 = 2.08"));

    CHECK(points(FunctionalLevel::AhliPertama, PerformanceGrade::VeryGood).formula(c)
        == QStringLiteral("12/12 x 150% x 12.5 = 18.75"));
    CHECK(points(FunctionalLevel::AhliMuda, PerformanceGrade::Good, 6).toString(c) == QStringLiteral("12.50"));
    CHECK(points(FunctionalLevel::AhliMuda, PerformanceGrade::Good, 1).toString(c) == QStringLiteral("2.08"));
    CHECK(points(FunctionalLevel::Pemula, PerformanceGrade::VeryPoor, 1).toString(c) == QStringLiteral("0.08"));
    CHECK(points(FunctionalLevel::AhliUtama, PerformanceGrade::VeryGood, 7).toString(c) == QStringLiteral("43.75"));
    // 11/12 x 75% x 3.75 = 2.578125 -> 2.58
    CHECK(
        points(FunctionalLevel::Pemula, PerformanceGrade::NeedsImprovement, 11).toString(c) == QStringLiteral("2.58"));
}

TEST_CASE("CreditPoints accepts months 1 to 12 and rejects 0, 13 and negatives", "[core][grade][credit-points]")
{
    for (int months = 1; months <= 12; ++months) {
        CHECK(CreditPoints::calculate(FunctionalLevel::Mahir, PerformanceGrade::Good, months).ok());
    }
    const auto months = GENERATE(0, 13, -1, 24);
    CAPTURE(months);
    const auto rejected = CreditPoints::calculate(FunctionalLevel::Mahir, PerformanceGrade::Good, months);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().contains(QStringLiteral("must be from 1 to 12")));
}

TEST_CASE("CreditPoints uses the locale's decimal point for display", "[core][grade][credit-points]")
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const auto value = points(FunctionalLevel::Mahir, PerformanceGrade::Good, 2);
    CHECK(value.toString(indonesian) == QStringLiteral("2,08"));
    CHECK(CreditPoints::annualCoefficientText(FunctionalLevel::Pemula, indonesian) == QStringLiteral("3,75"));
}
