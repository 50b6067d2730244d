// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Achievement.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

QString percent(const IndicatorTarget& target, IndicatorDirection direction, const char* realization)
{
    return Achievement::of(target, direction, number(realization)).percentText();
}

constexpr auto Higher = IndicatorDirection::HigherIsBetter;
constexpr auto Lower = IndicatorDirection::LowerIsBetter;

} // namespace

TEST_CASE("Achievement divides the realisation by the target when higher is better", "[core][achievement]")
{
    const auto twelve = IndicatorTarget::number(number("12"));
    CHECK(percent(twelve, Higher, "12") == QStringLiteral("100,0%"));
    CHECK(percent(twelve, Higher, "6") == QStringLiteral("50,0%"));
    CHECK(percent(twelve, Higher, "15") == QStringLiteral("125,0%"));
    CHECK(percent(twelve, Higher, "0") == QStringLiteral("0,0%"));
    CHECK(percent(IndicatorTarget::number(number("3")), Higher, "2") == QStringLiteral("66,7%"));
    CHECK(percent(IndicatorTarget::number(number("12,5")), Higher, "10") == QStringLiteral("80,0%"));
    CHECK(Achievement::of(twelve, Higher, number("6")).percentTenths() == 500);
}

TEST_CASE("Achievement rewards a lower realisation when lower is better", "[core][achievement]")
{
    const auto ten = IndicatorTarget::number(number("10"));
    CHECK(percent(ten, Lower, "10") == QStringLiteral("100,0%"));
    CHECK(percent(ten, Lower, "8") == QStringLiteral("120,0%"));
    CHECK(percent(ten, Lower, "15") == QStringLiteral("50,0%"));
    CHECK(percent(ten, Lower, "0") == QStringLiteral("200,0%"));
}

TEST_CASE("Achievement of the complaint response time example: 3 days targeted", "[core][achievement]")
{
    Indicator responseTime;
    responseTime.text = QStringLiteral("Waktu tanggap pengaduan masyarakat");
    responseTime.aspect = IndicatorAspect::Time;
    responseTime.target = IndicatorTarget::number(number("3"));
    responseTime.unit = QStringLiteral("hari");
    responseTime.direction = IndicatorDirection::LowerIsBetter;

    const Achievement faster = Achievement::of(responseTime, number("2"));
    CHECK(faster.percentTenths() == 1333);
    CHECK(faster.percentText() == QStringLiteral("133,3%"));

    const Achievement slower = Achievement::of(responseTime, number("4"));
    CHECK(slower.percentTenths() == 667);
    CHECK(slower.percentText() == QStringLiteral("66,7%"));
}

TEST_CASE("Achievement floors lower-is-better at zero percent", "[core][achievement]")
{
    const auto three = IndicatorTarget::number(number("3"));
    CHECK(percent(three, Lower, "6") == QStringLiteral("0,0%"));
    CHECK(percent(three, Lower, "9") == QStringLiteral("0,0%"));
    CHECK(percent(three, Lower, "5,9") == QStringLiteral("3,3%"));
}

TEST_CASE("Achievement of a range is full inside and uses the nearer bound outside", "[core][achievement]")
{
    const auto range = IndicatorTarget::range(number("80"), number("90"));
    CHECK(percent(range, Higher, "80") == QStringLiteral("100,0%"));
    CHECK(percent(range, Higher, "85") == QStringLiteral("100,0%"));
    CHECK(percent(range, Higher, "90") == QStringLiteral("100,0%"));
    CHECK(percent(range, Higher, "99") == QStringLiteral("110,0%")); // 99 / 90
    CHECK(percent(range, Higher, "60") == QStringLiteral("75,0%")); // 60 / 80
    CHECK(percent(range, Lower, "99") == QStringLiteral("90,0%")); // 2 - 99 / 90
    CHECK(percent(range, Lower, "60") == QStringLiteral("125,0%")); // 2 - 60 / 80
}

TEST_CASE("Achievement handles a zero target without dividing by zero", "[core][achievement]")
{
    const auto zero = IndicatorTarget::number(Decimal());
    CHECK(percent(zero, Lower, "0") == QStringLiteral("100,0%"));
    CHECK(percent(zero, Higher, "0") == QStringLiteral("100,0%"));
    CHECK(percent(zero, Lower, "2") == QStringLiteral("0,0%"));

    const Achievement exceeded = Achievement::of(zero, Higher, number("2"));
    CHECK(exceeded.status() == Achievement::Status::NotComparable);
    CHECK_FALSE(exceeded.hasPercentage());
    CHECK_FALSE(exceeded.percentTenths().has_value());
    CHECK(exceeded.percentText().isEmpty());
    CHECK_FALSE(exceeded.explanation().isEmpty());

    const auto upToZero = IndicatorTarget::range(Decimal(), Decimal());
    CHECK(percent(upToZero, Lower, "1") == QStringLiteral("0,0%"));
}

TEST_CASE("Achievement gives no percentage for a narrative or missing target", "[core][achievement]")
{
    const Achievement narrative =
        Achievement::of(IndicatorTarget::narrative(QStringLiteral("Laporan diterima pimpinan")), Higher, number("1"));
    CHECK(narrative.status() == Achievement::Status::NarrativeTarget);
    CHECK(narrative.percentText().isEmpty());
    CHECK(narrative.explanation()
        == QStringLiteral("The target is a narrative, so the achievement is not expressed as a percentage."));

    const Achievement none = Achievement::of(IndicatorTarget(), Higher, number("1"));
    CHECK(none.status() == Achievement::Status::NoTarget);
    CHECK_FALSE(none.hasPercentage());
}

TEST_CASE("Achievement refuses negative numbers and reversed ranges", "[core][achievement]")
{
    CHECK(Achievement::of(IndicatorTarget::number(number("5")), Higher, number("-1")).status()
        == Achievement::Status::NotComparable);
    CHECK(Achievement::of(IndicatorTarget::range(number("90"), number("80")), Higher, number("85")).status()
        == Achievement::Status::NotComparable);
}

TEST_CASE("Achievement rounds to one decimal half away from zero", "[core][achievement]")
{
    // 1 / 16 = 6,25 % -> 6,3 %
    CHECK(percent(IndicatorTarget::number(number("16")), Higher, "1") == QStringLiteral("6,3%"));
    // 2 / 3 = 66,666... % -> 66,7 %
    CHECK(percent(IndicatorTarget::number(number("3")), Higher, "2") == QStringLiteral("66,7%"));
    // Large rupiah amounts stay exact.
    CHECK(
        percent(IndicatorTarget::number(number("1.500.000.000")), Lower, "1.350.000.000") == QStringLiteral("110,0%"));
    CHECK(percent(IndicatorTarget::number(number("1")), Higher, "1.234,5") == QStringLiteral("123.450,0%"));
}
