// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/cli/CliApplication.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/CliRunner.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

CliRun runWithDatabase(const QString& database, const QStringList& arguments)
{
    return kinerja::test::runCli(
        QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database}
        + arguments);
}

void addOrgUnit(const QString& path, const QString& id, const QString& name)
{
    auto database = openOrFail(path);
    run(*database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES (?, ?, ?, 'agency')"),
        {id, id, name});
}

} // namespace

TEST_CASE("kinerja-cli check reports a healthy database and exits 0", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("ok.sqlite"));
    addOrgUnit(path, QStringLiteral("u1"), QStringLiteral("Dinas"));
    const auto result = runWithDatabase(path, {QStringLiteral("check")});
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(result.out.contains(QStringLiteral("No problems found.")));

    const auto json = runWithDatabase(path, {QStringLiteral("--json"), QStringLiteral("check")});
    CHECK(json.exitCode == 0);
    const auto object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("ok")).toBool());
    CHECK(object.value(QStringLiteral("schemaVersion")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("kind")).toString() == QStringLiteral("standalone"));
}

TEST_CASE("kinerja-cli check finds orphaned evidence files and broken references and exits 1", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("problems.sqlite"));
    {
        auto database = openOrFail(path);
        run(*database,
            QStringLiteral(
                "INSERT INTO evidence_blob (sha256, size, mime_type, data) VALUES (?, 3, 'application/pdf', ?)"),
            {QString(64, u'a'), QByteArray("abc")});
        run(*database, QStringLiteral("PRAGMA foreign_keys = OFF"));
        run(*database,
            QStringLiteral(
                "INSERT INTO employee (id, employee_kind, name, unit_id) VALUES ('e1', 'pns', 'Siti', 'nowhere')"));
    }
    const auto result = runWithDatabase(path, {QStringLiteral("check")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("Evidence files not used by any record: 1.")));
    CHECK(result.err.contains(QStringLiteral("Broken reference: employee")));
}

TEST_CASE("kinerja-cli check refuses a file that is not a database", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("garbage.sqlite"));
    writeBytes(path, QByteArray("garbage").repeated(100));
    const auto result = runWithDatabase(path, {QStringLiteral("check")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("is damaged or is not a database")));
}

TEST_CASE("kinerja-cli backup writes a copy that opens, and refuses to overwrite without --force", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("main.sqlite"));
    addOrgUnit(path, QStringLiteral("u1"), QStringLiteral("Dinas Pendidikan"));
    const auto out = dir.filePath(QStringLiteral("backup/copy.sqlite"));
    auto result = runWithDatabase(path, {QStringLiteral("backup"), out});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    {
        auto copy = openOrFail(out, Database::OpenMode::ReadOnly);
        CHECK(value(*copy, QStringLiteral("SELECT name FROM org_unit WHERE id = 'u1'")).toString()
            == QStringLiteral("Dinas Pendidikan"));
    }
    const auto bytes = fileBytes(out);
    result = runWithDatabase(path, {QStringLiteral("backup"), out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(out) == bytes);
    result = runWithDatabase(path, {QStringLiteral("backup"), out, QStringLiteral("--force")});
    CHECK(result.exitCode == 0);
}

TEST_CASE("kinerja-cli restore replaces the database and keeps the old one aside", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("main.sqlite"));
    addOrgUnit(path, QStringLiteral("u1"), QStringLiteral("Before backup"));
    const auto out = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(runWithDatabase(path, {QStringLiteral("backup"), out}).exitCode == 0);
    addOrgUnit(path, QStringLiteral("u2"), QStringLiteral("After backup"));

    const auto result = runWithDatabase(path, {QStringLiteral("restore"), out});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    auto restored = openOrFail(path, Database::OpenMode::ExistingOnly);
    CHECK(value(*restored, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 1);
    const auto asides = QDir(dir.path()).entryList({QStringLiteral("main.sqlite.before-restore-*.bak")});
    REQUIRE(asides.size() == 1);
    auto aside = openOrFail(dir.filePath(asides.first()), Database::OpenMode::ReadOnly);
    CHECK(value(*aside, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 2);
}

TEST_CASE("kinerja-cli restore refuses a bad file and leaves the current database untouched", "[storage][cli]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("main.sqlite"));
    addOrgUnit(path, QStringLiteral("u1"), QStringLiteral("Dinas"));
    const auto bytes = fileBytes(path);
    const auto entries = folderEntries(dir.path());

    const auto garbage = dir.filePath(QStringLiteral("garbage.bin"));
    writeBytes(garbage, QByteArray("not a database").repeated(100));
    auto result = runWithDatabase(path, {QStringLiteral("restore"), garbage});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("Nothing was restored")));

    result = runWithDatabase(path, {QStringLiteral("restore"), dir.filePath(QStringLiteral("missing.sqlite"))});
    CHECK(result.exitCode == 1);
    CHECK(fileBytes(path) == bytes);
    auto expected = entries;
    expected.append(QStringLiteral("garbage.bin"));
    expected.sort();
    CHECK(folderEntries(dir.path()) == expected);
}
