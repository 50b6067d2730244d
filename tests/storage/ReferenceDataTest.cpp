// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReferenceData.h"

#include "core/storage/DocumentCodes.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

QStringList column(const Database& database, const QString& statement)
{
    QStringList values;
    auto query = run(database, statement);
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

} // namespace

TEST_CASE("A new database holds the 17 PNS and 17 PPPK ranks from the domain", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("ranks.sqlite")));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM rank WHERE employee_kind = 'pns'")).toInt() == 17);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM rank WHERE employee_kind = 'pppk'")).toInt() == 17);

    QList<Rank> ranks = Rank::allPns();
    ranks += Rank::allPppk();
    QStringList expectedCodes;
    for (const Rank& rank : std::as_const(ranks)) {
        expectedCodes << rank.code();
        auto query =
            run(*database, QStringLiteral("SELECT id, name, employee_kind FROM rank WHERE code = ?"), {rank.code()});
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == Uuid::toText(Uuid::forReference(QStringLiteral("rank"), rank.code())));
        CHECK(query.value(1).toString() == rank.pangkatName());
        CHECK(query.value(2).toString() == PersonnelCodes::employeeKind(rank.kind()));
    }
    CHECK(column(*database, QStringLiteral("SELECT code FROM rank ORDER BY sort_order")) == expectedCodes);
    CHECK(value(*database, QStringLiteral("SELECT name FROM rank WHERE code = 'III/c'")).toString()
        == QStringLiteral("Penata"));
    CHECK(value(*database, QStringLiteral("SELECT name FROM rank WHERE code = 'IX'")).toString().isEmpty());
}

TEST_CASE("A new database holds the seven BerAKHLAK core values with their exact guidance", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("values.sqlite")));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM core_value")).toInt() == 7);
    for (const CoreValue coreValue : allCoreValues()) {
        auto query = run(*database, QStringLiteral("SELECT id, code, name, guidance FROM core_value WHERE number = ?"),
            {coreValueNumber(coreValue)});
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == Uuid::toText(ReferenceData::coreValueId(coreValue)));
        CHECK(DocumentCodes::coreValueFromCode(query.value(1).toString()) == coreValue);
        CHECK(query.value(2).toString() == officialName(coreValue));
        CHECK(query.value(3).toString().split(QLatin1Char('\n')) == guidance(coreValue));
    }
    CHECK(value(*database, QStringLiteral("SELECT guidance FROM core_value WHERE code = 'berorientasi-pelayanan'"))
              .toString()
        == QStringLiteral("Memahami dan memenuhi kebutuhan masyarakat\nRamah, cekatan, solutif, dan dapat "
                          "diandalkan\nMelakukan perbaikan tiada henti"));
}

TEST_CASE("Reference ids are the same in two new files and are not queued for the server", "[storage][admin]")
{
    QTemporaryDir dir;
    auto first = openOrFail(dir.filePath(QStringLiteral("one.sqlite")));
    auto second = openOrFail(dir.filePath(QStringLiteral("two.sqlite")));
    const QString ranks = QStringLiteral("SELECT id || ' ' || code FROM rank ORDER BY code");
    const QString values = QStringLiteral("SELECT id || ' ' || code FROM core_value ORDER BY code");
    CHECK(column(*first, ranks) == column(*second, ranks));
    CHECK(column(*first, values) == column(*second, values));
    CHECK(column(*first, ranks).size() == 34);
    CHECK(value(*first, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(value(*first, QStringLiteral("SELECT applying_remote FROM sync_state")).toInt() == 0);
}

TEST_CASE("Seeding the reference data again changes nothing", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("again.sqlite")));
    const auto auditBefore = value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    run(*database, QStringLiteral("BEGIN"));
    REQUIRE(ReferenceData::seed(database->connection()));
    run(*database, QStringLiteral("COMMIT"));
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM rank")).toInt() == 34);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore);
}
