// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Position.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("Position prints a functional title with its jenjang once", "[core][position]")
{
    Position position {QStringLiteral("Analis SDM Aparatur"), PositionKind::Fungsional, FunctionalLevel::AhliMuda,
        QUuid::createUuid()};
    CHECK(position.fullTitle() == QStringLiteral("Analis SDM Aparatur Ahli Muda"));
    position.title = QStringLiteral("Analis SDM Aparatur Ahli Muda");
    CHECK(position.fullTitle() == QStringLiteral("Analis SDM Aparatur Ahli Muda"));
    CHECK(position.validate().ok());

    const Position head {
        QStringLiteral("Kepala Bidang SMA"), PositionKind::Administrator, std::nullopt, QUuid::createUuid()};
    CHECK(head.fullTitle() == QStringLiteral("Kepala Bidang SMA"));
}

TEST_CASE("Position requires a jenjang exactly for a functional position", "[core][position]")
{
    const Position withoutLevel {
        QStringLiteral("Pranata Komputer"), PositionKind::Fungsional, std::nullopt, QUuid::createUuid()};
    CHECK(withoutLevel.validate().error()
        == QStringLiteral("The functional position \"Pranata Komputer\" needs a jenjang (e.g. Ahli Muda)."));
    const Position pelaksana {
        QStringLiteral("Pengadministrasi Perkantoran"), PositionKind::Pelaksana, FunctionalLevel::Terampil, {}};
    const auto status = pelaksana.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.problems().size() == 2);
}

TEST_CASE("PositionKind uses the official jabatan terms", "[core][position]")
{
    CHECK(officialName(PositionKind::Jpt) == QStringLiteral("Jabatan Pimpinan Tinggi"));
    CHECK(shortOfficialName(PositionKind::Jpt) == QStringLiteral("JPT"));
    CHECK(officialName(PositionKind::Fungsional) == QStringLiteral("Jabatan Fungsional"));
}
