// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseInfo.h"

#include "tests/storage/AdminTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("A new file is standalone and can be bound to one server account once", "[storage][admin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kind.sqlite"));
    {
        auto database = openOrFail(path);
        const auto info = DatabaseInfo::read(*database);
        REQUIRE(info.ok());
        CHECK(info->isStandalone());
        CHECK(info->serverAccount() == DatabaseInfo::ServerAccount {});
        CHECK_FALSE(info->createdAt().isEmpty());

        CHECK_FALSE(
            DatabaseInfo::makeReplica(*database, {QStringLiteral("host"), QString(), QStringLiteral("siti")}).ok());
        const DatabaseInfo::ServerAccount account {
            QStringLiteral("db.jambiprov.go.id"), QStringLiteral("kinerja"), QStringLiteral("siti_aminah")};
        REQUIRE(DatabaseInfo::makeReplica(*database, account).ok());
        CHECK_FALSE(DatabaseInfo::makeReplica(*database, account).ok());
    }
    auto reopened = openOrFail(path);
    const auto info = DatabaseInfo::read(*reopened);
    REQUIRE(info.ok());
    CHECK(info->isReplica());
    CHECK(info->serverAccount().host == QStringLiteral("db.jambiprov.go.id"));
    CHECK(info->serverAccount().database == QStringLiteral("kinerja"));
    CHECK(info->serverAccount().role == QStringLiteral("siti_aminah"));
}

TEST_CASE("A file that already holds people cannot become a replica", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("office.sqlite")));
    insertEmployee(*database, Uuid::forEmployee(QStringLiteral("199003032015032003")), QStringLiteral("Siti"),
        QStringLiteral("199003032015032003"));
    CHECK_FALSE(
        DatabaseInfo::makeReplica(*database, {QStringLiteral("db"), QStringLiteral("kinerja"), QStringLiteral("siti")})
            .ok());
    CHECK(DatabaseInfo::read(*database).value().isStandalone());
}
