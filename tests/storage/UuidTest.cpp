// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Uuid.h"

#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QSet>

using namespace kinerja;

TEST_CASE("UUIDv7 carries version 7, the RFC variant and the current time", "[storage]")
{
    const auto before = QDateTime::currentMSecsSinceEpoch();
    const auto id = Uuid::createV7();
    const auto after = QDateTime::currentMSecsSinceEpoch();
    CHECK(Uuid::version(id) == 7);
    CHECK(id.variant() == QUuid::DCE);
    CHECK(Uuid::timestampMs(id) >= before);
    CHECK(Uuid::timestampMs(id) <= after + 1);
}

TEST_CASE("UUIDv7 ids sort in creation order as text and are unique", "[storage]")
{
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const auto text = Uuid::createV7Text();
        REQUIRE(text > previous);
        previous = text;
        seen.insert(text);
    }
    CHECK(seen.size() == 20000);
}

TEST_CASE("Database text of a UUID is lowercase without braces", "[storage]")
{
    const auto id = Uuid::createV7();
    const auto text = Uuid::toText(id);
    CHECK(text.size() == 36);
    CHECK(text == text.toLower());
    CHECK_FALSE(text.contains(u'{'));
    CHECK(Uuid::fromText(text) == id);
    CHECK(Uuid::toText(QUuid()).isEmpty());
}

TEST_CASE("UUIDv5 from a natural key is stable and matches the documented name", "[storage]")
{
    // Independent vector: Python uuid.uuid5(UUID('6770a6f9-...'), 'employee:199001012015031001').
    CHECK(Uuid::toText(Uuid::forEmployee(QStringLiteral("199001012015031001")))
        == QStringLiteral("2cdacaa1-22a5-5b67-a01b-ffad045645c3"));
    CHECK(Uuid::forEmployee(QStringLiteral("199001012015031001"))
        == Uuid::forEmployee(QStringLiteral("199001012015031001")));
    CHECK(Uuid::version(Uuid::forEmployee(QStringLiteral("199001012015031001"))) == 5);
    CHECK(Uuid::forEmployee(QStringLiteral("199001012015031001"))
        != Uuid::forEmployee(QStringLiteral("199001012015031002")));
    CHECK(Uuid::forOrgUnit(QStringLiteral("1.03"))
        == QUuid::createUuidV5(Uuid::projectNamespace(), QStringLiteral("org-unit:1.03")));
}

TEST_CASE("UUIDv5 helpers keep different kinds of key apart", "[storage]")
{
    const auto plan = Uuid::createV7();
    const auto period = Uuid::forPeriod(2025, QStringLiteral("quarterly"), 1);
    CHECK(period == Uuid::forPeriod(2025, QStringLiteral("quarterly"), 1));
    CHECK(period != Uuid::forPeriod(2025, QStringLiteral("quarterly"), 2));
    CHECK(period != Uuid::forPeriod(2025, QStringLiteral("monthly"), 1));
    CHECK(Uuid::forEvaluation(plan, period) == Uuid::forEvaluation(plan, period));
    CHECK(Uuid::forEvaluation(plan, period) != Uuid::forEvaluation(period, plan));
    CHECK(Uuid::forBehaviorExpectation(plan, QStringLiteral("akuntabel"))
        == QUuid::createUuidV5(Uuid::projectNamespace(),
            QStringLiteral("behavior-expectation:") + Uuid::toText(plan) + QStringLiteral(":akuntabel")));
    CHECK(Uuid::forReference(QStringLiteral("rank"), QStringLiteral("III/a"))
        != Uuid::forReference(QStringLiteral("core_value"), QStringLiteral("III/a")));
    CHECK(Uuid::forOrgUnit(QStringLiteral("X")) != Uuid::forReference(QStringLiteral("org-unit"), QStringLiteral("X")));
}
