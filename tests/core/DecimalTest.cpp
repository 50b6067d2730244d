// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Decimal.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

qint64 unitsOf(const char* text)
{
    const auto parsed = Decimal::parse(QString::fromUtf8(text));
    REQUIRE(parsed.ok());
    return parsed->units();
}

} // namespace

TEST_CASE("Decimal reads numbers typed with a decimal comma", "[core][plan]")
{
    CHECK(unitsOf("12,5") == 125000);
    CHECK(unitsOf("1.234,75") == 12347500);
    CHECK(unitsOf("0,0005") == 5);
    CHECK(unitsOf(",5") == 5000);
    CHECK(unitsOf("-3") == -30000);
    CHECK(unitsOf("+7") == 70000);
    CHECK(unitsOf(" 1 000 ") == 10000000);
    CHECK(unitsOf("12,5000") == 125000);
}

TEST_CASE("Decimal reads dots as thousands unless they cannot be", "[core][plan]")
{
    CHECK(unitsOf("1.500") == 15000000);
    CHECK(unitsOf("1.234.567") == 12345670000);
    CHECK(unitsOf("12.5") == 125000);
    CHECK(unitsOf("0.25") == 2500);
}

TEST_CASE("Decimal rejects what is not a number with a reason", "[core][plan]")
{
    for (const char* text : {"", "  ", "abc", "12,5,1", "1.23,5", "12,", "1.2.3", "12 %", "-"}) {
        const auto parsed = Decimal::parse(QString::fromUtf8(text));
        INFO(text);
        CHECK_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().isEmpty());
    }
    CHECK(Decimal::parse(QStringLiteral("1,23456")).error().contains(QStringLiteral("more than 4 decimals")));
    CHECK(Decimal::parse(QStringLiteral("99999999999999999999")).error().contains(QStringLiteral("too large")));
}

TEST_CASE("Decimal stores what was typed without floating-point drift", "[core][plan]")
{
    const Decimal tenth = Decimal::parse(QStringLiteral("0,1")).value();
    const Decimal fifth = Decimal::parse(QStringLiteral("0,2")).value();
    CHECK(Decimal::fromUnits(tenth.units() + fifth.units()) == Decimal::parse(QStringLiteral("0,3")).value());
    CHECK(Decimal::parse(QStringLiteral("12,5")).value().toString() == QStringLiteral("12,5"));
    CHECK(Decimal::parse(QStringLiteral("1234,75")).value().toString() == QStringLiteral("1.234,75"));
    CHECK(Decimal::fromInteger(3).toString() == QStringLiteral("3"));
    CHECK(Decimal::fromInteger(3).toString(2) == QStringLiteral("3,00"));
    CHECK(Decimal::fromInteger(2) < Decimal::parse(QStringLiteral("2,5")).value());
}
