// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanStarter.h"

#include "core/storage/AssignmentRepository.h"
#include "core/storage/CascadeSource.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/storage/AdminTestSupport.h"

#include <tuple>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// A small office: the Kepala Dinas heads the dinas, the Kepala Bidang the bidang, and one staff member works in
/// the bidang. Definitive assignments from 1 January 2025.
struct Office
{
    QUuid dinas = Uuid::forOrgUnit(QStringLiteral("1.01"));
    QUuid bidang = Uuid::forOrgUnit(QStringLiteral("1.01.02"));
    QUuid kadis = Uuid::forEmployee(QStringLiteral("197001011995031001"));
    QUuid kabid = Uuid::forEmployee(QStringLiteral("197502022000031002"));
    QUuid staff = Uuid::forEmployee(QStringLiteral("199003032015032003"));
    QUuid staffAssignment;

    explicit Office(const Database& database)
    {
        insertUnit(database, dinas, QStringLiteral("Dinas Pendidikan"));
        insertUnit(database, bidang, QStringLiteral("Bidang SMA"), dinas);
        insertEmployee(database, kadis, QStringLiteral("Kepala Dinas"), QStringLiteral("197001011995031001"));
        insertEmployee(database, kabid, QStringLiteral("Kepala Bidang"), QStringLiteral("197502022000031002"));
        insertEmployee(database, staff, QStringLiteral("Siti Aminah"), QStringLiteral("199003032015032003"));
        AssignmentRepository assignments(database);
        REQUIRE(assignments
                    .add(assignment(kadis, dinas, QStringLiteral("Kepala Dinas Pendidikan"), PositionKind::Jpt, true))
                    .ok());
        REQUIRE(
            assignments
                .add(assignment(kabid, bidang, QStringLiteral("Kepala Bidang SMA"), PositionKind::Administrator, true))
                .ok());
        const auto added = assignments.add(
            assignment(staff, bidang, QStringLiteral("Pengadministrasi Perkantoran"), PositionKind::Pelaksana, false));
        REQUIRE(added.ok());
        staffAssignment = added->id;
    }

    static Assignment assignment(
        const QUuid& employee, const QUuid& unit, const QString& title, PositionKind kind, bool head)
    {
        Assignment a;
        a.employeeId = employee;
        a.position.title = title;
        a.position.kind = kind;
        a.position.unitId = unit;
        a.isHead = head;
        a.from = QDate(2025, 1, 1);
        return a;
    }
};

WorkResult result(const QString& text, const QUuid& parent = {})
{
    WorkResult r;
    r.text = text;
    r.parentResultId = parent;
    Indicator indicator;
    indicator.text = QStringLiteral("Jumlah laporan");
    indicator.target = IndicatorTarget::range(Decimal::fromInteger(80), Decimal::fromInteger(90));
    indicator.unit = QStringLiteral("%");
    r.indicators = {indicator};
    return r;
}

/// Stores an approved plan of `owner` for a year with the given results (submitted by the owner, approved by the
/// assessor through WorkflowService).
PerformancePlan approvedPlan(
    const Database& database, const QUuid& owner, const QUuid& assessor, int year, const QList<WorkResult>& results)
{
    auto plan = PerformancePlan::forYear(QUuid(), year);
    plan.employeeId = owner;
    plan.assessorId = assessor;
    plan.results = results;
    auto created = PlanRepository(database).create(plan, {});
    REQUIRE(created.ok());
    WorkflowService workflow(database);
    for (const auto& [command, role, actor] : {std::tuple {WorkflowCommand::Submit, ActorRole::Employee, owner},
             std::tuple {WorkflowCommand::Approve, ActorRole::Assessor, assessor}}) {
        WorkflowService::Request request;
        request.documentId = created->id;
        request.command = command;
        request.roles = {role};
        request.actorId = actor;
        request.context.today = QDate(year, 1, 20);
        const auto done = workflow.execute(request);
        INFO(done.error());
        REQUIRE(done.ok());
    }
    return created.value();
}

} // namespace

TEST_CASE("PlanStarter snapshots the employee and both assessors on the start date", "[storage][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("starter.sqlite")));
    const Office office(*database);

    const auto start = PlanStarter(*database).startOn(office.staff, QDate(2026, 3, 1));
    INFO(start.error());
    REQUIRE(start.ok());
    CHECK(start->employeeId == office.staff);
    CHECK(start->assessorId == office.kabid);
    CHECK(start->secondAssessorId == office.kadis);
    CHECK(start->startDate == QDate(2026, 3, 1));
    CHECK(start->endDate == QDate(2026, 12, 31));
    CHECK(start->form == PlanForm::AdministratorFunctional);
    CHECK(start->participants.unitId == office.bidang);
    CHECK(start->participants.employee.name == QStringLiteral("Siti Aminah"));
    CHECK(start->participants.employee.nip == QStringLiteral("199003032015032003"));
    CHECK(start->participants.employee.position == QStringLiteral("Pengadministrasi Perkantoran"));
    CHECK(start->participants.employee.unit == QStringLiteral("Bidang SMA"));
    CHECK(start->participants.assessor.name == QStringLiteral("Kepala Bidang"));
    CHECK(start->participants.assessor.position == QStringLiteral("Kepala Bidang SMA"));
    CHECK(start->participants.secondAssessor.position == QStringLiteral("Kepala Dinas Pendidikan"));
    CHECK(start->participants.secondAssessor.unit == QStringLiteral("Dinas Pendidikan"));

    // The Kepala Dinas fills the JPT form.
    const auto head = PlanStarter(*database).startOn(office.kadis, QDate(2026, 1, 1));
    REQUIRE(head.ok());
    CHECK(head->form == PlanForm::Jpt);
}

TEST_CASE("A plan ends with the assignment, and nobody without a position gets one", "[storage][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("starter.sqlite")));
    const Office office(*database);
    REQUIRE(AssignmentRepository(*database).end(office.staffAssignment, QDate(2026, 6, 30)).ok());
    PlanStarter starter(*database);

    const auto start = starter.startOn(office.staff, QDate(2026, 1, 1));
    REQUIRE(start.ok());
    CHECK(start->endDate == QDate(2026, 6, 30));
    CHECK(starter.positionStartOn(office.staff, QDate(2026, 6, 30)).value() == QDate(2025, 1, 1));

    const auto after = starter.startOn(office.staff, QDate(2026, 7, 1));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().contains(QStringLiteral("Siti Aminah")));
    CHECK_FALSE(starter.positionStartOn(office.staff, QDate(2026, 7, 1)).ok());
}

TEST_CASE(
    "A blank plan has the seven core values, and a second plan on the same start date is refused", "[storage][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("starter.sqlite")));
    const Office office(*database);
    PlanStarter starter(*database);
    const auto start = starter.startOn(office.staff, QDate(2026, 1, 1));
    REQUIRE(start.ok());

    const auto created = starter.createBlank(start.value(), office.staff);
    INFO(created.error());
    REQUIRE(created.ok());
    const auto stored = PlanRepository(*database).load(created->id);
    REQUIRE(stored.ok());
    CHECK(stored->status == WorkflowState::PlanDraft);
    CHECK(stored->plan.results.isEmpty());
    CHECK(stored->plan.behaviorExpectations.size() == 7);
    CHECK(stored->plan.assessorId == office.kabid);
    CHECK(stored->participants == start->participants);

    const auto again = starter.createBlank(start.value(), office.staff);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("1 Januari 2026")));
    CHECK(PlanRepository(*database).listForEmployee(office.staff)->size() == 1);
}

TEST_CASE("A copy keeps results, indicators and targets with new ids and clears cascades whose parent is gone",
    "[storage][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("starter.sqlite")));
    const Office office(*database);
    const auto leader = approvedPlan(*database, office.kabid, office.kadis, 2026,
        {result(QStringLiteral("Meningkatnya mutu layanan SMA")), result(QStringLiteral("Tertibnya administrasi"))});
    const auto parent = leader.resultsOfKind(ResultKind::Main).at(0).id;

    auto source = PerformancePlan::forYear(QUuid(), 2026);
    source.employeeId = office.staff;
    source.assessorId = office.kabid;
    source.results = {result(QStringLiteral("Tersusunnya laporan layanan"), parent)};
    WorkResult outside = result(QStringLiteral("Terkelolanya arsip"));
    outside.intervenedText = QStringLiteral("Perjanjian Kinerja Dinas Pendidikan");
    outside.order = 1;
    WorkResult extra = result(QStringLiteral("Panitia lomba sekolah"));
    extra.kind = ResultKind::Additional;
    source.results << outside << extra;
    source.appendix.resourceSupport = {QStringLiteral("Akses aplikasi SIASN")};
    source.setSpecialExpectation(CoreValue::Loyal, QStringLiteral("Menjaga rahasia jabatan"));
    const auto stored = PlanRepository(*database).create(source, {});
    REQUIRE(stored.ok());
    PlanStarter starter(*database);

    SECTION("into the next year, where the assessor has no approved plan yet")
    {
        const auto start = starter.startOn(office.staff, QDate(2027, 1, 1));
        REQUIRE(start.ok());
        const auto copy = starter.createCopy(start.value(), stored.value(), office.staff);
        INFO(copy.error());
        REQUIRE(copy.ok());
        const auto loaded = PlanRepository(*database).load(copy->id).value().plan;
        CHECK(loaded.startDate == QDate(2027, 1, 1));
        REQUIRE(loaded.results.size() == 3);
        const auto main = loaded.resultsOfKind(ResultKind::Main);
        REQUIRE(main.size() == 2);
        CHECK(main.at(0).text == QStringLiteral("Tersusunnya laporan layanan"));
        CHECK(main.at(0).parentResultId.isNull());
        CHECK(main.at(1).intervenedText == QStringLiteral("Perjanjian Kinerja Dinas Pendidikan"));
        CHECK(main.at(0).id != stored->resultsOfKind(ResultKind::Main).at(0).id);
        CHECK(main.at(0).indicators.at(0).id != stored->resultsOfKind(ResultKind::Main).at(0).indicators.at(0).id);
        CHECK(main.at(0).indicators.at(0).target
            == IndicatorTarget::range(Decimal::fromInteger(80), Decimal::fromInteger(90)));
        CHECK(main.at(0).indicators.at(0).unit == QStringLiteral("%"));
        CHECK(loaded.resultsOfKind(ResultKind::Additional).at(0).text == QStringLiteral("Panitia lomba sekolah"));
        CHECK(loaded.appendix.resourceSupport == QStringList {QStringLiteral("Akses aplikasi SIASN")});
        CHECK(loaded.specialExpectation(CoreValue::Loyal).isEmpty()); // the assessor's, not copied
        // The source is untouched.
        CHECK(PlanRepository(*database).load(stored->id).value().plan.results.size() == 3);
    }

    SECTION("within the year, where the parent is still in the assessor's approved plan")
    {
        const auto start = starter.startOn(office.staff, QDate(2026, 7, 1));
        REQUIRE(start.ok());
        const auto copy = starter.createCopy(start.value(), stored.value(), office.staff);
        REQUIRE(copy.ok());
        CHECK(copy->resultsOfKind(ResultKind::Main).at(0).parentResultId == parent);
    }
}

TEST_CASE("copyContent renumbers each kind and gives no ids", "[storage][plan]")
{
    PerformancePlan source;
    WorkResult a = result(QStringLiteral("A"));
    a.id = QUuid::createUuid();
    a.order = 5;
    WorkResult b = result(QStringLiteral("B"));
    b.id = QUuid::createUuid();
    b.order = 2;
    const auto kept = QUuid::createUuid();
    b.parentResultId = kept;
    source.results = {a, b};
    const auto copy = PlanStarter::copyContent(source, {kept});
    REQUIRE(copy.results.size() == 2);
    CHECK(copy.results.at(0).text == QStringLiteral("B"));
    CHECK(copy.results.at(0).order == 0);
    CHECK(copy.results.at(0).parentResultId == kept);
    CHECK(copy.results.at(1).order == 1);
    CHECK(copy.results.at(1).id.isNull());
    CHECK(copy.results.at(1).indicators.at(0).id.isNull());
}
