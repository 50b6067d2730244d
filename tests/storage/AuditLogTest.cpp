// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/storage/LocalSession.h"
#include "core/storage/Outbox.h"
#include "tests/storage/StorageTestSupport.h"

#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

void insertPlan(const Database& database)
{
    run(database,
        QStringLiteral(
            "INSERT INTO employee (id, nip, employee_kind, name) VALUES ('e1', '199001012015031001', 'pns', 'Siti')"));
    run(database,
        QStringLiteral("INSERT INTO performance_plan (id, employee_id, year, starts_on, ends_on) "
                       "VALUES ('p1', 'e1', 2025, '2025-01-01', '2025-12-31')"));
    run(database, QStringLiteral("INSERT INTO work_result (id, plan_id, description) VALUES ('r1', 'p1', 'Laporan')"));
    run(database,
        QStringLiteral("INSERT INTO indicator (id, work_result_id, aspect, description, target_min, unit) "
                       "VALUES ('i1', 'r1', 'quantity', 'Jumlah laporan', '12', 'dokumen')"));
}

} // namespace

TEST_CASE("The audit log records who changed which row of a document, locally and from the server", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("audit.sqlite")));
    REQUIRE(LocalSession::signIn(*database, QStringLiteral("e1")).ok());
    CHECK(LocalSession::employeeId(*database).value() == QStringLiteral("e1"));
    insertPlan(*database);
    run(*database, QStringLiteral("UPDATE indicator SET target_min = '24' WHERE id = 'i1'"));

    Outbox outbox(*database);
    REQUIRE(outbox.setApplyingRemote(true).ok());
    run(*database,
        QStringLiteral(
            "UPDATE performance_plan SET status = 'approved', updated_by = 'boss', row_version = 2 WHERE id = 'p1'"));
    REQUIRE(outbox.setApplyingRemote(false).ok());
    REQUIRE(
        outbox.recordCommand(QStringLiteral("performance_plan"), QStringLiteral("p1"), QStringLiteral("approve"), {}, 2)
            .ok());

    AuditLog log(*database);
    auto entries = log.forDocument(QStringLiteral("p1"));
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 6);
    CHECK(entries->at(0).entity == QStringLiteral("performance_plan"));
    CHECK(entries->at(0).op == QStringLiteral("insert"));
    CHECK(entries->at(0).actor == QStringLiteral("e1"));
    CHECK(entries->at(0).source == QStringLiteral("local"));
    CHECK(entries->at(2).entity == QStringLiteral("indicator"));
    CHECK(entries->at(3).entity == QStringLiteral("indicator"));
    CHECK(entries->at(3).op == QStringLiteral("update"));
    CHECK(entries->at(3).changes.value(QStringLiteral("target_min")).toObject().value(QStringLiteral("new")).toString()
        == QStringLiteral("24"));
    CHECK(entries->at(4).source == QStringLiteral("remote"));
    CHECK(entries->at(4).actor == QStringLiteral("boss"));
    CHECK(entries->at(4).changes.contains(QStringLiteral("status")));
    CHECK(entries->at(5).op == QStringLiteral("command"));
    CHECK(entries->at(5).changes.value(QStringLiteral("command")).toString() == QStringLiteral("approve"));
    CHECK(entries->at(5).actor == QStringLiteral("e1"));
    CHECK_FALSE(entries->at(0).at.isEmpty());

    // The employee row belongs to no document.
    CHECK(log.forRow(QStringLiteral("employee"), QStringLiteral("e1"))->size() == 1);
    CHECK(log.forRow(QStringLiteral("employee"), QStringLiteral("e1"))->at(0).documentId.isEmpty());

    REQUIRE(LocalSession::signOut(*database).ok());
    CHECK(LocalSession::employeeId(*database).value().isEmpty());
}

TEST_CASE("The audit log refuses updates and deletes", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("append-only.sqlite")));
    insertPlan(*database);
    const auto count = value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    REQUIRE(count > 0);
    QSqlQuery query(database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'forger'")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == count);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'forger'")).toInt() == 0);
}
