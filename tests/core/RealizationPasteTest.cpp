// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RealizationPaste.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

QList<RealizationPaste::Target> targets()
{
    const auto target = [](const char* number, const char* text, const char* unit, bool numeric) {
        RealizationPaste::Target t;
        t.number = QString::fromUtf8(number);
        t.workResultId = QUuid::createUuid();
        t.indicatorId = QUuid::createUuid();
        t.text = QString::fromUtf8(text);
        t.unit = QString::fromUtf8(unit);
        t.numeric = numeric;
        return t;
    };
    return {
        target("1.1", "Jumlah laporan yang disusun", "dokumen", true),
        target("1.2", "Persentase laporan tepat waktu", "%", true),
        target("2.1", "Waktu tanggap pengaduan", "hari", true), target("2.2", "Kualitas layanan pengaduan", "", false),
        target("3.1", "Persentase laporan tepat waktu", "%", true), // the same text as 1.2
    };
}

} // namespace

TEST_CASE("RealizationPaste reads numbers with a decimal comma or a decimal point", "[core][evaluation]")
{
    CHECK(RealizationPaste::parseNumber(QStringLiteral("12,5")).value() == number("12,5"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("12.5")).value() == number("12,5"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("1.234,5")).value() == number("1234,5"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("1,234.5")).value() == number("1234,5"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("1,234,567")).value() == number("1234567"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("1.500")).value() == number("1500"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("\u00a01\u00a0500 ")).value() == number("1500"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("-3")).value() == number("-3"));
    CHECK(
        RealizationPaste::parseNumber(QStringLiteral("12 Dokumen"), QStringLiteral("dokumen")).value() == number("12"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("85,5%"), QStringLiteral("%")).value() == number("85,5"));
    CHECK(RealizationPaste::parseNumber(QStringLiteral("85 %")).value() == number("85"));

    CHECK_FALSE(RealizationPaste::parseNumber(QStringLiteral("abc")).ok());
    CHECK_FALSE(RealizationPaste::parseNumber(QStringLiteral("12 laporan"), QStringLiteral("dokumen")).ok());
    CHECK_FALSE(RealizationPaste::parseNumber(QString()).ok());
    const auto letters = RealizationPaste::parseNumber(QStringLiteral("dua belas"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error()
        == QStringLiteral("\"dua belas\" is not a number. Write digits with a decimal comma or point, for example 12,5 "
                          "or 12.5."));
    const auto precise = RealizationPaste::parseNumber(QStringLiteral("1,23456"));
    REQUIRE_FALSE(precise.ok());
    CHECK(precise.error().contains(QStringLiteral("more than 4 decimals"))); // Decimal's reason
    const auto swapped = RealizationPaste::parseNumber(QStringLiteral("1,23.4.5"));
    REQUIRE_FALSE(swapped.ok());
    CHECK(swapped.error().contains(QStringLiteral("\"1,23.4.5\""))); // the text as pasted, not as normalised
}

TEST_CASE("RealizationPaste splits tab-separated rows with spreadsheet quoting", "[core][evaluation]")
{
    const auto rows = RealizationPaste::splitRows(
        QStringLiteral("1.1\t12\r\n\r\n\"1.2\"\t\"a \"\"quoted\"\"\ttab\"\t\n\"2.1\"\t\"two\nlines\"\n  \t \n3.1\t4"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).first == 1);
    CHECK(rows.at(0).second == QStringList {QStringLiteral("1.1"), QStringLiteral("12")});
    CHECK(rows.at(1).first == 3);
    CHECK(rows.at(1).second == QStringList {QStringLiteral("1.2"), QStringLiteral("a \"quoted\"\ttab")});
    CHECK(rows.at(2).first == 4);
    CHECK(rows.at(2).second == QStringList {QStringLiteral("2.1"), QStringLiteral("two\nlines")});
    CHECK(rows.at(3).first == 7); // the blank row between them is skipped, but counted
    CHECK(rows.at(3).second == QStringList {QStringLiteral("3.1"), QStringLiteral("4")});
}

TEST_CASE("RealizationPaste matches rows by number or by indicator text and reads the value", "[core][evaluation]")
{
    const auto all = targets();
    const auto rows = RealizationPaste::parse(QStringLiteral("1.1\t12\tMenyusun laporan bulanan\n"
                                                             "1,2\tPersentase laporan tepat waktu\t85,5 %\n"
                                                             "WAKTU  tanggap pengaduan\t2.5\n"
                                                             "2.2\tSemua pengaduan ditanggapi dengan baik\n"
                                                             "3.1.\t\tMemantau ketepatan waktu\n"),
        all);
    REQUIRE(rows.size() == 5);
    for (const auto& row : rows) {
        CHECK(row.error == QString());
    }
    CHECK(rows.at(0).target == 0);
    CHECK(rows.at(0).value == number("12"));
    CHECK(rows.at(0).hasActionPlan);
    CHECK(rows.at(0).actionPlan == QStringLiteral("Menyusun laporan bulanan"));
    CHECK(rows.at(1).target == 1); // number, then the same indicator's text, then the value
    CHECK(rows.at(1).value == number("85,5"));
    CHECK_FALSE(rows.at(1).hasActionPlan);
    CHECK(rows.at(2).target == 2);
    CHECK(rows.at(2).value == number("2,5"));
    CHECK(rows.at(3).target == 3); // narrative target: the text is the realisation
    CHECK_FALSE(rows.at(3).value.has_value());
    CHECK(rows.at(3).text == QStringLiteral("Semua pengaduan ditanggapi dengan baik"));
    CHECK(rows.at(4).target == 4); // only the action plan
    CHECK_FALSE(rows.at(4).hasRealization);
    CHECK(rows.at(4).actionPlan == QStringLiteral("Memantau ketepatan waktu"));
}

TEST_CASE("RealizationPaste gives each bad row its own reason", "[core][evaluation]")
{
    const auto all = targets();
    const auto rows = RealizationPaste::parse(QStringLiteral("9.9\t5\n"
                                                             "Persentase laporan tepat waktu\t80\n"
                                                             "Indikator yang tidak ada\t3\n"
                                                             "1.1\tdua belas\n"
                                                             "1.1\t12\n"
                                                             "1.1\t13\n"
                                                             "2.1\n"
                                                             "2.1\t\n"
                                                             "1.2\t80\tRencana\tlebih\n"),
        all);
    REQUIRE(rows.size() == 9);
    CHECK(rows.at(0).error.contains(QStringLiteral("9.9")));
    CHECK(rows.at(1).error.contains(QStringLiteral("1.2, 3.1"))); // ambiguous text
    CHECK(rows.at(2).error.contains(QStringLiteral("Indikator yang tidak ada")));
    CHECK(rows.at(3).error.contains(QStringLiteral("dua belas")));
    CHECK(rows.at(4).isValid());
    CHECK(rows.at(5).error == QStringLiteral("Indicator 1.1 was already given in line 5."));
    CHECK(rows.at(6).error.contains(QStringLiteral("only one column")));
    CHECK(rows.at(7).error.contains(QStringLiteral("only one column"))); // the empty cell at the end is dropped
    CHECK(rows.at(8).error.contains(QStringLiteral("4 columns")));
    CHECK(rows.at(0).line == 1);
    CHECK(rows.at(8).line == 9);
}
