// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Outbox.h"

#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QJsonObject json(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonObject oldNew(const QJsonValue& oldValue, const QJsonValue& newValue)
{
    return {{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

int outboxCount(const Database& database)
{
    return value(database, QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

} // namespace

TEST_CASE("Inserting, updating and deleting a synced row writes outbox edits with the changed fields", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("outbox.sqlite")));
    const auto id = Uuid::forOrgUnit(QStringLiteral("1.03")).toString(QUuid::WithoutBraces);
    run(*database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES (?, '1.03', ?, 'agency')"),
        {id, QStringLiteral("Dinas Pendidikan")});

    Outbox outbox(*database);
    auto entries = outbox.forRow(QStringLiteral("org_unit"), id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    const auto inserted = entries->at(0);
    CHECK(inserted.kind == QStringLiteral("edit"));
    CHECK(inserted.op == QStringLiteral("insert"));
    CHECK(inserted.status == QStringLiteral("pending"));
    CHECK(inserted.baseRowVersion == 0);
    CHECK(inserted.changes.value(QStringLiteral("name")).toObject()
        == oldNew(QJsonValue::Null, QStringLiteral("Dinas Pendidikan")));
    CHECK(inserted.changes.value(QStringLiteral("active")).toObject() == oldNew(QJsonValue::Null, 1));
    CHECK_FALSE(inserted.changes.contains(QStringLiteral("id")));
    CHECK_FALSE(inserted.changes.contains(QStringLiteral("updated_at")));
    CHECK(Uuid::version(Uuid::fromText(inserted.mutationId)) == 4);

    // The server has seen the row: row_version 7 is the base of the next change.
    run(*database, QStringLiteral("UPDATE sync_state SET applying_remote = 1"));
    run(*database, QStringLiteral("UPDATE org_unit SET row_version = 7 WHERE id = ?"), {id});
    run(*database, QStringLiteral("UPDATE sync_state SET applying_remote = 0"));
    run(*database, QStringLiteral("UPDATE org_unit SET name = ?, address = ?, updated_at = 'x' WHERE id = ?"),
        {QStringLiteral("Dinas Pendidikan Provinsi Jambi"), QStringLiteral("Jl. \"A\" <1>"), id});
    entries = outbox.forRow(QStringLiteral("org_unit"), id);
    REQUIRE(entries->size() == 2);
    const auto updated = entries->at(1);
    CHECK(updated.op == QStringLiteral("update"));
    CHECK(updated.baseRowVersion == 7);
    CHECK(updated.clientSeq > inserted.clientSeq);
    const QJsonObject expected {
        {QStringLiteral("name"),
            oldNew(QStringLiteral("Dinas Pendidikan"), QStringLiteral("Dinas Pendidikan Provinsi Jambi"))},
        {QStringLiteral("address"), oldNew(QStringLiteral(""), QStringLiteral("Jl. \"A\" <1>"))},
    };
    CHECK(updated.changes == expected);

    // An update that changes nothing synced writes nothing.
    run(*database, QStringLiteral("UPDATE org_unit SET updated_at = 'y' WHERE id = ?"), {id});
    CHECK(outboxCount(*database) == 2);

    // A tombstone is a delete, and so is a hard delete.
    run(*database, QStringLiteral("UPDATE org_unit SET deleted = 1 WHERE id = ?"), {id});
    run(*database, QStringLiteral("DELETE FROM org_unit WHERE id = ?"), {id});
    entries = outbox.forRow(QStringLiteral("org_unit"), id);
    REQUIRE(entries->size() == 4);
    CHECK(entries->at(2).op == QStringLiteral("delete"));
    CHECK(entries->at(2).changes == QJsonObject {{QStringLiteral("deleted"), oldNew(0, 1)}});
    CHECK(entries->at(3).op == QStringLiteral("delete"));
    CHECK(entries->at(3).changes.value(QStringLiteral("code")).toObject()
        == oldNew(QStringLiteral("1.03"), QJsonValue::Null));
}

TEST_CASE("Rows applied from the server while the sync flag is set write nothing to the outbox", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("remote.sqlite")));
    Outbox outbox(*database);
    REQUIRE(outbox.setApplyingRemote(true).ok());
    CHECK(outbox.isApplyingRemote().value());
    run(*database,
        QStringLiteral("INSERT INTO org_unit (id, code, name, kind, row_version, updated_by) "
                       "VALUES ('u1', 'A', 'Dinas', 'agency', 3, 'someone')"));
    run(*database, QStringLiteral("UPDATE org_unit SET name = 'Badan', row_version = 4 WHERE id = 'u1'"));
    run(*database, QStringLiteral("DELETE FROM org_unit WHERE id = 'u1'"));
    CHECK(outboxCount(*database) == 0);
    REQUIRE(outbox.setApplyingRemote(false).ok());
    CHECK_FALSE(outbox.isApplyingRemote().value());
    run(*database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u2', 'B', 'Dinas', 'agency')"));
    CHECK(outboxCount(*database) == 1);
}

TEST_CASE("Status changes are not sent as edits: workflow steps are recorded as pending commands", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("commands.sqlite")));
    run(*database,
        QStringLiteral(
            "INSERT INTO employee (id, nip, employee_kind, name) VALUES ('e1', '199001012015031001', 'pns', 'Siti')"));
    run(*database,
        QStringLiteral("INSERT INTO performance_plan (id, employee_id, year, starts_on, ends_on) "
                       "VALUES ('p1', 'e1', 2025, '2025-01-01', '2025-12-31')"));
    const auto before = outboxCount(*database);
    run(*database,
        QStringLiteral(
            "UPDATE performance_plan SET status = 'submitted', submitted_at = '2025-01-20' WHERE id = 'p1'"));
    CHECK(outboxCount(*database) == before);

    Outbox outbox(*database);
    const QJsonObject arguments {{QStringLiteral("note"), QStringLiteral("Mohon diperiksa")}};
    auto recorded = outbox.recordCommand(
        QStringLiteral("performance_plan"), QStringLiteral("p1"), QStringLiteral("submit"), arguments, 0);
    INFO(recorded.error());
    REQUIRE(recorded.ok());
    CHECK(recorded->kind == QStringLiteral("command"));
    CHECK(recorded->op == QStringLiteral("command"));
    CHECK(recorded->command == QStringLiteral("submit"));
    CHECK(recorded->arguments == arguments);
    CHECK(recorded->status == QStringLiteral("pending"));

    auto pending = outbox.pendingCommands(QStringLiteral("performance_plan"), QStringLiteral("p1"));
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->at(0).mutationId == recorded->mutationId);
    run(*database, QStringLiteral("UPDATE outbox SET status = 'confirmed' WHERE client_seq = ?"),
        {recorded->clientSeq});
    CHECK(outbox.pendingCommands(QStringLiteral("performance_plan"), QStringLiteral("p1"))->isEmpty());
    CHECK(outbox.pending()->size() == before);
}

TEST_CASE("Outbox payloads keep metacharacters intact as JSON", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("meta.sqlite")));
    const auto nasty =
        QStringLiteral("'; DROP TABLE x; -- <b>&amp;</b> \"q\" \U0001F600 \u0627\u0644\u0639\u0631\u0628\u064A\u0629");
    run(*database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', ?, 'agency')"),
        {nasty});
    const auto changes = json(value(*database, QStringLiteral("SELECT changes FROM outbox")));
    CHECK(changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString() == nasty);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'outbox'")).toInt() == 1);
}
