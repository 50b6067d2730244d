// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a pulled page to the local file (core/sync/PullApplier): the page and its cursor together or not at all,
// newer versions only, a pending local edit laid again over the server's row, unknown fields ignored.
#include "core/sync/PullApplier.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "core/sync/SyncState.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kinerja;

namespace {

QJsonObject unitRow(const QString& id, const QString& code, const QString& name, qint64 version)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("parent_id"), QJsonValue::Null}, {QStringLiteral("code"), code},
        {QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("opd")},
        {QStringLiteral("address"), QString()}, {QStringLiteral("letterhead"), QString()},
        {QStringLiteral("assessment_delegate_id"), QJsonValue::Null}, {QStringLiteral("active"), 1},
        {QStringLiteral("sort_order"), 0}, {QStringLiteral("row_version"), version},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")},
        {QStringLiteral("updated_by"), QJsonValue::Null}, {QStringLiteral("deleted"), 0}};
}

QJsonObject page(const QJsonArray& units, qint64 cursorSeq, bool more = false, bool snapshot = false)
{
    return {{QStringLiteral("tables"), QJsonObject {{QStringLiteral("org_unit"), units}}},
        {QStringLiteral("cursor"),
            QJsonObject {{QStringLiteral("xid"), QStringLiteral("900")}, {QStringLiteral("seq"), cursorSeq}}},
        {QStringLiteral("more"), more}, {QStringLiteral("snapshot"), snapshot}};
}

QVariant scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.connection(), sql, values, "test");
}

} // namespace

TEST_CASE("A pulled page is applied with its cursor, or not at all", "[sync]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(opened.ok());
    auto& db = *opened.value();
    PullApplier applier(db);
    const auto first = Uuid::toText(Uuid::createV7());
    const auto second = Uuid::toText(Uuid::createV7());

    SECTION("a good page: rows, cursor, no outbox entries, audit rows marked remote")
    {
        const auto applied =
            applier.apply(page({unitRow(first, QStringLiteral("90"), QStringLiteral("Dinas A"), 5),
                                   unitRow(second, QStringLiteral("91"), QStringLiteral("Dinas B"), 6)},
                7));
        REQUIRE(applied.ok());
        CHECK(applied->rows == 2);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code IN ('90', '91')")).toInt() == 2);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
        CHECK(
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND source = 'remote'"), {first})
                .toInt()
            == 1);
        CHECK(scalar(db, QStringLiteral("SELECT applying_remote FROM sync_state")).toInt() == 0);
        const auto state = SyncState::read(db);
        REQUIRE(state.ok());
        CHECK(state->cursor.toObject().value(QStringLiteral("seq")).toInteger() == 7);

        // an older version never overwrites a newer one; a newer one does; unknown fields are ignored
        auto older = unitRow(first, QStringLiteral("90"), QStringLiteral("Nama lama"), 4);
        auto newer = unitRow(second, QStringLiteral("91"), QStringLiteral("Dinas B baru"), 9);
        newer.insert(QStringLiteral("field_of_a_newer_server"), QStringLiteral("x"));
        REQUIRE(applier.apply(page({older, newer}, 8)).ok());
        CHECK(scalar(db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"), {first}).toString()
            == QStringLiteral("Dinas A"));
        CHECK(scalar(db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"), {second}).toString()
            == QStringLiteral("Dinas B baru"));
    }

    SECTION("a page with one bad row leaves the file as it was, cursor included")
    {
        REQUIRE(applier.apply(page({unitRow(first, QStringLiteral("90"), QStringLiteral("Dinas A"), 5)}, 3)).ok());
        auto bad = unitRow(Uuid::toText(Uuid::createV7()), QStringLiteral("93"), QStringLiteral("Rusak"), 12);
        bad.insert(QStringLiteral("active"), 7); // violates CHECK (active IN (0, 1))
        const auto refused =
            applier.apply(page({unitRow(second, QStringLiteral("92"), QStringLiteral("Dinas C"), 11), bad}, 4));
        REQUIRE_FALSE(refused.ok());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code IN ('92', '93')")).toInt() == 0);
        CHECK(SyncState::read(db)->cursor.toObject().value(QStringLiteral("seq")).toInteger() == 3);
        CHECK(scalar(db, QStringLiteral("SELECT applying_remote FROM sync_state")).toInt() == 0);

        // a child whose parent never came: refused at commit by the deferred foreign key
        auto orphan = unitRow(second, QStringLiteral("92"), QStringLiteral("Anak yatim"), 11);
        orphan.insert(QStringLiteral("parent_id"), Uuid::toText(Uuid::createV7()));
        REQUIRE_FALSE(applier.apply(page({orphan}, 5)).ok());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id = ?"), {second}).toInt() == 0);
        CHECK(SyncState::read(db)->cursor.toObject().value(QStringLiteral("seq")).toInteger() == 3);
    }

    SECTION("an edit made while the round ran stays on screen over the server's row")
    {
        REQUIRE(applier.apply(page({unitRow(first, QStringLiteral("90"), QStringLiteral("Dinas A"), 5)}, 3)).ok());
        REQUIRE(sql::exec(db.connection(), QStringLiteral("UPDATE org_unit SET name = 'Ketikan saya' WHERE id = ?"),
            {first}, "test"));
        REQUIRE(applier.apply(page({unitRow(first, QStringLiteral("90"), QStringLiteral("Dari server"), 6)}, 4)).ok());
        CHECK(scalar(db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"), {first}).toString()
            == QStringLiteral("Ketikan saya"));
        CHECK(scalar(db, QStringLiteral("SELECT row_version FROM org_unit WHERE id = ?"), {first}).toInt() == 6);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")).toInt() == 1);
    }
}

TEST_CASE(
    "The pages of a round through one applier: a copy without history, change capture working afterwards", "[sync]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(opened.ok());
    auto& db = *opened.value();
    const auto triggers = scalar(db,
        QStringLiteral("SELECT group_concat(name || sql, '|') FROM (SELECT name, sql FROM "
                       "sqlite_master WHERE type = 'trigger' ORDER BY name)"))
                              .toString();
    PullApplier applier(db);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(Uuid::toText(Uuid::createV7()));
    }

    // pages of a copy through one applier, which prepares its statements once and uses them again on every page,
    // also after a page that failed
    REQUIRE(
        applier.apply(page({unitRow(ids[0], QStringLiteral("90"), QStringLiteral("Dinas A"), 5)}, 1, true, true)).ok());
    auto bad = unitRow(ids[1], QStringLiteral("91"), QStringLiteral("Rusak"), 6);
    bad.insert(QStringLiteral("active"), 7); // violates CHECK (active IN (0, 1))
    REQUIRE_FALSE(applier.apply(page({bad}, 2, true, true)).ok());
    REQUIRE(applier
                .apply(page({unitRow(ids[1], QStringLiteral("91"), QStringLiteral("Dinas B"), 6),
                                unitRow(ids[2], QStringLiteral("92"), QStringLiteral("Dinas C"), 7)},
                    2, true, true))
                .ok());
    REQUIRE(applier.apply(page({unitRow(ids[0], QStringLiteral("90"), QStringLiteral("Dinas A baru"), 8)}, 3)).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id IN (?, ?, ?)"), {ids[0], ids[1], ids[2]})
              .toInt()
        == 3);
    CHECK(scalar(db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"), {ids[0]}).toString()
        == QStringLiteral("Dinas A baru"));
    CHECK(SyncState::read(db)->cursor.toObject().value(QStringLiteral("seq")).toInteger() == 3);
    // the copy wrote no history and nothing to push; the last page (not a copy) is recorded as remote
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id IN (?, ?)"), {ids[1], ids[2]}).toInt()
        == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND source = 'remote'"), {ids[0]})
              .toInt()
        == 1);
    CHECK(scalar(db, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);

    // the file keeps every trigger, and they capture a later local edit
    CHECK(scalar(db,
              QStringLiteral("SELECT group_concat(name || sql, '|') FROM (SELECT name, sql FROM sqlite_master "
                             "WHERE type = 'trigger' ORDER BY name)"))
              .toString()
        == triggers);
    REQUIRE(sql::exec(
        db.connection(), QStringLiteral("UPDATE org_unit SET name = 'Diubah di sini' WHERE id = ?"), {ids[2]}, "test"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE row_id = ? AND status = 'pending'"), {ids[2]})
              .toInt()
        == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND source = 'local'"), {ids[2]})
              .toInt()
        == 1);
}

namespace {

/// Every index and trigger of the file, with its statement (sqlite_master), by name.
QString schemaOf(Database& db)
{
    return scalar(db,
        QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), '|') FROM (SELECT type, "
                       "name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)"))
        .toString();
}

/// The secondary indexes (made by CREATE INDEX) of the synced tables.
int secondaryIndexes(Database& db)
{
    return scalar(db,
        QStringLiteral("SELECT count(*) FROM sqlite_master AS m WHERE m.type = 'index' AND m.sql IS NOT NULL AND "
                       "EXISTS (SELECT 1 FROM pragma_table_info(m.tbl_name) AS c WHERE c.name = 'row_version')"))
        .toInt();
}

QJsonObject copyPage(const QJsonArray& units, int next, bool goesOn)
{
    QJsonObject cursor {{QStringLiteral("xid"), QStringLiteral("900")}, {QStringLiteral("seq"), 0}};
    if (goesOn) {
        cursor.insert(QStringLiteral("snapshot"), QJsonObject {{QStringLiteral("next"), next}});
    }
    return {{QStringLiteral("tables"), QJsonObject {{QStringLiteral("org_unit"), units}}},
        {QStringLiteral("cursor"), cursor}, {QStringLiteral("more"), true}, {QStringLiteral("snapshot"), true}};
}

} // namespace

TEST_CASE("A copy fills the tables without their secondary indexes and ends with the same ones", "[sync]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("replica.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto& db = *opened.value();
    const auto schema = schemaOf(db);
    REQUIRE(secondaryIndexes(db) > 10);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(Uuid::toText(Uuid::createV7()));
    }
    const auto unit = [&ids](int i) {
        auto row = unitRow(ids[i], QStringLiteral("9%1").arg(i), QStringLiteral("Dinas %1").arg(i), 5);
        if (i > 0) {
            row.insert(QStringLiteral("parent_id"), ids[i - 1]);
        }
        return row;
    };
    {
        PullApplier applier(db);
        REQUIRE(applier.apply(copyPage({unit(0)}, 1, true)).ok());
        // between two pages of the copy (a crash here, or a network failure): a whole file without them
        CHECK(secondaryIndexes(db) == 0);
        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));

        SECTION("the same applier to the end of the copy")
        {
            REQUIRE(applier.apply(copyPage({unit(1)}, 2, true)).ok());
            REQUIRE(applier.apply(copyPage({unit(2)}, 3, false)).ok());
            CHECK(schemaOf(db) == schema);
        }
    }

    SECTION("the copy goes on in a later round, with a new applier")
    {
        {
            PullApplier applier(db);
            REQUIRE(applier.apply(copyPage({unit(1)}, 2, true)).ok());
            CHECK(secondaryIndexes(db) == 0);
        }
        // a page that fails leaves the file as it was, without the indexes, and the copy goes on
        {
            PullApplier applier(db);
            auto bad = unit(2);
            bad.insert(QStringLiteral("active"), 7); // violates CHECK (active IN (0, 1))
            REQUIRE_FALSE(applier.apply(copyPage({bad}, 3, false)).ok());
            CHECK(secondaryIndexes(db) == 0);
            REQUIRE(applier.apply(copyPage({unit(2)}, 3, false)).ok());
        }
        CHECK(schemaOf(db) == schema);
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id IN (?, ?, ?)"), {ids[0], ids[1], ids[2]})
              .toInt()
        == 3);
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    // the write-ahead log is checkpointed again after the round
    CHECK(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 1000);
}
