// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CsvWriter.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("CsvWriter writes a byte order mark, semicolons, RFC 4180 quotes and CRLF", "[storage][export]")
{
    CsvWriter writer;
    writer.addRow(QStringList {QStringLiteral("nip"), QStringLiteral("nama")});
    writer.addRow(QStringList {QStringLiteral("199001012015032001"), QStringLiteral("Siti; \"Ani\"\nAminah")});
    writer.addRow(QList<CsvWriter::Field> {CsvWriter::number(12), CsvWriter::text(QString())});
    CHECK(writer.rowCount() == 3);
    CHECK(writer.data()
        == QByteArray("\xEF\xBB\xBFnip;nama\r\n"
                      "199001012015032001;\"Siti; \"\"Ani\"\"\nAminah\"\r\n"
                      "12;\r\n"));
}

TEST_CASE("CsvWriter puts an apostrophe before text that a spreadsheet would run as a formula", "[storage][export]")
{
    CsvWriter writer;
    CHECK(CsvWriter::isFormulaRisk(QStringLiteral("=HYPERLINK(\"x\")")));
    CHECK(CsvWriter::isFormulaRisk(QStringLiteral("+62")));
    CHECK(CsvWriter::isFormulaRisk(QStringLiteral("-")));
    CHECK(CsvWriter::isFormulaRisk(QStringLiteral("@SUM(A1)")));
    CHECK(CsvWriter::isFormulaRisk(QStringLiteral("\tx")));
    CHECK_FALSE(CsvWriter::isFormulaRisk(QStringLiteral("Plt. Kepala")));
    CHECK_FALSE(CsvWriter::isFormulaRisk(QString()));
    CHECK(writer.encode(CsvWriter::text(QStringLiteral("=1+1"))) == QStringLiteral("'=1+1"));
    // Guarded first, then quoted when the text needs quotes.
    CHECK(writer.encode(CsvWriter::text(QStringLiteral("=A1;B1"))) == QStringLiteral("\"'=A1;B1\""));
    CHECK(writer.encode(CsvWriter::text(QStringLiteral("\rx"))) == QStringLiteral("\"'\rx\""));
    // Numbers are written as given.
    CHECK(writer.encode(CsvWriter::number(QStringLiteral("-1,5"))) == QStringLiteral("-1,5"));
    CHECK(writer.encode(CsvWriter::number(QStringLiteral("-12"))) == QStringLiteral("-12"));
    CHECK(writer.encode(CsvWriter::text(QStringLiteral("-12"))) == QStringLiteral("'-12"));
}

TEST_CASE("CsvWriter pairs the comma separator with a decimal point, and may leave out the byte order mark",
    "[storage][export]")
{
    CsvWriter semicolon;
    CHECK(semicolon.decimalMark() == u',');
    CHECK(semicolon.fixed(667, 1) == QStringLiteral("66,7"));
    CHECK(semicolon.fixed(1000, 1) == QStringLiteral("100,0"));
    CHECK(semicolon.fixed(5, 2) == QStringLiteral("0,05"));
    CHECK(semicolon.fixed(-15, 1) == QStringLiteral("-1,5"));
    CHECK(semicolon.fixed(42, 0) == QStringLiteral("42"));

    CsvWriter::Options options;
    options.separator = u',';
    options.byteOrderMark = false;
    CsvWriter comma(options);
    CHECK(comma.decimalMark() == u'.');
    comma.addRow(QList<CsvWriter::Field> {CsvWriter::text(QStringLiteral("Baik, sekali")),
        CsvWriter::number(comma.fixed(333, 1)), CsvWriter::text(QStringLiteral("a;b"))});
    CHECK(comma.data() == QByteArray("\"Baik, sekali\",33.3,a;b\r\n"));
}
