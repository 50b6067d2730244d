// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkWriter.h"

#include "tests/storage/StorageTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("BulkWriter loads rows without outbox or audit rows and rebuilds deferred indexes", "[storage][demo]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("bulk.sqlite")));
    const auto auditBefore = value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const auto indexes = value(*database,
        QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'org_unit' AND sql IS NOT "
            "NULL"))
                             .toInt();
    {
        BulkWriter writer(*database);
        REQUIRE(writer.begin({QStringLiteral("org_unit")}).ok());
        CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 2);
        const int units = writer.prepare(QStringLiteral("org_unit"),
            {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind")});
        REQUIRE(units >= 0);
        for (int i = 0; i < 100; ++i) {
            CHECK(writer.insert(units,
                {QStringLiteral("u%1").arg(i), QStringLiteral("%1").arg(i), QStringLiteral("Unit '%1'; --").arg(i),
                    QStringLiteral("opd")}));
        }
        REQUIRE(writer.finish().ok());
        CHECK(writer.rowsWritten() == 100);
    }
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 100);
    CHECK(value(*database, QStringLiteral("SELECT name FROM org_unit WHERE code = '7'")).toString()
        == QStringLiteral("Unit '7'; --"));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore);
    CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
    CHECK(value(*database,
              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'org_unit' AND "
                             "sql IS NOT NULL"))
              .toInt()
        == indexes);
    CHECK(value(*database, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    // After the load, edits are recorded again.
    run(*database, QStringLiteral("UPDATE org_unit SET name = 'Renamed' WHERE code = '1'"));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore + 1);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
}

TEST_CASE("BulkWriter refuses unknown columns and a failed load leaves the flags off", "[storage][demo]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("bulk.sqlite")));
    {
        BulkWriter writer(*database);
        REQUIRE(writer.begin().ok());
        CHECK(writer.prepare(QStringLiteral("org_unit"), {QStringLiteral("id"), QStringLiteral("nope")}) == -1);
        CHECK(writer.prepare(QStringLiteral("org_unit; DROP TABLE employee"), {QStringLiteral("id")}) == -1);
        CHECK_FALSE(writer.finish().ok());
    }
    CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'employee'")).toInt() == 1);
}
