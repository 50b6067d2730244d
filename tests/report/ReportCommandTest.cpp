// SPDX-License-Identifier: GPL-3.0-or-later
// `kinerja-cli report` and `kinerja-cli verify` as a user types them (in process), on the demo database.
#include "core/storage/PlanRepository.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The NIP of the employee of an approved plan.
QString approvedNip(const DemoReportFixture& demo)
{
    const auto plan = PlanRepository(demo.database()).load(demo.planId(WorkflowState::PlanApproved));
    REQUIRE(plan.ok());
    return plan->participants.employee.nip;
}

QString codeIn(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("[A-Z]{3}-[0-9A-F]{8}-[0-9A-Z]{6}"));
    return code.match(text).captured(0);
}

} // namespace

TEST_CASE("report skp writes one employee's SKP, and verify recognises its code", "[report-command]")
{
    const DemoReportFixture demo;
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("skp.pdf"));
    const QString nip = approvedNip(demo);

    const CliRun run =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), demo.path(),
            QStringLiteral("report"), QStringLiteral("skp"), QStringLiteral("--nip"), nip, QStringLiteral("--year"),
            QString::number(kDemoYear), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("A4")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QString code = codeIn(run.out);
    REQUIRE(code.startsWith(QStringLiteral("SKP-")));
    const QByteArray pdf = readFile(out);
    CHECK(pdfInfo(pdf).pageSizePt.width() == Approx(pointsFromMm(297)).margin(0.5));
    CHECK(pdfText(pdf).contains(code));

    const CliRun valid = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
        demo.path(), QStringLiteral("verify"), code.toLower()});
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(QStringLiteral("Valid")));

    QString altered = code;
    altered[altered.size() - 1] = altered.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun changed = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
        demo.path(), QStringLiteral("verify"), altered});
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(QStringLiteral("Changed")));

    const CliRun unknown = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
        demo.path(), QStringLiteral("verify"), QStringLiteral("SKP-00000000-AAAAAA")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Unknown")));

    const CliRun notACode = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
        demo.path(), QStringLiteral("verify"), QStringLiteral("12345")});
    CHECK(notACode.exitCode == 2);
}

TEST_CASE("report refuses bad input with clear messages and writes nothing", "[report-command]")
{
    const DemoReportFixture demo;
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("x.pdf"));
    const QStringList base {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), demo.path(),
        QStringLiteral("report")};

    CliRun run = runCli(base
        + QStringList {
            QStringLiteral("poster"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Unknown document \"poster\"")));

    run = runCli(base
        + QStringList {QStringLiteral("skp"), QStringLiteral("--nip"), QStringLiteral("199001012020121001"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No employee has the NIP")));

    run = runCli(base
        + QStringList {QStringLiteral("skp"), QStringLiteral("--nip"), approvedNip(demo), QStringLiteral("--year"),
            QStringLiteral("2026"), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("Letter")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("A4 or F4")));

    run = runCli(base
        + QStringList {QStringLiteral("skp"), QStringLiteral("--nip"), approvedNip(demo), QStringLiteral("--year"),
            QStringLiteral("2026"), QStringLiteral("--out"), out, QStringLiteral("--margins"),
            QStringLiteral("25,20,20,10")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("bottom margin")));

    run = runCli(base
        + QStringList {QStringLiteral("evaluation"), QStringLiteral("--nip"), approvedNip(demo),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--period N")));
    CHECK_FALSE(QFile::exists(out));

    // An existing file is kept without --force.
    QFile existing(out);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    run = runCli(base
        + QStringList {QStringLiteral("skp"), QStringLiteral("--nip"), approvedNip(demo), QStringLiteral("--year"),
            QStringLiteral("2026"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK(readFile(out) == "keep me");
}

TEST_CASE("report skp --unit prints every SKP of a unit into a folder on several threads", "[report-command]")
{
    const DemoReportFixture demo;
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("unit"));
    const CliRun run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
        demo.path(), QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("skp"),
        QStringLiteral("--unit"), QStringLiteral("15.01.01"), QStringLiteral("--year"), QString::number(kDemoYear),
        QStringLiteral("--out"), out, QStringLiteral("--jobs"), QStringLiteral("2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() >= 2);
    QSet<QString> codes;
    for (const auto& file : files) {
        const QString path = file.toObject().value(QStringLiteral("file")).toString();
        CHECK(QFile::exists(path));
        CHECK(pdfText(readFile(path)).contains(QStringLiteral("SASARAN KINERJA PEGAWAI")));
        codes.insert(file.toObject().value(QStringLiteral("code")).toString());
    }
    CHECK(codes.size() == files.size());
    CHECK(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == files.size());
    // Nothing but the PDFs is left in the folder (no temporary files).
    CHECK(QDir(out).entryList(QDir::Files).size() == files.size());
}
