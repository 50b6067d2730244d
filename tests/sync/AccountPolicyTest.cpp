// SPDX-License-Identifier: GPL-3.0-or-later
// The policy of kinerja.account lets admins read every account through kinerja.is_admin(), which reads
// kinerja.account itself: that function must not go through the policy again, or a plan that reads the accounts
// of other logins (a sequential scan, as the planner picks for a small analysed table) recursed until "stack depth
// limit exceeded (SQL function "is_admin" during inlining)" in sync.hello, seen on a second bench_sync run.
#include "core/storage/Uuid.h"
#include "core/sync/ServerConnection.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("The account policy answers whatever plan reads the accounts", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto employee = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    const auto assessor = server.addUser(QStringLiteral("penilai"), plan.assessorNip, true);
    server.query(QStringLiteral("ANALYZE kinerja.account"));

    for (const auto& login : {employee, assessor}) {
        INFO(login.toStdString());
        auto connection = ServerConnection::open(server.settings(login));
        REQUIRE(connection.ok());
        auto& session = *connection.value();
        // the plans a small table gets once analysed: every row of the table read, the other logins' too
        REQUIRE(session.exec(QStringLiteral("SELECT set_config('enable_indexscan', 'off', false)")).ok());
        REQUIRE(session.exec(QStringLiteral("SELECT set_config('enable_bitmapscan', 'off', false)")).ok());
        const auto clientId = Uuid::toText(Uuid::createV7());
        const auto hello =
            session.callJson(QStringLiteral("SELECT sync.hello(?::uuid, ?, ?)"), {clientId, 1, QStringLiteral("test")});
        REQUIRE(hello.ok());
        CHECK(hello->toObject().value(QStringLiteral("compatible")).toBool());
        CHECK(hello->toObject().value(QStringLiteral("admin")).toBool() == (login == assessor));
        const auto pulled = session.rows(QStringLiteral("SELECT name FROM sync.pull(?::uuid, NULL, 100)"), {clientId});
        REQUIRE(pulled.ok());
        CHECK_FALSE(pulled->isEmpty());
    }
}
