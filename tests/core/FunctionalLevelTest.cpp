// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FunctionalLevel.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("FunctionalLevel has the official Indonesian names of every jenjang", "[core][position]")
{
    CHECK(officialName(FunctionalLevel::Pemula) == QStringLiteral("Pemula"));
    CHECK(officialName(FunctionalLevel::Terampil) == QStringLiteral("Terampil"));
    CHECK(officialName(FunctionalLevel::Mahir) == QStringLiteral("Mahir"));
    CHECK(officialName(FunctionalLevel::Penyelia) == QStringLiteral("Penyelia"));
    CHECK(officialName(FunctionalLevel::AhliPertama) == QStringLiteral("Ahli Pertama"));
    CHECK(officialName(FunctionalLevel::AhliMuda) == QStringLiteral("Ahli Muda"));
    CHECK(officialName(FunctionalLevel::AhliMadya) == QStringLiteral("Ahli Madya"));
    CHECK(officialName(FunctionalLevel::AhliUtama) == QStringLiteral("Ahli Utama"));
    CHECK(allFunctionalLevels().size() == 8);
}

TEST_CASE("FunctionalLevel tells keahlian from keterampilan", "[core][position]")
{
    CHECK_FALSE(isExpertLevel(FunctionalLevel::Penyelia));
    CHECK(isExpertLevel(FunctionalLevel::AhliPertama));
    CHECK(isExpertLevel(FunctionalLevel::AhliUtama));
}

TEST_CASE("FunctionalLevel parses names in any spelling people use", "[core][position]")
{
    for (const auto& text : {QStringLiteral("Ahli Muda"), QStringLiteral("ahli-muda"), QStringLiteral("AhliMuda"),
             QStringLiteral(" AHLI  MUDA "), QStringLiteral("ahli_muda")}) {
        const auto level = parseFunctionalLevel(text);
        REQUIRE(level.ok());
        CHECK(level.value() == FunctionalLevel::AhliMuda);
    }
    for (const FunctionalLevel level : allFunctionalLevels()) {
        CHECK(parseFunctionalLevel(officialName(level)).value() == level);
    }
}

TEST_CASE("FunctionalLevel rejects an unknown jenjang with the list of valid ones", "[core][position]")
{
    const auto level = parseFunctionalLevel(QStringLiteral("Ahli Super"));
    REQUIRE_FALSE(level.ok());
    CHECK(level.error().contains(QStringLiteral("\"Ahli Super\"")));
    CHECK(level.error().contains(QStringLiteral("Ahli Pertama")));
}
