// SPDX-License-Identifier: GPL-3.0-or-later
// Scope that changes (issue 7, "Proof"): rows that leave a person's scope are purged from their file; people who
// come into it arrive whole; an acting official (Plt./Plh.) sees and acts on what the absent head assesses.
#include "core/domain/ActorRole.h"
#include "core/domain/WorkflowCommand.h"
#include "core/storage/Uuid.h"
#include "core/storage/WorkflowService.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

int plansOf(Replica& replica, const QString& employeeId)
{
    return replica.value(QStringLiteral("SELECT count(*) FROM performance_plan WHERE employee_id = ?"), {employeeId})
        .toInt();
}

} // namespace

TEST_CASE("A new assessor gets the person's documents, the old one's file lets them go", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto newNip = server.outsiderNip(plan.employeeNip, plan.assessorNip);
    Replica oldAssessor(server, server.addUser(QStringLiteral("lama"), plan.assessorNip));
    Replica newAssessor(server, server.addUser(QStringLiteral("baru"), newNip));
    oldAssessor.sync();
    newAssessor.sync();
    REQUIRE(plansOf(oldAssessor, plan.employeeId) >= 1);
    REQUIRE(plansOf(newAssessor, plan.employeeId) == 0);
    const auto evaluationsBefore =
        oldAssessor
            .value(QStringLiteral("SELECT count(*) FROM evaluation AS e JOIN performance_plan AS p ON "
                                  "p.id = e.plan_id WHERE p.employee_id = ?"),
                {plan.employeeId})
            .toInt();

    // the administrator moves the person to another assessor (on the server)
    server.query(QStringLiteral("UPDATE kinerja.performance_plan SET assessor_id = (SELECT id FROM kinerja.employee "
                                "WHERE nip = '%1') WHERE employee_id = '%2'")
                     .arg(newNip, plan.employeeId));

    const auto gone = oldAssessor.sync();
    CHECK(gone.purged >= 1);
    CHECK(plansOf(oldAssessor, plan.employeeId) == 0);
    CHECK(oldAssessor
              .value(QStringLiteral("SELECT count(*) FROM work_result AS w WHERE NOT EXISTS (SELECT 1 FROM "
                                    "performance_plan AS p WHERE p.id = w.plan_id)"))
              .toInt()
        == 0);
    const auto arrived = newAssessor.sync();
    CHECK(arrived.pulledRows > 0);
    CHECK(plansOf(newAssessor, plan.employeeId) >= 1);
    CHECK(newAssessor
              .value(QStringLiteral("SELECT count(*) FROM evaluation AS e JOIN performance_plan AS p ON "
                                    "p.id = e.plan_id WHERE p.employee_id = ?"),
                  {plan.employeeId})
              .toInt()
        == evaluationsBefore);
    CHECK(newAssessor
              .value(QStringLiteral("SELECT count(*) FROM work_result AS w JOIN performance_plan AS p ON "
                                    "p.id = w.plan_id WHERE p.employee_id = ?"),
                  {plan.employeeId})
              .toLongLong()
        == server
               .value(QStringLiteral("SELECT count(*) FROM kinerja.work_result AS w JOIN kinerja.performance_plan AS p "
                                     "ON p.id = w.plan_id WHERE p.employee_id = '%1'")
                          .arg(plan.employeeId))
               .toLongLong());
    CHECK(newAssessor.value(QStringLiteral("PRAGMA foreign_key_check")).isNull());
}

TEST_CASE("A Plt. of the head sees and approves what the head assesses", "[postgres][sync]")
{
    SyncFixture server;
    // a submitted plan whose assessor holds a definitive head position
    const auto rows = server.query(QStringLiteral(
        "SELECT p.id::text, p.employee_id::text, h.unit_id::text, a.nip FROM kinerja.performance_plan AS p "
        "JOIN kinerja.assignment AS h ON h.employee_id = p.assessor_id AND h.is_head = 1 AND h.kind = 'definitive' "
        "AND h.deleted = 0 JOIN kinerja.employee AS a ON a.id = p.assessor_id WHERE p.status = 'plan.submitted' "
        "AND p.assessor_id <> p.employee_id ORDER BY p.id LIMIT 1"));
    REQUIRE(rows.size() == 1);
    const auto planId = rows.first().at(0).toString();
    const auto employeeId = rows.first().at(1).toString();
    const auto unitId = rows.first().at(2).toString();
    const auto headNip = rows.first().at(3).toString();
    const auto employeeNip =
        server.value(QStringLiteral("SELECT nip FROM kinerja.employee WHERE id = '%1'").arg(employeeId)).toString();
    const auto actingNip = server.outsiderNip(employeeNip, headNip);
    const auto actingId =
        server.value(QStringLiteral("SELECT id::text FROM kinerja.employee WHERE nip = '%1'").arg(actingNip))
            .toString();
    Replica acting(server, server.addUser(QStringLiteral("plt"), actingNip));
    acting.sync();
    REQUIRE(plansOf(acting, employeeId) == 0);

    SECTION("without the acting assignment, an approval sent anyway is refused")
    {
        REQUIRE(acting.transport().connect().ok());
        REQUIRE(acting.transport().hello(acting.clientId(), SyncEngine::kProtocolVersion, QStringLiteral("t")).ok());
        const QJsonObject approve {{QStringLiteral("seq"), 1}, {QStringLiteral("id"), Uuid::toText(Uuid::createV7())},
            {QStringLiteral("kind"), QStringLiteral("command")},
            {QStringLiteral("entity"), QStringLiteral("performance_plan")}, {QStringLiteral("row"), planId},
            {QStringLiteral("op"), QStringLiteral("command")}, {QStringLiteral("command"), QStringLiteral("approve")},
            {QStringLiteral("arguments"), QJsonObject {}}};
        const auto answer = acting.transport().push(acting.clientId(), QJsonArray {approve});
        REQUIRE(answer.ok());
        const auto result = answer->value(QStringLiteral("results")).toArray().first().toObject();
        CHECK(result.value(QStringLiteral("reason")).toString() == QStringLiteral("not-found"));
        acting.transport().disconnect();
        CHECK(server.value(QStringLiteral("SELECT status FROM kinerja.performance_plan WHERE id = '%1'").arg(planId))
                  .toString()
            == QStringLiteral("plan.submitted"));
    }
    SECTION("with it, the plan arrives and the Plt. approves it")
    {
        server.query(QStringLiteral("INSERT INTO kinerja.assignment (id, employee_id, unit_id, position_kind, "
                                    "position_name, is_head, kind, starts_on) VALUES (gen_random_uuid(), '%1', '%2', "
                                    "'administrator', 'Kepala', 1, 'plt', '%3')")
                         .arg(actingId, unitId, QDate::currentDate().addDays(-3).toString(Qt::ISODate)));
        acting.sync();
        REQUIRE(plansOf(acting, employeeId) >= 1);
        WorkflowService::Request request;
        request.kind = DocumentKind::Plan;
        request.documentId = Uuid::fromText(planId);
        request.command = WorkflowCommand::Approve;
        request.roles = {ActorRole::Assessor};
        request.actorId = Uuid::fromText(actingId);
        request.context.today = QDate::currentDate();
        REQUIRE(WorkflowService(acting.database()).execute(request).ok());
        CHECK(acting.sync().applied == 1);
        CHECK(server.value(QStringLiteral("SELECT status FROM kinerja.performance_plan WHERE id = '%1'").arg(planId))
                  .toString()
            == QStringLiteral("plan.approved"));
    }
}

TEST_CASE("An administrator's file holds the whole agency", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica admin(server, server.addUser(QStringLiteral("admin"), plan.assessorNip, true));
    const auto report = admin.sync();
    CHECK(report.admin);
    for (const auto& table : {QStringLiteral("employee"), QStringLiteral("performance_plan"),
             QStringLiteral("evaluation"), QStringLiteral("realization"), QStringLiteral("competency_activity")}) {
        INFO(table.toStdString());
        CHECK(admin.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong()
            == server.value(QStringLiteral("SELECT count(*) FROM kinerja.%1").arg(table)).toLongLong());
    }
    CHECK(report.pages >= 2); // more rows than one page
}

TEST_CASE("An OPD's administrator holds that OPD's tree and nothing else", "[postgres][sync]")
{
    SyncFixture server;
    // the OPD with the most people in its tree
    const auto rows = server.query(QStringLiteral(
        "WITH RECURSIVE tree AS (SELECT u.id AS opd, u.id FROM kinerja.org_unit AS u WHERE u.kind = 'opd' "
        "UNION ALL SELECT tree.opd, c.id FROM kinerja.org_unit AS c JOIN tree ON c.parent_id = tree.id) "
        "SELECT o.code, count(e.id) FROM tree JOIN kinerja.org_unit AS o ON o.id = tree.opd "
        "JOIN kinerja.employee AS e ON e.unit_id = tree.id GROUP BY o.code ORDER BY count(e.id) DESC LIMIT 1"));
    REQUIRE(rows.size() == 1);
    const auto code = rows.first().at(0).toString();
    const auto people = rows.first().at(1).toInt();
    REQUIRE(people > 10);
    const auto inside = [&code](const QString& select) {
        return QStringLiteral("WITH RECURSIVE tree AS (SELECT id FROM kinerja.org_unit WHERE code = '%1' UNION ALL "
                              "SELECT c.id FROM kinerja.org_unit AS c JOIN tree ON c.parent_id = tree.id) %2")
            .arg(code, select);
    };
    const auto adminNip = server
                              .value(inside(QStringLiteral("SELECT e.nip FROM kinerja.employee AS e WHERE e.unit_id IN "
                                                           "(SELECT id FROM tree) AND e.nip IS NOT NULL "
                                                           "ORDER BY e.nip LIMIT 1")))
                              .toString();
    Replica admin(server, server.addUser(QStringLiteral("opd"), adminNip, true, code));
    admin.sync();
    const auto expectedPlans =
        server
            .value(inside(QStringLiteral(
                "SELECT count(*) FROM kinerja.performance_plan AS p JOIN kinerja.employee AS e ON e.id = p.employee_id "
                "WHERE e.unit_id IN (SELECT id FROM tree) OR p.assessor_id = (SELECT id FROM kinerja.employee WHERE "
                "nip = '%1') "
                "OR p.employee_id = (SELECT id FROM kinerja.employee WHERE nip = '%1')")
                              .arg(adminNip)))
            .toLongLong();
    CHECK(admin.value(QStringLiteral("SELECT count(*) FROM performance_plan")).toLongLong() == expectedPlans);
    CHECK(expectedPlans < server.value(QStringLiteral("SELECT count(*) FROM kinerja.performance_plan")).toLongLong());
    CHECK(admin.value(QStringLiteral("SELECT count(DISTINCT employee_id) FROM performance_plan")).toInt() >= people);
}

TEST_CASE("After the server's database is restored from a backup, files copy it again and send what it lost",
    "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    employee.sync();
    assessor.sync();
    const auto result =
        employee
            .value(QStringLiteral("SELECT id FROM work_result WHERE plan_id = ? ORDER BY id LIMIT 1"), {plan.planId})
            .toString();
    employee.exec(QStringLiteral("UPDATE work_result SET description = 'Sebelum cadangan' WHERE id = ?"), {result});
    employee.sync();
    const auto backedUp =
        server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result))
            .toLongLong();
    employee.exec(QStringLiteral("UPDATE work_result SET description = 'Sesudah cadangan' WHERE id = ?"), {result});
    employee.sync();
    assessor.sync();

    // the server goes back to the backup: the second edit is gone from it, and the epoch changes
    server.query(QStringLiteral("UPDATE kinerja.work_result SET description = 'Sebelum cadangan' WHERE id = '%1'; "
                                "DELETE FROM kinerja.mutation_log WHERE client_seq > 1 AND login_role = '%2'; "
                                "UPDATE kinerja.sync_client SET last_seq = 1 WHERE login_role = '%2'; "
                                "UPDATE kinerja.server_info SET epoch = gen_random_uuid()")
                     .arg(result, employee.login()));
    REQUIRE(server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result))
                .toLongLong()
        > backedUp);

    const auto report = employee.sync();
    CHECK(report.reset);
    CHECK(report.pushed == 1); // the edit the restored server had lost
    CHECK(server.value(QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(result))
              .toString()
        == QStringLiteral("Sesudah cadangan"));
    const auto again = assessor.sync();
    CHECK(again.reset);
    for (Replica* replica : {&employee, &assessor}) {
        CHECK(replica->value(QStringLiteral("SELECT description FROM work_result WHERE id = ?"), {result}).toString()
            == QStringLiteral("Sesudah cadangan"));
        CHECK(replica->value(QStringLiteral("SELECT row_version FROM work_result WHERE id = ?"), {result}).toLongLong()
            == server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result))
                   .toLongLong());
    }
}
