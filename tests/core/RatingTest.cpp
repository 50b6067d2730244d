// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Rating.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("Rating prints the official Indonesian terms exactly", "[core][grade][rating]")
{
    CHECK(officialName(Rating::AboveExpectation) == QStringLiteral("Di Atas Ekspektasi"));
    CHECK(officialName(Rating::AsExpected) == QStringLiteral("Sesuai Ekspektasi"));
    CHECK(officialName(Rating::BelowExpectation) == QStringLiteral("Di Bawah Ekspektasi"));
    CHECK(codeName(Rating::AboveExpectation) == QStringLiteral("above"));
    CHECK(codeName(Rating::AsExpected) == QStringLiteral("as-expected"));
    CHECK(codeName(Rating::BelowExpectation) == QStringLiteral("below"));
    CHECK(allRatings().size() == 3);
}

TEST_CASE("Rating parses every accepted spelling of Di Atas Ekspektasi", "[core][grade][rating]")
{
    const auto spelling = GENERATE(as<QString> {}, "Di Atas Ekspektasi", "di atas ekspektasi", "DI ATAS EKSPEKTASI",
        "Diatas Ekspektasi", "DIATAS EKSPEKTASI", "diatas", "Di Atas", "di atas", " di  atas ", "di-atas", "above",
        "ABOVE", "AboveExpectation", "above-expectation");
    CAPTURE(spelling);
    const auto parsed = parseRating(spelling);
    REQUIRE(parsed.ok());
    CHECK(*parsed == Rating::AboveExpectation);
}

TEST_CASE("Rating parses every accepted spelling of Sesuai Ekspektasi", "[core][grade][rating]")
{
    const auto spelling = GENERATE(as<QString> {}, "Sesuai Ekspektasi", "sesuai ekspektasi", "SESUAI EKSPEKTASI",
        "Sesuai", "sesuai", "as-expected", "as expected", "AsExpected", "ASEXPECTED");
    CAPTURE(spelling);
    const auto parsed = parseRating(spelling);
    REQUIRE(parsed.ok());
    CHECK(*parsed == Rating::AsExpected);
}

TEST_CASE("Rating parses every accepted spelling of Di Bawah Ekspektasi", "[core][grade][rating]")
{
    const auto spelling = GENERATE(as<QString> {}, "Di Bawah Ekspektasi", "di bawah ekspektasi", "DI BAWAH EKSPEKTASI",
        "Dibawah Ekspektasi", "DIBAWAH EKSPEKTASI", "dibawah", "di bawah", "below", "BelowExpectation");
    CAPTURE(spelling);
    const auto parsed = parseRating(spelling);
    REQUIRE(parsed.ok());
    CHECK(*parsed == Rating::BelowExpectation);
}

TEST_CASE("Rating round-trips its official and code names", "[core][grade][rating]")
{
    for (const Rating rating : allRatings()) {
        CHECK(*parseRating(officialName(rating)) == rating);
        CHECK(*parseRating(codeName(rating)) == rating);
    }
}

TEST_CASE("Rating rejects an unknown word and lists the accepted words", "[core][grade][rating]")
{
    const auto spelling = GENERATE(as<QString> {}, "baik", "", "ekspektasi", "atas bawah", "1");
    CAPTURE(spelling);
    const auto parsed = parseRating(spelling);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QStringLiteral("is not a rating")));
    CHECK(parsed.error().contains(QStringLiteral("Di Atas Ekspektasi")));
    CHECK(parsed.error().contains(QStringLiteral("Sesuai Ekspektasi")));
    CHECK(parsed.error().contains(QStringLiteral("Di Bawah Ekspektasi")));
    CHECK(parsed.error().contains(QStringLiteral("as-expected")));
}

TEST_CASE("Rating explains a rejected word in Indonesian", "[core][grade][rating][i18n]")
{
    test::LanguageGuard indonesian(QStringLiteral("id"));
    const auto parsed = parseRating(QStringLiteral("hebat"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().startsWith(QStringLiteral("\"hebat\" bukan rating yang dikenal.")));
}
