// SPDX-License-Identifier: GPL-3.0-or-later
// Two and more engines on real SQLite files against a real PostgreSQL (issue 7, "Proof"): scope per role, edits
// travelling, disjoint fields merging, the same field becoming a conflict with nothing lost, convergence, workflow
// commands through the server's transition table, purging when the scope shrinks.
#include "core/sync/SyncEngine.h"

#include "core/domain/ActorRole.h"
#include "core/domain/WorkflowCommand.h"
#include "core/storage/Uuid.h"
#include "core/storage/WorkflowService.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QDate>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// A work result of `plan` on a replica (the first by sort order).
QString firstResult(Replica& replica, const QString& plan)
{
    const auto id = replica
                        .value(QStringLiteral("SELECT id FROM work_result WHERE plan_id = ? AND deleted = 0 "
                                              "ORDER BY sort_order, id LIMIT 1"),
                            {plan})
                        .toString();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

/// The row as text on a replica, every column, for comparing replicas.
QString rowText(Replica& replica, const QString& table, const QString& id)
{
    return replica
        .value(QStringLiteral("SELECT json_object(%1) FROM %2 WHERE id = ?")
                   .arg(QStringLiteral("'description', description, 'assigned_by', assigned_by, "
                                       "'sort_order', sort_order, 'row_version', row_version, "
                                       "'deleted', deleted"),
                       table),
            {id})
        .toString();
}

WorkflowService::Outcome runCommand(Replica& replica,
    DocumentKind kind,
    const QString& id,
    WorkflowCommand command,
    ActorRole role,
    const QString& actor,
    const QString& reason = QString())
{
    WorkflowService::Request request;
    request.kind = kind;
    request.documentId = Uuid::fromText(id);
    request.command = command;
    request.roles = {role};
    request.actorId = Uuid::fromText(actor);
    request.context.today = QDate::currentDate();
    request.context.reason = reason;
    auto outcome = WorkflowService(replica.database()).execute(request);
    if (!outcome.ok())
        FAIL("local command refused: " << outcome.error());
    return *outcome;
}

} // namespace

/// What `login` should hold of `table` after catching up: the server's rows in the login's scope and its guest copies
/// (and of the employees, those its documents point to and the people of the login's own unit).
qint64 expectedRows(SyncFixture& server, const QString& login, const QString& table)
{
    const auto scope = QStringLiteral("kinerja.scope_of('%1')").arg(login);
    if (table == QLatin1String("employee")) {
        return server
            .value(QStringLiteral("SELECT CASE WHEN %1 IS NULL THEN (SELECT count(*) FROM kinerja.employee) "
                                  "ELSE (SELECT count(DISTINCT x) FROM unnest(%2) AS x) END")
                       .arg(scope, SyncFixture::employeesHeldBy(login)))
            .toLongLong();
    }
    const bool scoped =
        server.value(QStringLiteral("SELECT scoped FROM kinerja.synced_table WHERE table_name = '%1'").arg(table))
            .toBool();
    if (!scoped) {
        return server.value(QStringLiteral("SELECT count(*) FROM kinerja.%1").arg(table)).toLongLong();
    }
    return server
        .value(QStringLiteral("SELECT count(*) FROM kinerja.%1 WHERE %2 IS NULL OR scope_employee_id = ANY (%2) "
                              "OR id = ANY (%3)")
                   .arg(table, scope, SyncFixture::guestRowsOf(login, table)))
        .toLongLong();
}

void requireExactScope(SyncFixture& server, Replica& replica)
{
    const auto tables = server.query(QStringLiteral("SELECT table_name FROM kinerja.synced_table ORDER BY sort_order"));
    REQUIRE(tables.size() == 20);
    for (const auto& row : tables) {
        const auto table = row.first().toString();
        INFO(replica.login() << " / " << table);
        CHECK(replica.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong()
            == expectedRows(server, replica.login(), table));
    }
}

TEST_CASE("The first pull brings each person exactly their scope", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto outsider = server.outsiderNip(plan.employeeNip, plan.assessorNip);
    REQUIRE_FALSE(outsider.isEmpty());
    const auto adminNip = server
                              .value(QStringLiteral("SELECT nip FROM kinerja.employee WHERE nip NOT IN ('%1', '%2', "
                                                    "'%3') ORDER BY nip DESC LIMIT 1")
                                         .arg(plan.employeeNip, plan.assessorNip, outsider))
                              .toString();
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    Replica other(server, server.addUser(QStringLiteral("lain"), outsider));
    Replica admin(server, server.addUser(QStringLiteral("admin"), adminNip, true));
    for (Replica* replica : {&employee, &assessor, &other, &admin}) {
        const auto report = replica->sync();
        CHECK(report.pushed == 0);
        CHECK(report.pulledRows > 0);
        requireExactScope(server, *replica);
    }
    const auto hasPlan = [&plan](Replica& r) {
        return r.value(QStringLiteral("SELECT count(*) FROM performance_plan WHERE id = ?"), {plan.planId}).toInt();
    };
    CHECK(hasPlan(employee) == 1);
    CHECK(hasPlan(assessor) == 1);
    CHECK(hasPlan(other) == 0);
    CHECK(hasPlan(admin) == 1);
    // the employee holds only their own documents; the assessor also the people they assess, never the outsider's
    CHECK(employee
              .value(QStringLiteral("SELECT count(*) FROM performance_plan WHERE employee_id <> ?"), {plan.employeeId})
              .toInt()
        == 0);
    CHECK(assessor
              .value(QStringLiteral("SELECT count(*) FROM performance_plan WHERE employee_id <> ? AND "
                                    "assessor_id <> ? AND coalesce(second_assessor_id, '') <> ?"),
                  {plan.assessorId, plan.assessorId, plan.assessorId})
              .toInt()
        == 0);
    CHECK(admin.value(QStringLiteral("SELECT count(*) FROM performance_plan")).toLongLong()
        == server.value(QStringLiteral("SELECT count(*) FROM kinerja.performance_plan")).toLongLong());
    // a second round brings nothing new
    CHECK(employee.sync().pulledRows == 0);
}

TEST_CASE("An edit reaches the others, disjoint fields merge, the same field becomes a conflict, nothing lost",
    "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto login = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    Replica laptop(server, login); // the same person on two computers
    Replica office(server, login);
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    laptop.sync();
    office.sync();
    assessor.sync();
    const auto result = firstResult(laptop, plan.planId);

    SECTION("disjoint fields merge")
    {
        laptop.exec(
            QStringLiteral("UPDATE work_result SET description = 'Dokumen SOP pelayanan tersusun' WHERE id = ?"),
            {result});
        office.exec(QStringLiteral("UPDATE work_result SET assigned_by = 'Sekretaris Dinas' WHERE id = ?"), {result});
        const auto first = laptop.sync();
        CHECK(first.applied == 1);
        const auto second = office.sync();
        CHECK(second.merged == 1);
        CHECK(second.conflicts == 0);
        laptop.sync();
        assessor.sync();
        CHECK(laptop
                  .value(QStringLiteral("SELECT description || ' / ' || assigned_by FROM work_result WHERE id = ?"),
                      {result})
                  .toString()
            == QStringLiteral("Dokumen SOP pelayanan tersusun / Sekretaris Dinas"));
        CHECK(rowText(laptop, QStringLiteral("work_result"), result)
            == rowText(office, QStringLiteral("work_result"), result));
        CHECK(rowText(assessor, QStringLiteral("work_result"), result)
            == rowText(office, QStringLiteral("work_result"), result));
        CHECK(laptop.outboxStatuses(result) == QStringList {QStringLiteral("confirmed")});
        CHECK(office.outboxStatuses(result) == QStringList {QStringLiteral("confirmed")});
    }

    SECTION("the same field: the first to arrive is kept, the other is a conflict with base, server and client")
    {
        const auto base = laptop.value(QStringLiteral("SELECT description FROM work_result WHERE id = ?"), {result});
        laptop.exec(QStringLiteral("UPDATE work_result SET description = 'Versi laptop' WHERE id = ?"), {result});
        office.exec(QStringLiteral("UPDATE work_result SET description = 'Versi kantor' WHERE id = ?"), {result});
        CHECK(laptop.sync().applied == 1);
        const auto second = office.sync();
        CHECK(second.conflicts == 1);
        CHECK(office.outboxStatuses(result) == QStringList {QStringLiteral("conflict")});
        const auto conflict = server.query(
            QStringLiteral("SELECT base_value #>> '{}', server_value #>> '{}', client_value #>> '{}', column_name "
                           "FROM kinerja.conflict WHERE row_id = '%1'")
                .arg(result));
        REQUIRE(conflict.size() == 1);
        CHECK(conflict.first().at(0) == base);
        CHECK(conflict.first().at(1).toString() == QStringLiteral("Versi laptop"));
        CHECK(conflict.first().at(2).toString() == QStringLiteral("Versi kantor")); // nothing typed is lost
        CHECK(conflict.first().at(3).toString() == QStringLiteral("description"));
        // after quiescence every replica shows the server's value
        laptop.sync();
        assessor.sync();
        for (Replica* replica : {&laptop, &office, &assessor}) {
            CHECK(
                replica->value(QStringLiteral("SELECT description FROM work_result WHERE id = ?"), {result}).toString()
                == QStringLiteral("Versi laptop"));
        }
        CHECK(rowText(laptop, QStringLiteral("work_result"), result)
            == rowText(office, QStringLiteral("work_result"), result));
    }

    SECTION("the employee's result and the assessor's expectation, made offline at the same time, both arrive")
    {
        laptop.exec(
            QStringLiteral("UPDATE work_result SET description = 'Laporan kinerja triwulan' WHERE id = ?"), {result});
        assessor.exec(QStringLiteral("UPDATE behavior_expectation SET expectation = 'Tepat waktu dan ramah' "
                                     "WHERE plan_id = ? AND core_value = 'akuntabel'"),
            {plan.planId});
        const int expectations =
            assessor
                .value(QStringLiteral("SELECT count(*) FROM behavior_expectation WHERE plan_id = ? AND core_value = "
                                      "'akuntabel'"),
                    {plan.planId})
                .toInt();
        REQUIRE(expectations == 1);
        CHECK(laptop.sync().applied == 1);
        CHECK(assessor.sync().applied == 1);
        laptop.sync();
        CHECK(laptop
                  .value(QStringLiteral("SELECT expectation FROM behavior_expectation WHERE plan_id = ? AND "
                                        "core_value = 'akuntabel'"),
                      {plan.planId})
                  .toString()
            == QStringLiteral("Tepat waktu dan ramah"));
        CHECK(assessor.value(QStringLiteral("SELECT description FROM work_result WHERE id = ?"), {result}).toString()
            == QStringLiteral("Laporan kinerja triwulan"));
    }

    SECTION("a new result with its indicator, made offline, arrives whole")
    {
        const auto newResult = Uuid::toText(Uuid::createV7());
        const auto newIndicator = Uuid::toText(Uuid::createV7());
        laptop.exec(QStringLiteral("INSERT INTO work_result (id, plan_id, kind, description, sort_order) "
                                   "VALUES (?, ?, 'additional', 'Mentor pegawai baru', 99)"),
            {newResult, plan.planId});
        laptop.exec(QStringLiteral("INSERT INTO indicator (id, work_result_id, aspect, description, target_kind, "
                                   "target_min, unit) VALUES (?, ?, 'quantity', 'Pegawai dibimbing', 'number', '2', "
                                   "'orang')"),
            {newIndicator, newResult});
        CHECK(laptop.sync().applied == 2);
        office.sync();
        assessor.sync();
        for (Replica* replica : {&office, &assessor}) {
            CHECK(replica
                      ->value(QStringLiteral("SELECT w.description || ': ' || i.target_min || ' ' || i.unit "
                                             "FROM indicator AS i JOIN work_result AS w ON w.id = i.work_result_id "
                                             "WHERE i.id = ?"),
                          {newIndicator})
                      .toString()
                == QStringLiteral("Mentor pegawai baru: 2 orang"));
        }
    }
}

TEST_CASE("Workflow commands go through the server's transition table", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    employee.sync();
    assessor.sync();
    const auto status = [&server, &plan] {
        return server
            .value(QStringLiteral("SELECT status FROM kinerja.performance_plan WHERE id = '%1'").arg(plan.planId))
            .toString();
    };

    runCommand(
        employee, DocumentKind::Plan, plan.planId, WorkflowCommand::Submit, ActorRole::Employee, plan.employeeId);
    CHECK(employee.sync().applied == 1);
    CHECK(status() == QStringLiteral("plan.submitted"));
    CHECK(employee.outboxStatuses(plan.planId) == QStringList {QStringLiteral("confirmed")});

    SECTION("the assessor approves; the employee sees it")
    {
        assessor.sync();
        runCommand(
            assessor, DocumentKind::Plan, plan.planId, WorkflowCommand::Approve, ActorRole::Assessor, plan.assessorId);
        CHECK(assessor.sync().applied == 1);
        CHECK(status() == QStringLiteral("plan.approved"));
        employee.sync();
        CHECK(
            employee.value(QStringLiteral("SELECT status FROM performance_plan WHERE id = ?"), {plan.planId}).toString()
            == QStringLiteral("plan.approved"));
        CHECK_FALSE(
            employee.value(QStringLiteral("SELECT approved_at FROM performance_plan WHERE id = ?"), {plan.planId})
                .toString()
                .isEmpty());
    }

    SECTION("a command that became invalid offline is refused with a reason, and kept")
    {
        // both the assessor (offline, still seeing it submitted) and ... the employee withdrew meanwhile
        assessor.sync();
        runCommand(
            employee, DocumentKind::Plan, plan.planId, WorkflowCommand::Withdraw, ActorRole::Employee, plan.employeeId);
        runCommand(
            assessor, DocumentKind::Plan, plan.planId, WorkflowCommand::Approve, ActorRole::Assessor, plan.assessorId);
        CHECK(employee.sync().applied == 1);
        const auto late = assessor.sync();
        CHECK(late.refused == 1);
        REQUIRE(late.refusals.size() == 1);
        CHECK(late.refusals.first().contains(SyncEngine::refusalText(QStringLiteral("state-not-allowed"))));
        CHECK(assessor.outboxStatuses(plan.planId).last() == QStringLiteral("refused"));
        CHECK(status() == QStringLiteral("plan.draft"));
        // after the pull the assessor's copy shows the server's state again
        CHECK(
            assessor.value(QStringLiteral("SELECT status FROM performance_plan WHERE id = ?"), {plan.planId}).toString()
            == QStringLiteral("plan.draft"));
    }
}
