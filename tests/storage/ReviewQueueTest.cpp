// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReviewQueue.h"

#include "tests/storage/ReviewTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct Fixture : ReviewFixture
{
    QList<ReviewQueue::Item> queueOf(const QUuid& person, QDate today = QDate(2025, 6, 1)) const
    {
        auto items = ReviewQueue(*database).waitingFor(person, today);
        INFO(items.error());
        REQUIRE(items.ok());
        return *items;
    }
};

} // namespace

TEST_CASE(
    "The review queue holds what waits for the assessor and the second assessor, oldest first", "[storage][review]")
{
    Fixture f;
    CHECK(f.queueOf(f.people.assessor).isEmpty());
    f.setStatus(QStringLiteral("performance_plan"), f.plan.id, QStringLiteral("plan.submitted"));
    REQUIRE(sql::exec(f.database->connection(),
        QStringLiteral("UPDATE performance_plan SET submitted_at = '2025-01-03T01:00:00.000Z' WHERE id = ?"),
        {Uuid::toText(f.plan.id)}, "stamp"));
    f.setStatus(QStringLiteral("evaluation"), f.evaluations.at(0), QStringLiteral("evaluation.submitted"));
    REQUIRE(sql::exec(f.database->connection(),
        QStringLiteral("UPDATE evaluation SET submitted_at = '2025-04-05T01:00:00.000Z' WHERE id = ?"),
        {Uuid::toText(f.evaluations.at(0))}, "stamp"));
    f.setStatus(QStringLiteral("evaluation"), f.evaluations.at(1), QStringLiteral("evaluation.rated"));
    REQUIRE(sql::exec(f.database->connection(),
        QStringLiteral("UPDATE evaluation SET rated_at = '2025-04-02T01:00:00.000Z' WHERE id = ?"),
        {Uuid::toText(f.evaluations.at(1))}, "stamp"));
    f.setStatus(QStringLiteral("evaluation"), f.evaluations.at(2), QStringLiteral("evaluation.finalized"));

    const auto items = f.queueOf(f.people.assessor);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).kind == ReviewQueue::Kind::PlanToApprove);
    CHECK(items.at(0).documentId == f.plan.id);
    CHECK(items.at(0).employeeName == f.people.participants.employee.name);
    CHECK(items.at(0).periodLabel.isEmpty());
    CHECK(items.at(1).kind == ReviewQueue::Kind::EvaluationToFinalize); // rated on 2 April: waited longer
    CHECK(items.at(1).documentId == f.evaluations.at(1));
    CHECK(items.at(1).periodLabel == QStringLiteral("TRIWULAN II"));
    CHECK(items.at(2).kind == ReviewQueue::Kind::EvaluationToRate);
    CHECK(items.at(2).periodLabel == QStringLiteral("TRIWULAN I"));
    CHECK_FALSE(items.at(2).acting);
    const auto counts = ReviewQueue::count(items);
    CHECK(counts.plans == 1);
    CHECK(counts.toRate == 1);
    CHECK(counts.toFinalize == 1);
    CHECK(counts.total() == 3);
    // nothing of it waits for the employee or the second assessor
    CHECK(f.queueOf(f.people.employee).isEmpty());
    CHECK(f.queueOf(f.people.secondAssessor).isEmpty());

    // an objection waits for the second assessor only
    REQUIRE(sql::exec(f.database->connection(),
        QStringLiteral("INSERT INTO objection (id, evaluation_id, reason, status, filed_at) "
                       "VALUES (?, ?, 'Realisasi belum dihitung', 'objection.filed', '2025-04-20T01:00:00.000Z')"),
        {Uuid::createV7Text(), Uuid::toText(f.evaluations.at(2))}, "file"));
    const auto second = f.queueOf(f.people.secondAssessor);
    REQUIRE(second.size() == 1);
    CHECK(second.first().kind == ReviewQueue::Kind::ObjectionToDecide);
    CHECK(f.queueOf(f.people.assessor).size() == 3);
}

TEST_CASE("A Plt. of the assessor's unit gets the assessor's queue while the assignment runs", "[storage][review]")
{
    Fixture f;
    f.setStatus(QStringLiteral("performance_plan"), f.plan.id, QStringLiteral("plan.submitted"));
    f.actingAssignment();
    const auto during = f.queueOf(f.acting, QDate(2025, 6, 1));
    REQUIRE(during.size() == 1);
    CHECK(during.first().acting);
    CHECK(f.queueOf(f.acting, QDate(2025, 7, 1)).isEmpty());
    CHECK(f.queueOf(f.acting, QDate(2025, 4, 30)).isEmpty());
}
