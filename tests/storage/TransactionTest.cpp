// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "tests/storage/StorageTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("A transaction rolls back on scope exit unless committed", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("tx.sqlite")));
    const auto units = [&]() { return value(*database, QStringLiteral("SELECT count(*) FROM org_unit")).toInt(); };
    const auto outbox = [&]() { return value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt(); };
    {
        Transaction transaction(*database);
        REQUIRE(transaction.isActive());
        run(*database,
            QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', 'Dinas', 'agency')"));
        CHECK(units() == 1);
    }
    CHECK(units() == 0);
    CHECK(outbox() == 0); // the trigger's outbox row went with it
    {
        Transaction transaction(*database);
        run(*database,
            QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', 'Dinas', 'agency')"));
        CHECK(transaction.commit().ok());
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(units() == 1);
    CHECK(outbox() == 1);
}

TEST_CASE("A transaction can be rolled back explicitly, and commit after that fails", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("tx2.sqlite")));
    Transaction transaction(*database);
    run(*database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES ('u1', 'A', 'Dinas', 'agency')"));
    transaction.rollback();
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 0);
    CHECK_FALSE(transaction.commit().ok());
}

TEST_CASE("A second transaction on the same connection cannot begin while one is open", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("tx3.sqlite")));
    Transaction outer(*database);
    Transaction inner(*database);
    CHECK(outer.isActive());
    CHECK_FALSE(inner.isActive());
    CHECK_FALSE(inner.commit().ok());
    CHECK(outer.commit().ok());
}
