// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/cli/CliApplication.h"
#include "core/storage/Importer.h"
#include "tests/storage/ImportTestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QString& database, const QStringList& arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    auto cli = CliApplication::withAllCommands();
    run.exitCode =
        cli.run(QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database}
                + arguments,
            out, err);
    Language::install(QStringLiteral("en"));
    return run;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const auto path = dir.filePath(name);
    writeBytes(path, bytes);
    return path;
}

const QByteArray kUnits = "KODE,NAMA,KODE_INDUK\n15,Provinsi Jambi,\n1.01,Dinas Pendidikan,15\n";

} // namespace

TEST_CASE("kinerja-cli import loads units and employees, reports counts and problems, and exits 1 on rejects",
    "[storage][import][cli]")
{
    QTemporaryDir dir;
    const auto database = dir.filePath(QStringLiteral("cli.sqlite"));
    const auto units = writeFile(dir, QStringLiteral("units.csv"), kUnits);
    auto loaded = runCli(database, {QStringLiteral("import"), QStringLiteral("units"), units});
    INFO(loaded.err);
    CHECK(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("Added: 2")));

    const QByteArray employees = "NIP,NAMA,KODE_UNIT\n" + pnsNip(1).toUtf8() + ",Siti,1.01\n12345,Bad,1.01\n"
        + pnsNip(2).toUtf8() + ",Budi,1.01\n";
    const auto path = writeFile(dir, QStringLiteral("employees.csv"), employees);
    auto rejected = runCli(database, {QStringLiteral("import"), QStringLiteral("employees"), path});
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.out.contains(QStringLiteral("Rejected: 1")));
    CHECK(rejected.out.contains(QStringLiteral("Nothing was written")));
    CHECK(rejected.err.contains(QStringLiteral("Line 3: ")));
    {
        auto opened = openOrFail(database);
        CHECK(countRows(*opened, QStringLiteral("employee")) == 0);
    }

    auto json = runCli(database,
        {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("employees"), path,
            QStringLiteral("--valid-only")});
    CHECK(json.exitCode == 0);
    const auto object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("ok")).toBool());
    CHECK(object.value(QStringLiteral("written")).toBool());
    CHECK(object.value(QStringLiteral("added")).toInt() == 2);
    CHECK(object.value(QStringLiteral("rejected")).toInt() == 1);
    const auto problems = object.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() >= 1);
    CHECK(problems.at(0).toObject().value(QStringLiteral("line")).toInt() == 3);

    auto again =
        runCli(database, {QStringLiteral("import"), QStringLiteral("employees"), path, QStringLiteral("--valid-only")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Unchanged: 2")));

    CHECK(runCli(database, {QStringLiteral("import"), QStringLiteral("people"), path}).exitCode == 2);
    CHECK(runCli(database, {QStringLiteral("import"), QStringLiteral("units")}).exitCode == 2);
    auto missing =
        runCli(database, {QStringLiteral("import"), QStringLiteral("units"), dir.filePath(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 1);
}

#ifdef KINERJA_CLI_PATH
TEST_CASE("A kill -9 in the middle of a large import leaves a sound file with all or none of the import",
    "[storage][import][crash]")
{
    QTemporaryDir dir;
    const auto database = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        auto opened = openOrFail(database);
        Importer importer(*opened);
        auto units = importer.importUnits(writeFile(dir, QStringLiteral("units.csv"), kUnits), Importer::Options {});
        REQUIRE(units.ok());
    }
    constexpr int kRows = 60000;
    QByteArray csv = "NIP_BARU,NAMA,GELAR_BELAKANG,JENIS_KELAMIN,GOL_AKHIR_NAMA,JABATAN_NAMA,KODE_UNOR\n";
    csv.reserve(kRows * 100);
    for (int i = 0; i < kRows; ++i) {
        csv += QStringLiteral("%1,Pegawai Nomor %2,S.Pd.,%3,III/a,Pengelola Data,1.01\n")
                   .arg(pnsNip(i, i % 2 == 1))
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("P") : QStringLiteral("L"))
                   .toUtf8();
    }
    const auto path = writeFile(dir, QStringLiteral("large.csv"), csv);

    QProcess process;
    process.setProgram(QStringLiteral(KINERJA_CLI_PATH));
    process.setArguments({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
        QStringLiteral("import"), QStringLiteral("employees"), path});
    process.start();
    REQUIRE(process.waitForStarted(10000));
    const QString wal = database + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    while (timer.elapsed() < 120000) {
        if (process.waitForFinished(2)) {
            break;
        }
        if (QFileInfo(wal).size() > 512 * 1024) { // the import has started writing pages
            process.kill(); // SIGKILL
            process.waitForFinished(10000);
            killed = true;
            break;
        }
    }
    if (!killed) {
        INFO("exit code " << process.exitCode() << ": " << QString::fromUtf8(process.readAllStandardError()));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        REQUIRE(process.exitCode() == 0);
        WARN("The import finished before it could be killed; checking the finished file instead.");
    }

    auto opened = openOrFail(database);
    CHECK(value(*opened, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    const int employees = countRows(*opened, QStringLiteral("employee"));
    INFO("employees after the kill: " << employees);
    CHECK((employees == 0 || employees == kRows));
}
#endif
