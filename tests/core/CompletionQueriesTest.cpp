// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompletionQueries.h"

#include "core/domain/PeriodSchedule.h"
#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;
using Stage = CompletionQueries::Stage;

namespace {

struct Office
{
    QTemporaryDir folder;
    std::unique_ptr<Database> database;
    QUuid agency = Uuid::forOrgUnit(QStringLiteral("A"));
    QUuid opd = Uuid::forOrgUnit(QStringLiteral("A.1"));
    QUuid section = Uuid::forOrgUnit(QStringLiteral("A.1.1"));
    QUuid quarter = Uuid::forPeriod(2025, QStringLiteral("TRIWULANAN"), 1);
    int nextNip = 0;

    Office()
    {
        database = openOrFail(folder.filePath(QStringLiteral("office.sqlite")));
        const auto unit =
            QStringLiteral("INSERT INTO org_unit (id, parent_id, code, name, kind) VALUES (?, ?, ?, ?, ?)");
        run(*database, unit,
            {Uuid::toText(agency), QVariant(), QStringLiteral("A"), QStringLiteral("Pemprov"),
                QStringLiteral("instansi")});
        run(*database, unit,
            {Uuid::toText(opd), Uuid::toText(agency), QStringLiteral("A.1"), QStringLiteral("Dinas"),
                QStringLiteral("opd")});
        run(*database, unit,
            {Uuid::toText(section), Uuid::toText(opd), QStringLiteral("A.1.1"), QStringLiteral("Bidang"),
                QStringLiteral("bidang")});
        run(*database,
            QStringLiteral(
                "INSERT INTO assessment_period (id, year, cadence, number, starts_on, ends_on, "
                "entry_deadline) VALUES (?, 2025, 'TRIWULANAN', 1, '2025-01-01', '2025-03-31', '2025-04-10')"),
            {Uuid::toText(quarter)});
    }

    QUuid person(const QUuid& unit, const QString& kind = QStringLiteral("pns"), int active = 1)
    {
        const QString nip = QStringLiteral("1990010120150320%1").arg(++nextNip, 2, 10, QLatin1Char('0'));
        const QUuid id = Uuid::forEmployee(nip);
        run(*database,
            QStringLiteral(
                "INSERT INTO employee (id, nip, employee_kind, name, unit_id, active) VALUES (?, ?, ?, ?, ?, ?)"),
            {Uuid::toText(id), kind == QStringLiteral("non-asn") ? QVariant() : QVariant(nip), kind,
                QStringLiteral("Pegawai %1").arg(nextNip), Uuid::toText(unit), active});
        return id;
    }

    QUuid plan(const QUuid& employee,
        const QString& status,
        const QString& start = QStringLiteral("2025-01-01"),
        const QVariant& approvedAt = {},
        int revision = 1)
    {
        const QUuid id = Uuid::createV7();
        run(*database,
            QStringLiteral(
                "INSERT INTO performance_plan (id, employee_id, unit_id, year, starts_on, ends_on, status, "
                "approved_at, revision, assessor_name) SELECT ?, id, unit_id, 2025, ?, '2025-12-31', ?, ?, ?, "
                "'Penilai' FROM employee WHERE id = ?"),
            {Uuid::toText(id), start, status, approvedAt, revision, Uuid::toText(employee)});
        return id;
    }

    void evaluation(
        const QUuid& plan, const QString& status, const QVariant& submittedAt = {}, const QVariant& extendedUntil = {})
    {
        run(*database,
            QStringLiteral("INSERT INTO evaluation (id, plan_id, period_id, starts_on, ends_on, status, submitted_at, "
                           "extended_until) VALUES (?, ?, ?, '2025-01-01', '2025-03-31', ?, ?, ?)"),
            {Uuid::toText(Uuid::forEvaluation(plan, quarter)), Uuid::toText(plan), Uuid::toText(quarter), status,
                submittedAt, extendedUntil});
    }

    CompletionQueries admin() const { return CompletionQueries(*database, {ActorRole::Admin}); }
};

const CompletionQueries::UnitRow& unitRow(const CompletionQueries::Dashboard& dashboard, const QUuid& id)
{
    for (const auto& unit : dashboard.units) {
        if (unit.unitId == id) {
            return unit;
        }
    }
    FAIL("unit not in the dashboard");
    return dashboard.units.first();
}

} // namespace

TEST_CASE("CompletionQueries refuses every read to a person who is not an admin", "[storage][completion]")
{
    Office office;
    for (const ActorRoleSet& roles : {ActorRoleSet {}, ActorRoleSet {ActorRole::Employee, ActorRole::Assessor},
             ActorRoleSet {ActorRole::SecondAssessor, ActorRole::InvitedColleague}}) {
        const CompletionQueries queries(*office.database, roles);
        CHECK(!queries.checkAllowed().ok());
        CHECK(!queries.years().ok());
        const auto dashboard = queries.dashboard(2025, {}, QDate(2025, 5, 1));
        REQUIRE(!dashboard.ok());
        CHECK(dashboard.error().contains(QStringLiteral("administrator")));
        CompletionQueries::PeopleFilter filter;
        filter.year = 2025;
        CHECK(!queries.people(filter).ok());
        CHECK(!queries.yearOverYear({}, QDate(2025, 5, 1)).ok());
    }
    CHECK(office.admin().dashboard(2025, {}, QDate(2025, 5, 1)).ok());
}

TEST_CASE("CompletionQueries counts each ASN once by the newest live SKP of the year", "[storage][completion]")
{
    Office office;
    const auto none = office.person(office.section);
    const auto draft = office.person(office.section);
    office.plan(draft, QStringLiteral("plan.draft"));
    const auto returned = office.person(office.section);
    office.plan(returned, QStringLiteral("plan.returned"));
    const auto submitted = office.person(office.opd);
    office.plan(submitted, QStringLiteral("plan.submitted"));
    const auto revised = office.person(office.opd); // superseded, then a new SKP in draft
    office.plan(revised, QStringLiteral("plan.superseded"), QStringLiteral("2025-01-01"),
        QStringLiteral("2025-01-20T02:00:00.000Z"));
    office.plan(revised, QStringLiteral("plan.approved"), QStringLiteral("2025-07-01"),
        QStringLiteral("2025-07-10T02:00:00.000Z"));
    office.person(office.opd, QStringLiteral("non-asn")); // no SKP expected
    office.person(office.opd, QStringLiteral("pns"), 0); // inactive

    const auto dashboard = office.admin().dashboard(2025, {}, QDate(2025, 2, 15));
    REQUIRE(dashboard.ok());
    const auto& section = unitRow(*dashboard, office.section);
    CHECK(section.own.people == 3);
    CHECK(section.own.noPlan == 1);
    CHECK(section.own.planNotSubmitted == 2);
    CHECK(section.own.planReturned == 1);
    const auto& opd = unitRow(*dashboard, office.opd);
    CHECK(opd.own.people == 2);
    CHECK(opd.own.planSubmitted == 1);
    CHECK(opd.own.planApproved == 1);
    CHECK(opd.total.people == 5);
    CHECK(unitRow(*dashboard, office.agency).total == dashboard->all);
    CHECK(dashboard->all.evaluationNotRated == 5); // no period: nobody is rated
    // Past 31 January: the three without an approved SKP of 1 January are late; the mid-year SKP is not.
    CHECK(dashboard->all.planLate == 4);
    CHECK(dashboard->units.first().depth == 0);
    CHECK(dashboard->units.last().depth == 2);

    CompletionQueries::PeopleFilter filter;
    filter.year = 2025;
    filter.today = QDate(2025, 2, 15);
    filter.unitId = office.opd;
    filter.stage = Stage::NoPlan;
    const auto nobody = office.admin().people(filter);
    REQUIRE(nobody.ok());
    REQUIRE(nobody->size() == 1);
    CHECK(nobody->first().employeeId == none);
    CHECK(nobody->first().planDeadline == QDate(2025, 1, 31));
    CHECK(nobody->first().planLate);
}

TEST_CASE("CompletionQueries uses the SKP deadline of PeriodSchedule and the batas pengisian with its extension",
    "[storage][completion]")
{
    Office office;
    const auto onTime = office.person(office.opd);
    const auto onTimePlan = office.plan(onTime, QStringLiteral("plan.approved"), QStringLiteral("2025-01-01"),
        QStringLiteral("2025-01-31T03:00:00.000Z"));
    office.evaluation(onTimePlan, QStringLiteral("evaluation.rated"), QStringLiteral("2025-04-10T03:00:00.000Z"));
    const auto late = office.person(office.opd);
    const auto latePlan = office.plan(late, QStringLiteral("plan.approved"), QStringLiteral("2025-01-01"),
        QStringLiteral("2025-02-01T03:00:00.000Z"));
    office.evaluation(latePlan, QStringLiteral("evaluation.finalized"), QStringLiteral("2025-04-11T03:00:00.000Z"));
    const auto extended = office.person(office.opd);
    const auto extendedPlan = office.plan(extended, QStringLiteral("plan.approved"), QStringLiteral("2025-01-31"),
        QStringLiteral("2025-02-27T03:00:00.000Z"));
    office.evaluation(extendedPlan, QStringLiteral("evaluation.submitted"), QStringLiteral("2025-04-15T03:00:00.000Z"),
        QStringLiteral("2025-04-20"));
    const auto open = office.person(office.opd);
    const auto openPlan = office.plan(open, QStringLiteral("plan.draft"), QStringLiteral("2025-01-31"));
    office.evaluation(openPlan, QStringLiteral("evaluation.not-filled"));

    CompletionQueries::PeopleFilter filter;
    filter.year = 2025;
    filter.periodId = office.quarter;
    filter.today = QDate(2025, 2, 27);
    auto people = office.admin().people(filter);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 4);
    QHash<QUuid, CompletionQueries::Person> byId;
    for (const auto& person : *people) {
        byId.insert(person.employeeId, person);
    }
    CHECK(byId[onTime].planDeadline == PeriodSchedule::planApprovalDeadline(QDate(2025, 1, 1)));
    CHECK(!byId[onTime].planLate);
    CHECK(byId[late].planLate);
    // 31 January + one month is 28 February (clamped), minus a day.
    CHECK(byId[extended].planDeadline == PeriodSchedule::planApprovalDeadline(QDate(2025, 1, 31)));
    CHECK(byId[extended].planDeadline == QDate(2025, 2, 27));
    CHECK(!byId[extended].planLate);
    CHECK(!byId[open].planLate); // not approved, but the deadline is today
    CHECK(!byId[onTime].evaluationLate);
    CHECK(byId[late].evaluationLate);
    CHECK(byId[extended].evaluationDeadline == QDate(2025, 4, 20));
    CHECK(!byId[extended].evaluationLate);
    CHECK(!byId[open].evaluationLate); // before the batas pengisian

    const auto dashboard = office.admin().dashboard(2025, office.quarter, QDate(2025, 4, 21));
    REQUIRE(dashboard.ok());
    const auto& all = dashboard->all;
    CHECK(all.evaluationRated == 1);
    CHECK(all.evaluationFinalized == 1);
    CHECK(all.evaluationNotRated == 2);
    CHECK(all.evaluationSubmitted == 1);
    CHECK(all.evaluationLate == 2); // submitted a day late, and never submitted
    CHECK(all.planLate == 2); // approved a day late, and the draft

    const auto years = office.admin().yearOverYear(office.agency, QDate(2025, 4, 21));
    REQUIRE(years.ok());
    REQUIRE(years->size() == 1);
    CHECK(years->first().plans == 4);
    CHECK(years->first().plansDue == 4);
    CHECK(years->first().plansOnTime == 2);
    CHECK(years->first().evaluationsDue == 4);
    CHECK(years->first().evaluationsOnTime == 2);
    CHECK(years->first().annualGraded == 0);
}
