// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/storage/ExportTestSupport.h"
#include "tests/support/CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

CliRun exportCli(const QString& database, const QStringList& arguments)
{
    return runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
                      QStringLiteral("export")}
        + arguments);
}

QJsonObject jsonOf(const CliRun& run)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    const auto document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

/// A fixture with two settled annual evaluations of 2025, closed so that the CLI opens the file itself.
QString smallDatabase(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
    ExportFixture f;
    f.settledAnnual(QStringLiteral("Siti"), f.bidang, Rating::AboveExpectation, Rating::AsExpected);
    f.settledAnnual(QStringLiteral("=Budi"), f.otherOpd, Rating::AsExpected, Rating::AsExpected);
    REQUIRE(f.database->backupTo(path).ok());
    return path;
}

} // namespace

TEST_CASE("kinerja-cli export siasn writes the CSV, prints a summary and keeps an existing file without --force",
    "[storage][export][cli]")
{
    QTemporaryDir dir;
    const auto database = smallDatabase(dir);
    const auto before = fileBytes(database);
    const auto out = dir.filePath(QStringLiteral("siasn.csv"));
    const auto written = exportCli(database,
        {QStringLiteral("siasn"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("2 evaluations of 2025 written to")));
    const auto bytes = fileBytes(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBFnip;tahun;hasilKinerja;hasilKinerjaNilai;"));
    CHECK(bytes.count("\r\n") == 3);
    CHECK(bytes.contains(";'=Budi;TAHUNAN;AKHIR;")); // the formula guard

    const auto refused = exportCli(database,
        {QStringLiteral("siasn"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), out,
            QStringLiteral("--periodic"), QStringLiteral("--separator"), QStringLiteral(",")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(out) == bytes);

    const auto forced = exportCli(database,
        {QStringLiteral("--json"), QStringLiteral("siasn"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--out"), out, QStringLiteral("--periodic"), QStringLiteral("--separator"),
            QStringLiteral(","), QStringLiteral("--force"), QStringLiteral("--unit"), QStringLiteral("1.01")});
    REQUIRE(forced.exitCode == 0);
    const auto json = jsonOf(forced);
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(json.value(QStringLiteral("file")).toString() == QFileInfo(out).absoluteFilePath());
    CHECK(json.value(QStringLiteral("unit")).toString() == QStringLiteral("1.01"));
    CHECK(json.value(QStringLiteral("periodic")).toBool());
    CHECK(fileBytes(out).startsWith("\xEF\xBB\xBFnip,tahun,hasilKinerja,"));
    CHECK(fileBytes(out).contains(",bulanMulaiPenilaian,"));

    // The database is only read, and --force never replaces it.
    const auto itself = exportCli(database,
        {QStringLiteral("siasn"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), database,
            QStringLiteral("--force")});
    CHECK(itself.exitCode == 1);
    CHECK(itself.err.contains(QStringLiteral("An export cannot replace the database file itself.")));
    CHECK(fileBytes(database) == before);
    CHECK(folderEntries(dir.path()) == QStringList {QStringLiteral("cli.sqlite"), QStringLiteral("siasn.csv")});
}

TEST_CASE("kinerja-cli export recap writes CSV or Excel by the file name, a table per period", "[storage][export][cli]")
{
    QTemporaryDir dir;
    const auto database = smallDatabase(dir);
    const auto csv = dir.filePath(QStringLiteral("rekap.csv"));
    const auto annual = exportCli(database,
        {QStringLiteral("--json"), QStringLiteral("recap"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--annual"), QStringLiteral("--out"), csv});
    REQUIRE(annual.exitCode == 0);
    auto json = jsonOf(annual);
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(json.value(QStringLiteral("rows")).toInt() == 5); // 15, 1.01, 1.01.01, 1.02, Jumlah
    const auto periods = json.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 1);
    CHECK(periods.first().toObject().value(QStringLiteral("period")).toString() == QStringLiteral("AKHIR"));
    CHECK(periods.first().toObject().value(QStringLiteral("evaluations")).toInt() == 2);
    const auto text = QString::fromUtf8(fileBytes(csv));
    CHECK(text.contains(QStringLiteral("\r\n2025;AKHIR;15;Pemerintah Provinsi Jambi;;2;0;0,0;2;100,0;0;0,0;")));

    const auto xlsx = dir.filePath(QStringLiteral("rekap.xlsx"));
    const auto all = exportCli(database,
        {QStringLiteral("recap"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), xlsx});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("The recap of 5 periods of 2025 was written to")));
    CHECK(all.out.contains(QStringLiteral("AKHIR: 2 evaluations in 4 units")));
    CHECK(fileBytes(xlsx).startsWith("PK\x03\x04"));

    const auto quarter = dir.filePath(QStringLiteral("triwulan.data"));
    const auto second = exportCli(database,
        {QStringLiteral("recap"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--period"),
            QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), quarter});
    REQUIRE(second.exitCode == 0);
    CHECK(fileBytes(quarter).startsWith("PK\x03\x04"));
}

TEST_CASE("kinerja-cli export refuses bad input with exit code 1 or 2 and writes nothing", "[storage][export][cli]")
{
    QTemporaryDir dir;
    const auto database = smallDatabase(dir);
    const auto out = dir.filePath(QStringLiteral("out.csv"));
    const auto attempt = [&](const QStringList& arguments) {
        auto run = exportCli(database, arguments);
        CHECK_FALSE(QFileInfo::exists(out));
        return run;
    };
    const QStringList siasn {QStringLiteral("siasn"), QStringLiteral("--out"), out};
    const QStringList recap {QStringLiteral("recap"), QStringLiteral("--out"), out};
    const QStringList year {QStringLiteral("--year"), QStringLiteral("2025")};

    auto run = attempt(siasn + QStringList {QStringLiteral("--year"), QStringLiteral("abc")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("The year must be a whole number such as 2025, not \"abc\".")));
    run = attempt(siasn + QStringList {QStringLiteral("--year"), QStringLiteral("1999")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("The year must be from 2000 to 2100, not 1999.")));
    run = attempt(siasn);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("The option --year is required.")));
    run = attempt(siasn + year + QStringList {QStringLiteral("--unit"), QStringLiteral("9.99")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("There is no unit with the code \"9.99\".")));
    run = attempt(recap + year + QStringList {QStringLiteral("--unit"), QStringLiteral("9.99")});
    CHECK(run.exitCode == 1);
    run = attempt(siasn + year + QStringList {QStringLiteral("--separator"), QStringLiteral("|")});
    CHECK(run.exitCode == 2);
    run = attempt(
        recap + year + QStringList {QStringLiteral("--period"), QStringLiteral("1"), QStringLiteral("--annual")});
    CHECK(run.exitCode == 2);
    run = attempt(recap + year + QStringList {QStringLiteral("--period"), QStringLiteral("13")});
    CHECK(run.exitCode == 2);
    run = attempt(recap + year + QStringList {QStringLiteral("--period"), QStringLiteral("9")});
    CHECK(run.exitCode == 1); // a quarter 9 is not stored
    run = attempt(recap + year + QStringList {QStringLiteral("--cadence"), QStringLiteral("TRIWULANAN")});
    CHECK(run.exitCode == 2);
    run = attempt({QStringLiteral("recap"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("out.txt"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral(".csv or .xlsx")));
    run = attempt({QStringLiteral("sideways")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Unknown export \"sideways\": write siasn or recap.")));
    run = attempt({});
    CHECK(run.exitCode == 2);
    run = attempt(siasn + year + QStringList {QStringLiteral("--bogus")});
    CHECK(run.exitCode == 2);
    run = exportCli(dir.filePath(QStringLiteral("missing.sqlite")), siasn + year);
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("A failed export write leaves no file behind", "[storage][export][cli]")
{
    QTemporaryDir dir;
    const auto database = smallDatabase(dir);
    const auto locked = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(locked));
    REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(locked + QStringLiteral("/probe"));
    const bool rootCanWrite = probe.open(QIODevice::WriteOnly);
    if (rootCanWrite) {
        probe.close();
        probe.remove();
    }
    QString target = locked + QStringLiteral("/siasn.csv");
    if (rootCanWrite) {
#ifdef Q_OS_LINUX
        target = QStringLiteral("/proc/kinerja-export-test.csv"); // not writable even by root
#else
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        SKIP("running as an administrator: no unwritable folder to test with");
#endif
    }
    for (const auto& arguments : {QStringList {QStringLiteral("siasn"), QStringLiteral("--year"),
                                      QStringLiteral("2025"), QStringLiteral("--out"), target},
             QStringList {QStringLiteral("recap"), QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--out"), target + QStringLiteral(".xlsx")}}) {
        const auto run = exportCli(database, arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("could not be written")));
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".xlsx")));
    CHECK(folderEntries(locked).isEmpty());
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("kinerja-cli export has help for itself and for each export", "[storage][export][cli]")
{
    const auto general =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(general.exitCode == 0);
    CHECK(general.out.contains(QStringLiteral("siasn|recap")));
    const auto siasn = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
        QStringLiteral("siasn"), QStringLiteral("--help")});
    CHECK(siasn.exitCode == 0);
    CHECK(siasn.out.contains(QStringLiteral("Usage: kinerja-cli export siasn [options]")));
    CHECK(siasn.out.contains(QStringLiteral("--periodic")));
    const auto recap = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
        QStringLiteral("recap"), QStringLiteral("--help")});
    CHECK(recap.exitCode == 0);
    CHECK(recap.out.contains(QStringLiteral("--annual")));
    CHECK(recap.out.contains(QStringLiteral("--format")));
    const auto list = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(list.out.contains(QStringLiteral("  export ")));
}

TEST_CASE("kinerja-cli export siasn on the demo office writes every settled annual evaluation, the Sekda's as NON ASN",
    "[storage][export][cli]")
{
    QTemporaryDir dir;
    const auto database = demoDatabase();
    const auto out = dir.filePath(QStringLiteral("demo.csv"));
    const auto run = exportCli(database,
        {QStringLiteral("--json"), QStringLiteral("siasn"), QStringLiteral("--year"), QStringLiteral("2024"),
            QStringLiteral("--out"), out});
    REQUIRE(run.exitCode == 0);
    int settled = 0;
    {
        auto opened = openOrFail(database, Database::OpenMode::ReadOnly);
        settled = countRows(*opened,
            QStringLiteral("SELECT count(*) FROM evaluation AS e JOIN assessment_period AS ap ON ap.id = e.period_id "
                           "WHERE ap.year = 2024 AND ap.cadence = 'TAHUNAN' AND e.grade IS NOT NULL "
                           "AND e.status IN ('evaluation.finalized', 'evaluation.final') AND e.deleted = 0"));
    }
    CHECK(settled > 100);
    CHECK(jsonOf(run).value(QStringLiteral("rows")).toInt() == settled);
    const auto lines = QString::fromUtf8(fileBytes(out)).split(QStringLiteral("\r\n"));
    CHECK(lines.size() == settled + 2); // header, rows, and the empty piece after the last CRLF
    const auto nonAsn = lines.filter(QStringLiteral(";NON ASN;"));
    REQUIRE(nonAsn.size() >= 1);
    CHECK(nonAsn.first().contains(QStringLiteral(";Gubernur Jambi;")));
}
