// SPDX-License-Identifier: GPL-3.0-or-later
// core/sync/ServerConnection on the private server: values, rows, and the server's own message when a script fails.
#include "core/sync/ServerConnection.h"

#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("A failing script reports the statement that failed, not a later one", "[postgres][sync]")
{
    SyncFixture server;
    auto connection = ServerConnection::open(server.adminSettings());
    REQUIRE(connection.ok());
    auto& db = *connection.value();
    CHECK(db.scalar(QStringLiteral("SELECT ? + 1"), {41}).value().toInt() == 42);
    REQUIRE(db.database().transaction());
    const auto failed = db.execScript(QStringLiteral("CREATE TABLE public.probe (x int CHECK (x > 0));\n"
                                                     "INSERT INTO public.probe VALUES (1);\n"
                                                     "INSERT INTO public.probe VALUES (-1);\n"
                                                     "INSERT INTO public.probe VALUES (2);\n"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("probe_x_check")));
    REQUIRE(db.database().rollback());
    CHECK(db.scalar(QStringLiteral("SELECT to_regclass('public.probe') IS NULL"), {}).value().toBool());
    const auto rows = db.rows(QStringLiteral("SELECT x FROM generate_series(1, ?) AS x"), {3});
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3);
}
