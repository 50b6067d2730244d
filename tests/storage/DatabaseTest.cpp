// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrator.h"
#include "tests/storage/StorageTestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// Writes an SQLite file as another program would, without going through Database.
void createForeignSqliteFile(const QString& path, int applicationId, int userVersion)
{
    const auto name = QStringLiteral("foreign-%1").arg(applicationId);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void setUserVersion(const QString& path, int version)
{
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("set-version"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("set-version"));
}

/// Opening `path` fails with a message containing `expected`, and the folder is byte-for-byte as before.
void checkRefusedUntouched(const QString& path, Database::OpenMode mode, const QString& expected)
{
    const auto folder = QFileInfo(path).absolutePath();
    const auto entriesBefore = folderEntries(folder);
    const auto bytesBefore = fileBytes(path);
    auto opened = Database::open(path, mode);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error());
    CHECK(opened.error().contains(expected));
    CHECK(fileBytes(path) == bytesBefore);
    CHECK(folderEntries(folder) == entriesBefore);
}

} // namespace

TEST_CASE("A new database file gets the safety pragmas, the application id and the latest schema", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("new.sqlite"));
    auto database = openOrFail(path);
    CHECK(value(*database, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(value(*database, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(value(*database, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(value(*database, QStringLiteral("PRAGMA busy_timeout")).toInt() == Database::kBusyTimeoutMs);
    CHECK(value(*database, QStringLiteral("PRAGMA application_id")).toLongLong() == Database::kApplicationId);
    CHECK(database->schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
    CHECK(database->schemaVersion() >= 1);
    CHECK(
        value(*database, QStringLiteral("SELECT kind FROM database_info")).toString() == QStringLiteral("standalone"));
    CHECK(database->migrationBackupPath().isEmpty());
    CHECK(database->connectionName().startsWith(QStringLiteral("kinerja-")));
}

TEST_CASE("Two open databases use distinct connections and see each other's commits", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = openOrFail(path);
    auto second = openOrFail(path, Database::OpenMode::ExistingOnly);
    CHECK(first->connectionName() != second->connectionName());
    run(*first, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', 'Dinas', 'agency')"));
    CHECK(value(*second, QStringLiteral("SELECT name FROM org_unit WHERE id = 'u1'")).toString()
        == QStringLiteral("Dinas"));
}

TEST_CASE("An empty file is migrated into a new database", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(path, QByteArray());
    auto database = openOrFail(path);
    CHECK(database->schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
}

TEST_CASE("The default path is under the application data folder", "[storage]")
{
    CHECK(Database::defaultPath().endsWith(QStringLiteral("/kinerja.sqlite")));
    CHECK(Database::defaultPath().contains(QStringLiteral("kinerja-tests")));
}

TEST_CASE("A missing file is refused unless creation was asked for", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("missing.sqlite"));
    for (auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
        auto opened = Database::open(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("A file from a newer schema version is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("newer.sqlite"));
    openOrFail(path).reset();
    setUserVersion(path, 99);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const auto latest = Migrator::latestVersion(Migrator::builtIn());
    const auto expected =
        QStringLiteral("This database was created by a newer version of Kinerja ASN (schema 99; this version reads up "
                       "to %1). Update the application.")
            .arg(latest);
    checkRefusedUntouched(path, Database::OpenMode::CreateIfMissing, expected);
    checkRefusedUntouched(path, Database::OpenMode::ReadOnly, expected);
}

TEST_CASE("An SQLite file of another application is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const auto other = dir.filePath(QStringLiteral("other.sqlite"));
    createForeignSqliteFile(other, 0x12345678, 3);
    checkRefusedUntouched(other, Database::OpenMode::CreateIfMissing, QStringLiteral("is not a Kinerja ASN database"));
    const auto plain = dir.filePath(QStringLiteral("plain.sqlite"));
    createForeignSqliteFile(plain, 0, 0);
    checkRefusedUntouched(plain, Database::OpenMode::ExistingOnly, QStringLiteral("is not a Kinerja ASN database"));
    checkRefusedUntouched(plain, Database::OpenMode::ReadOnly, QStringLiteral("is not a Kinerja ASN database"));
}

TEST_CASE("A file of garbage bytes is refused as damaged and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("garbage.sqlite"));
    writeBytes(path, QByteArray("this is not a database at all; ").repeated(200));
    checkRefusedUntouched(path, Database::OpenMode::CreateIfMissing, QStringLiteral("is damaged or is not a database"));
    const auto tiny = dir.filePath(QStringLiteral("tiny.sqlite"));
    writeBytes(tiny, QByteArray("SQLite format 3"));
    checkRefusedUntouched(tiny, Database::OpenMode::ReadOnly, QStringLiteral("is damaged or is not a database"));
}

TEST_CASE("A Kinerja file with damaged pages fails the quick check and is left untouched", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("damaged.sqlite"));
    openOrFail(path).reset();
    auto bytes = fileBytes(path);
    REQUIRE(bytes.size() > 20 * 4096);
    // Overwrite pages 3..12 (b-tree pages of the schema) with noise, keeping the header valid.
    for (qsizetype i = 2 * 4096; i < 12 * 4096; ++i) {
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    }
    writeBytes(path, bytes);
    checkRefusedUntouched(path, Database::OpenMode::CreateIfMissing, QStringLiteral("is damaged or is not a database"));
}

TEST_CASE("A read-only file is refused for writing and left untouched, but opens read-only", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("readonly.sqlite"));
    openOrFail(path).reset();
    const auto permissions = QFile::permissions(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup));
    checkRefusedUntouched(path, Database::OpenMode::ExistingOnly, QStringLiteral("is read-only"));
    checkRefusedUntouched(path, Database::OpenMode::CreateIfMissing, QStringLiteral("Copy the file"));
    {
        const auto bytesBefore = fileBytes(path);
        auto readOnly = openOrFail(path, Database::OpenMode::ReadOnly);
        CHECK(readOnly->isReadOnly());
        CHECK(value(*readOnly, QStringLiteral("SELECT kind FROM database_info")).toString()
            == QStringLiteral("standalone"));
        readOnly.reset();
        CHECK(fileBytes(path) == bytesBefore);
    }
    QFile::setPermissions(path, permissions);
}

TEST_CASE("A database in a read-only folder is refused for writing and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    const auto path = folder + QStringLiteral("/data.sqlite");
    openOrFail(path).reset();
    const auto permissions = QFile::permissions(folder);
    REQUIRE(QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser));
    checkRefusedUntouched(path, Database::OpenMode::ExistingOnly, QStringLiteral("is read-only"));
    QFile::setPermissions(folder, permissions);
}

TEST_CASE("Text with SQL and HTML metacharacters, quotes, emoji and Arabic round-trips unchanged", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("text.sqlite")));
    const QStringList samples {
        QStringLiteral("'; DROP TABLE x; --"),
        QStringLiteral("<b>&amp;</b>"),
        QStringLiteral("\"double\" and 'single' and `back` quotes"),
        QStringLiteral("emoji \U0001F600 \U0001F1EE\U0001F1E9"),
        QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064A\u0629"),
        QStringLiteral("line one\nline two\ttab \\ backslash %1 %% "),
        QStringLiteral(""),
    };
    int n = 0;
    for (const auto& sample : samples) {
        const auto id = QStringLiteral("u%1").arg(++n);
        run(*database,
            QStringLiteral("INSERT INTO org_unit (id, code, name, kind, address) VALUES (?, ?, ?, 'agency', ?)"),
            {id, id, sample, sample});
        CHECK(value(*database, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"), {id}).toString() == sample);
        CHECK(value(*database, QStringLiteral("SELECT address FROM org_unit WHERE id = ?"), {id}).toString() == sample);
    }
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == samples.size());
}

TEST_CASE("A backup taken while another connection holds an open write transaction is consistent", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto writer = openOrFail(path);
    run(*writer,
        QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', 'Committed', 'agency')"));
    run(*writer, QStringLiteral("BEGIN IMMEDIATE"));
    run(*writer,
        QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u2', 'B', 'Uncommitted', 'agency')"));
    run(*writer, QStringLiteral("UPDATE org_unit SET name = 'Changed' WHERE id = 'u1'"));

    auto reader = openOrFail(path, Database::OpenMode::ReadOnly);
    const auto out = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto written = reader->backupTo(out);
    INFO(written.error());
    REQUIRE(written.ok());
    run(*writer, QStringLiteral("COMMIT"));

    auto copy = openOrFail(out, Database::OpenMode::ReadOnly);
    CHECK(value(*copy, QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
    CHECK(value(*copy, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 1);
    CHECK(value(*copy, QStringLiteral("SELECT name FROM org_unit WHERE id = 'u1'")).toString()
        == QStringLiteral("Committed"));
    CHECK(value(*copy, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
}

TEST_CASE("A backup refuses to replace an existing file unless asked to", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("main.sqlite")));
    const auto out = dir.filePath(QStringLiteral("existing.bak"));
    writeBytes(out, QByteArray("keep me"));
    auto refused = database->backupTo(out);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("already exists")));
    CHECK(fileBytes(out) == QByteArray("keep me"));
    CHECK(database->backupTo(out, true).ok());
    CHECK(fileBytes(out).startsWith(QByteArray("SQLite format 3")));
    CHECK(folderEntries(dir.path()).filter(QStringLiteral("partial")).isEmpty());
}
