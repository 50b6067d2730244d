// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndonesianFormat.h"

#include "tests/support/TestSupport.h"

#include <QLocale>

#include <limits>

using namespace kinerja;

TEST_CASE("IndonesianFormat names all twelve months in Indonesian", "[core][format]")
{
    const QStringList expected = {QStringLiteral("Januari"), QStringLiteral("Februari"), QStringLiteral("Maret"),
        QStringLiteral("April"), QStringLiteral("Mei"), QStringLiteral("Juni"), QStringLiteral("Juli"),
        QStringLiteral("Agustus"), QStringLiteral("September"), QStringLiteral("Oktober"), QStringLiteral("November"),
        QStringLiteral("Desember")};
    for (int month = 1; month <= 12; ++month)
        CHECK(IndonesianFormat::monthName(month) == expected.at(month - 1));
    CHECK(IndonesianFormat::monthName(0).isEmpty());
    CHECK(IndonesianFormat::monthName(13).isEmpty());
}

TEST_CASE("IndonesianFormat writes long dates as day, month name and year", "[core][format]")
{
    CHECK(IndonesianFormat::longDate(QDate(2026, 1, 31)) == QStringLiteral("31 Januari 2026"));
    CHECK(IndonesianFormat::longDate(QDate(2026, 2, 1)) == QStringLiteral("1 Februari 2026"));
    CHECK(IndonesianFormat::longDate(QDate(2024, 2, 29)) == QStringLiteral("29 Februari 2024"));
    CHECK(IndonesianFormat::longDate(QDate(2025, 12, 31)) == QStringLiteral("31 Desember 2025"));
    CHECK(IndonesianFormat::longDate(QDate()).isEmpty());
}

TEST_CASE("IndonesianFormat writes the place and date line above a signature", "[core][format]")
{
    CHECK(IndonesianFormat::placeAndDate(QStringLiteral("Jambi"), QDate(2026, 1, 31))
        == QStringLiteral("Jambi, 31 Januari 2026"));
    CHECK(IndonesianFormat::placeAndDate(QStringLiteral("  Muara Bungo "), QDate(2026, 8, 17))
        == QStringLiteral("Muara Bungo, 17 Agustus 2026"));
    CHECK(IndonesianFormat::placeAndDate(QString(), QDate(2026, 3, 5)) == QStringLiteral("5 Maret 2026"));
}

TEST_CASE("IndonesianFormat ignores the system locale", "[core][format]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(IndonesianFormat::longDate(QDate(2026, 5, 2)) == QStringLiteral("2 Mei 2026"));
    CHECK(IndonesianFormat::fixed(1234.75, 2) == QStringLiteral("1.234,75"));
    QLocale::setDefault(previous);
}

TEST_CASE("IndonesianFormat groups thousands with dots", "[core][format]")
{
    CHECK(IndonesianFormat::integer(0) == QStringLiteral("0"));
    CHECK(IndonesianFormat::integer(999) == QStringLiteral("999"));
    CHECK(IndonesianFormat::integer(1000) == QStringLiteral("1.000"));
    CHECK(IndonesianFormat::integer(1234567) == QStringLiteral("1.234.567"));
    CHECK(IndonesianFormat::integer(-1234567) == QStringLiteral("-1.234.567"));
    CHECK(
        IndonesianFormat::integer(std::numeric_limits<qint64>::min()) == QStringLiteral("-9.223.372.036.854.775.808"));
}

TEST_CASE("IndonesianFormat writes a fixed number of decimals with a decimal comma", "[core][format]")
{
    CHECK(IndonesianFormat::fixed(12.5, 1) == QStringLiteral("12,5"));
    CHECK(IndonesianFormat::fixed(12.5, 2) == QStringLiteral("12,50"));
    CHECK(IndonesianFormat::fixed(1234.75, 2) == QStringLiteral("1.234,75"));
    CHECK(IndonesianFormat::fixed(1234567.891, 1) == QStringLiteral("1.234.567,9"));
    CHECK(IndonesianFormat::fixed(2.0, 0) == QStringLiteral("2"));
    CHECK(IndonesianFormat::fixed(0.25, 1) == QStringLiteral("0,3"));
    CHECK(IndonesianFormat::fixed(-12.5, 1) == QStringLiteral("-12,5"));
    CHECK(IndonesianFormat::fixed(-0.01, 1) == QStringLiteral("0,0"));
}

TEST_CASE("IndonesianFormat trims trailing zeros when asked", "[core][format]")
{
    CHECK(IndonesianFormat::trimmed(12.5) == QStringLiteral("12,5"));
    CHECK(IndonesianFormat::trimmed(12.0) == QStringLiteral("12"));
    CHECK(IndonesianFormat::trimmed(1234.75) == QStringLiteral("1.234,75"));
    CHECK(IndonesianFormat::trimmed(100.0) == QStringLiteral("100"));
    CHECK(IndonesianFormat::trimmed(0.333333, 3) == QStringLiteral("0,333"));
    CHECK(IndonesianFormat::trimmed(-0.001) == QStringLiteral("0"));
}

TEST_CASE("IndonesianFormat formats scaled integers exactly", "[core][format]")
{
    CHECK(IndonesianFormat::fixedScaled(125, 1, 1) == QStringLiteral("12,5"));
    CHECK(IndonesianFormat::fixedScaled(123475, 2, 2) == QStringLiteral("1.234,75"));
    CHECK(IndonesianFormat::fixedScaled(12345, 2, 1) == QStringLiteral("123,5"));
    CHECK(IndonesianFormat::fixedScaled(-12345, 2, 1) == QStringLiteral("-123,5"));
    CHECK(IndonesianFormat::fixedScaled(1005, 3, 2) == QStringLiteral("1,01"));
    CHECK(IndonesianFormat::fixedScaled(5, 2, 2) == QStringLiteral("0,05"));
    CHECK(IndonesianFormat::fixedScaled(7, 0, 2) == QStringLiteral("7,00"));
    CHECK(IndonesianFormat::trimmedScaled(125000, 4, 4) == QStringLiteral("12,5"));
    CHECK(IndonesianFormat::trimmedScaled(120000, 4, 4) == QStringLiteral("12"));
    CHECK(IndonesianFormat::trimmedScaled(12347500, 4, 4) == QStringLiteral("1.234,75"));
}
