// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CsvReader.h"

#include "tests/support/TestSupport.h"

#include <QBuffer>

using namespace kinerja;

namespace {

QList<CsvReader::Record> readAll(const QByteArray& bytes, char* delimiter = nullptr, QString* error = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(record)) {
        records.append(record);
    }
    if (delimiter) {
        *delimiter = reader.delimiter();
    }
    if (error) {
        *error = reader.error();
    }
    return records;
}

} // namespace

TEST_CASE("CsvReader reads comma files with quotes, doubled quotes and line breaks inside fields", "[storage][import]")
{
    char delimiter = 0;
    const auto records = readAll("NIP,NAMA\n1,\"Siti, \"\"Ani\"\"\"\n2,\"two\nlines\"\n3,plain\n", &delimiter);
    CHECK(delimiter == ',');
    REQUIRE(records.size() == 4);
    CHECK(records.at(0).line == 1);
    CHECK(records.at(1).fields == QStringList {QStringLiteral("1"), QStringLiteral("Siti, \"Ani\"")});
    CHECK(records.at(2).line == 3);
    CHECK(records.at(2).fields.at(1) == QStringLiteral("two\nlines"));
    CHECK(records.at(3).line == 5); // the physical line where the record starts
}

TEST_CASE("CsvReader detects semicolons, skips a byte order mark and accepts CRLF", "[storage][import]")
{
    char delimiter = 0;
    const auto records = readAll("\xEF\xBB\xBFNIP;NAMA;UNIT\r\n1;\"a;b\";x\r\n2;\"c\r\nd\";y\r\n", &delimiter);
    CHECK(delimiter == ';');
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).fields.at(0) == QStringLiteral("NIP"));
    CHECK(records.at(1).fields == QStringList {QStringLiteral("1"), QStringLiteral("a;b"), QStringLiteral("x")});
    CHECK(records.at(2).fields.at(1) == QStringLiteral("c\nd"));
    CHECK(records.at(2).line == 3);
}

TEST_CASE("CsvReader reports an unterminated quote at the line where its record starts", "[storage][import]")
{
    QString error;
    const auto records = readAll("A,B\n1,ok\n2,\"never closed\n3,x\n", nullptr, &error);
    REQUIRE(records.size() == 2);
    CHECK(error.contains(QStringLiteral("line 3")));
}

TEST_CASE(
    "CsvReader marks blank lines, bytes that are not UTF-8 and a last line without a line end", "[storage][import]")
{
    const auto records = readAll("A,B\n\n,\n\xE9t\xE9,x\nlast,\xF0\x9F\x98\x80");
    REQUIRE(records.size() == 5);
    CHECK(records.at(1).isBlank());
    CHECK(records.at(2).isBlank());
    CHECK(records.at(3).badEncoding);
    CHECK_FALSE(records.at(4).badEncoding);
    CHECK(records.at(4).fields.at(1) == QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(records.at(4).line == 5);
}
