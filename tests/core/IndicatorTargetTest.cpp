// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndicatorTarget.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

} // namespace

TEST_CASE("IndicatorTarget reads a single number typed with a decimal comma", "[core][plan]")
{
    const auto target = IndicatorTarget::parse(QStringLiteral("12,5"));
    REQUIRE(target.ok());
    CHECK(target->kind() == IndicatorTarget::Kind::Number);
    CHECK(target->value() == number("12,5"));
    CHECK(target->toString(QStringLiteral("dokumen")) == QStringLiteral("12,5 dokumen"));
}

TEST_CASE("IndicatorTarget reads ranges written in the usual ways", "[core][plan]")
{
    for (const char* text : {"80-90", "80 - 90", "80 \u2013 90", "80 s.d. 90", "80 s/d 90", "80 sd 90"}) {
        INFO(text);
        const auto target = IndicatorTarget::parse(QString::fromUtf8(text));
        REQUIRE(target.ok());
        CHECK(target->kind() == IndicatorTarget::Kind::Range);
        CHECK(target->minimum() == number("80"));
        CHECK(target->maximum() == number("90"));
    }
    CHECK(IndicatorTarget::parse(QStringLiteral("80-90")).value().toString(QStringLiteral("%"))
        == QStringLiteral("80\u201390 %"));
    const auto negative = IndicatorTarget::parse(QStringLiteral("-5"));
    REQUIRE(negative.ok());
    CHECK(negative->kind() == IndicatorTarget::Kind::Number);
}

TEST_CASE("IndicatorTarget keeps a reversed range for the validator to report", "[core][plan]")
{
    const auto target = IndicatorTarget::parse(QStringLiteral("90-80"));
    REQUIRE(target.ok());
    CHECK(target->minimum() == number("90"));
    CHECK(target->maximum() == number("80"));
}

TEST_CASE("IndicatorTarget treats empty text as no target and explains unreadable text", "[core][plan]")
{
    CHECK(IndicatorTarget::parse(QStringLiteral("  ")).value().isNone());
    const auto bad = IndicatorTarget::parse(QStringLiteral("dua belas"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("is not a number")));
    CHECK_FALSE(IndicatorTarget::parse(QStringLiteral("80-abc")).ok());
}

TEST_CASE("IndicatorTarget prints a narrative as written and without a unit", "[core][plan]")
{
    const auto narrative = IndicatorTarget::narrative(QStringLiteral("Laporan diterima tepat waktu"));
    CHECK(narrative.toString(QStringLiteral("laporan")) == QStringLiteral("Laporan diterima tepat waktu"));
    CHECK_FALSE(narrative.isNumeric());
    CHECK(IndicatorTarget().toString().isEmpty());
}
