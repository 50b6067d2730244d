// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CascadeSource.h"

#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/storage/DocumentTestSupport.h"

#include <tuple>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QUuid storePlan(const Database& database, const People& people, QDate from, QDate to, const QString& text, bool approve)
{
    auto plan = samplePlan(people);
    plan.employeeId = people.assessor;
    plan.assessorId = people.secondAssessor;
    plan.startDate = from;
    plan.endDate = to;
    plan.results[0].text = text;
    WorkResult extra;
    extra.kind = ResultKind::Additional;
    extra.text = text + QStringLiteral(" (tambahan)");
    plan.results.append(extra);
    const auto created = PlanRepository(database).create(plan, people.participants);
    REQUIRE(created.ok());
    if (approve) {
        WorkflowService workflow(database);
        for (const auto& [command, role, actor] :
            {std::tuple {WorkflowCommand::Submit, ActorRole::Employee, people.assessor},
                std::tuple {WorkflowCommand::Approve, ActorRole::Assessor, people.secondAssessor}}) {
            WorkflowService::Request request;
            request.documentId = created->id;
            request.command = command;
            request.roles = {role};
            request.actorId = actor;
            request.context.today = from;
            REQUIRE(workflow.execute(request).ok());
        }
    }
    return created->id;
}

} // namespace

TEST_CASE("CascadeSource lists the assessor's approved plans that overlap the dates, newest first", "[storage][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("cascade.sqlite")));
    const auto people = insertPeople(*database);
    storePlan(*database, people, QDate(2025, 1, 1), QDate(2025, 12, 31), QStringLiteral("Lama"), true);
    const auto first =
        storePlan(*database, people, QDate(2026, 1, 1), QDate(2026, 6, 30), QStringLiteral("Semester satu"), true);
    const auto second =
        storePlan(*database, people, QDate(2026, 7, 1), QDate(2026, 12, 31), QStringLiteral("Semester dua"), true);
    storePlan(*database, people, QDate(2026, 9, 1), QDate(2026, 12, 31), QStringLiteral("Draf"), false);
    const CascadeSource source(*database);

    const auto plans = source.approvedPlans(people.assessor, QDate(2026, 3, 1), QDate(2026, 12, 31));
    INFO(plans.error());
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 2);
    CHECK(plans->at(0).planId == second);
    CHECK(plans->at(1).planId == first);
    CHECK(plans->at(0).owner == people.participants.employee);
    REQUIRE(plans->at(0).results.size() == 2);
    CHECK(plans->at(0).results.at(0).kind == ResultKind::Main);
    CHECK(plans->at(0).results.at(1).text == QStringLiteral("Semester dua (tambahan)"));

    const auto all = CascadeSource::results(plans.value());
    CHECK(all.size() == 4);
    const auto* found = CascadeSource::findResult(plans.value(), all.at(2).id);
    REQUIRE(found);
    CHECK(found->text == QStringLiteral("Semester satu"));
    CHECK(CascadeSource::findResult(plans.value(), QUuid()) == nullptr);

    CHECK(source.approvedPlans(people.assessor, QDate(2026, 1, 1), QDate(2026, 2, 1))->size() == 1);
    CHECK(source.approvedPlans(QUuid(), QDate(2026, 1, 1), QDate(2026, 12, 31))->isEmpty());
    CHECK(source.approvedPlans(people.employee, QDate(2026, 1, 1), QDate(2026, 12, 31))->isEmpty());
}
