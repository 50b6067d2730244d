// SPDX-License-Identifier: GPL-3.0-or-later
// The server's sync functions called directly, as a crafted client would (issue 7, "Proof"): idempotent pushes,
// gaps, lost replies, and every kind of push a person's role does not allow.
#include "core/storage/Uuid.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QJsonObject edit(qint64 seq,
    const QString& entity,
    const QString& row,
    const QString& field,
    const QJsonValue& oldValue,
    const QJsonValue& newValue,
    const QString& op = QStringLiteral("update"))
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("id"), Uuid::toText(Uuid::createV7())},
        {QStringLiteral("kind"), QStringLiteral("edit")}, {QStringLiteral("entity"), entity},
        {QStringLiteral("row"), row}, {QStringLiteral("op"), op}, {QStringLiteral("base"), 0},
        {QStringLiteral("changes"),
            QJsonObject {{field, QJsonObject {{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}}}}}};
}

QJsonObject command(
    qint64 seq, const QString& entity, const QString& row, const QString& name, const QJsonObject& arguments = {})
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("id"), Uuid::toText(Uuid::createV7())},
        {QStringLiteral("kind"), QStringLiteral("command")}, {QStringLiteral("entity"), entity},
        {QStringLiteral("row"), row}, {QStringLiteral("op"), QStringLiteral("command")},
        {QStringLiteral("command"), name}, {QStringLiteral("arguments"), arguments}, {QStringLiteral("base"), 0}};
}

/// The single answer of a push of one mutation.
QJsonObject pushOne(Replica& replica, const QJsonObject& mutation)
{
    const auto answer = replica.transport().push(replica.clientId(), QJsonArray {mutation});
    if (!answer.ok())
        FAIL(answer.error());
    const auto results = answer->value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == 1);
    return results.first().toObject();
}

QString resultOf(SyncFixture& server, const QString& plan)
{
    return server
        .value(QStringLiteral("SELECT id::text FROM kinerja.work_result WHERE plan_id = '%1' AND deleted = 0 "
                              "ORDER BY sort_order, id LIMIT 1")
                   .arg(plan))
        .toString();
}

QString textOf(SyncFixture& server, const QString& sql)
{
    return server.value(sql).toString();
}

} // namespace

TEST_CASE("A push seen before gets the same answer, a gap is refused", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    employee.sync();
    employee.greet();
    const auto result = resultOf(server, plan.planId);
    const auto before =
        textOf(server, QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(result));
    auto mutation = edit(
        1, QStringLiteral("work_result"), result, QStringLiteral("description"), before, QStringLiteral("Sekali saja"));
    mutation.insert(QStringLiteral("base"),
        server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result))
            .toLongLong());

    const auto first = pushOne(employee, mutation);
    CHECK(first.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    const auto changesAfterFirst = server.value(QStringLiteral("SELECT count(*) FROM kinerja.change_log")).toLongLong();
    const auto again = pushOne(employee, mutation);
    CHECK(again == first);
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log")).toInt() == 1);
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.change_log")).toLongLong() == changesAfterFirst);

    auto gapped = edit(3, QStringLiteral("work_result"), result, QStringLiteral("description"),
        QStringLiteral("Sekali saja"), QStringLiteral("Melompat"));
    const auto answer = employee.transport().push(employee.clientId(), QJsonArray {gapped});
    REQUIRE(answer.ok());
    CHECK(answer->value(QStringLiteral("gap")).toObject().value(QStringLiteral("expected")).toInteger() == 2);
    CHECK(answer->value(QStringLiteral("results")).toArray().isEmpty());
    CHECK(textOf(server, QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(result))
        == QStringLiteral("Sekali saja"));
    employee.transport().disconnect();
}

TEST_CASE("A reply lost after the server committed: the next round gets the stored answers", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    employee.sync();
    const auto result = resultOf(server, plan.planId);
    employee.exec(
        QStringLiteral("UPDATE work_result SET description = 'Terkirim, jawaban hilang' WHERE id = ?"), {result});
    employee.exec(QStringLiteral("UPDATE work_result SET sort_order = sort_order + 10 WHERE id = ?"), {result});

    // The server takes the outbox, but the answer never reaches the file (the network broke after the commit).
    employee.greet();
    QJsonArray mutations;
    const auto entries = employee.value(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")).toInt();
    REQUIRE(entries == 2);
    for (qint64 seq = 1; seq <= 2; ++seq) {
        const auto changes = employee.value(QStringLiteral("SELECT changes FROM outbox WHERE client_seq = ?"), {seq});
        QJsonObject m {{QStringLiteral("seq"), seq},
            {QStringLiteral("id"),
                employee.value(QStringLiteral("SELECT mutation_id FROM outbox WHERE client_seq = ?"), {seq})
                    .toString()},
            {QStringLiteral("kind"), QStringLiteral("edit")}, {QStringLiteral("entity"), QStringLiteral("work_result")},
            {QStringLiteral("row"), result}, {QStringLiteral("op"), QStringLiteral("update")},
            {QStringLiteral("base"),
                employee.value(QStringLiteral("SELECT base_row_version FROM outbox WHERE client_seq = ?"), {seq})
                    .toLongLong()},
            {QStringLiteral("changes"), QJsonDocument::fromJson(changes.toString().toUtf8()).object()}};
        mutations.append(m);
    }
    REQUIRE(employee.transport().push(employee.clientId(), mutations).ok());
    employee.transport().disconnect();
    const auto versionAfterServerTookIt =
        server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result));

    const auto report = employee.sync();
    CHECK(report.pushed == 2);
    CHECK(report.applied + report.merged == 2); // the stored answers, taken as they were the first time
    CHECK(report.conflicts + report.refused == 0);
    CHECK(employee.outboxStatuses(result) == QStringList {QStringLiteral("confirmed"), QStringLiteral("confirmed")});
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log")).toInt() == 2);
    CHECK(server.value(QStringLiteral("SELECT row_version FROM kinerja.work_result WHERE id = '%1'").arg(result))
        == versionAfterServerTookIt);
}

TEST_CASE("A crafted push cannot rate oneself, approve one's own plan or change another's field", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.submitted"));
    const auto outsiderNip = server.outsiderNip(plan.employeeNip, plan.assessorNip);
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    employee.sync();
    employee.greet();
    qint64 seq = 0;
    const auto refusal = [&](const QJsonObject& mutation) {
        const auto answer = pushOne(employee, mutation);
        CHECK(answer.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
        return answer.value(QStringLiteral("reason")).toString();
    };
    const auto outsiderPlan = textOf(server,
        QStringLiteral("SELECT p.id::text FROM kinerja.performance_plan AS p JOIN kinerja.employee AS e ON "
                       "e.id = p.employee_id WHERE e.nip = '%1' LIMIT 1")
            .arg(outsiderNip));
    REQUIRE_FALSE(outsiderPlan.isEmpty());

    SECTION("rating oneself")
    {
        // a person whose evaluation of a period waits for the assessor's rating
        const auto waiting = server.query(QStringLiteral(
            "SELECT e.id::text, emp.nip FROM kinerja.evaluation AS e JOIN kinerja.performance_plan AS p ON p.id = "
            "e.plan_id JOIN kinerja.employee AS emp ON emp.id = p.employee_id WHERE e.status = 'evaluation.submitted' "
            "AND emp.nip IS NOT NULL AND p.assessor_id <> p.employee_id ORDER BY emp.nip LIMIT 1"));
        REQUIRE(waiting.size() == 1);
        const auto evaluation = waiting.first().at(0).toString();
        const auto rated = waiting.first().at(1).toString();
        employee.transport().disconnect();
        Replica self(server, server.addUser(QStringLiteral("dinilai"), rated));
        self.sync();
        self.greet();
        const auto selfRefusal = [&](const QJsonObject& mutation) {
            const auto answer = pushOne(self, mutation);
            CHECK(answer.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
            return answer.value(QStringLiteral("reason")).toString();
        };
        const auto rating = server.value(
            QStringLiteral("SELECT to_jsonb(result_rating) FROM kinerja.evaluation WHERE id = '%1'").arg(evaluation));
        CHECK(selfRefusal(edit(++seq, QStringLiteral("evaluation"), evaluation, QStringLiteral("result_rating"),
                  QJsonValue::Null, QStringLiteral("above")))
            == QStringLiteral("field-not-owned"));
        CHECK(selfRefusal(edit(++seq, QStringLiteral("evaluation"), evaluation, QStringLiteral("grade"),
                  QJsonValue::Null, QStringLiteral("very-good")))
            == QStringLiteral("field-not-owned"));
        CHECK(selfRefusal(command(++seq, QStringLiteral("evaluation"), evaluation, QStringLiteral("rate"),
                  {{QStringLiteral("role"), QStringLiteral("assessor")}}))
            == QStringLiteral("role-not-allowed"));
        CHECK(textOf(server, QStringLiteral("SELECT status FROM kinerja.evaluation WHERE id = '%1'").arg(evaluation))
            == QStringLiteral("evaluation.submitted"));
        self.transport().disconnect();
        CHECK(server.value(QStringLiteral("SELECT to_jsonb(result_rating) FROM kinerja.evaluation WHERE id = '%1'")
                               .arg(evaluation))
            == rating);
    }
    SECTION("approving one's own plan, by command or by writing the status")
    {
        CHECK(refusal(command(++seq, QStringLiteral("performance_plan"), plan.planId, QStringLiteral("approve"),
                  {{QStringLiteral("role"), QStringLiteral("assessor")}}))
            == QStringLiteral("role-not-allowed"));
        CHECK(refusal(edit(++seq, QStringLiteral("performance_plan"), plan.planId, QStringLiteral("status"),
                  QStringLiteral("plan.submitted"), QStringLiteral("plan.approved")))
            == QStringLiteral("field-not-owned"));
        CHECK(textOf(server,
                  QStringLiteral("SELECT status FROM kinerja.performance_plan WHERE id = '%1'").arg(plan.planId))
            == QStringLiteral("plan.submitted"));
    }
    SECTION("giving one's own plan to a friendlier assessor")
    {
        const auto friendly =
            server.value(QStringLiteral("SELECT id::text FROM kinerja.employee WHERE nip = '%1'").arg(outsiderNip))
                .toString();
        CHECK(refusal(edit(++seq, QStringLiteral("performance_plan"), plan.planId, QStringLiteral("assessor_id"),
                  plan.assessorId, friendly))
            == QStringLiteral("field-not-owned"));
        CHECK(textOf(server,
                  QStringLiteral("SELECT assessor_id::text FROM kinerja.performance_plan WHERE id = '%1'")
                      .arg(plan.planId))
            == plan.assessorId);
    }
    SECTION("writing the assessor's expectation of one's own plan")
    {
        const auto expectation = textOf(server,
            QStringLiteral("SELECT id::text FROM kinerja.behavior_expectation WHERE plan_id = '%1' LIMIT 1")
                .arg(plan.planId));
        REQUIRE_FALSE(expectation.isEmpty());
        CHECK(refusal(edit(++seq, QStringLiteral("behavior_expectation"), expectation, QStringLiteral("expectation"),
                  QJsonValue::Null, QStringLiteral("Saya sendiri")))
            == QStringLiteral("field-not-owned"));
    }
    SECTION("changing or adding to another employee's plan")
    {
        const auto theirs = resultOf(server, outsiderPlan);
        const auto before =
            textOf(server, QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(theirs));
        CHECK(refusal(edit(++seq, QStringLiteral("work_result"), theirs, QStringLiteral("description"), before,
                  QStringLiteral("Diubah orang lain")))
            == QStringLiteral("not-found"));
        CHECK(textOf(server, QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(theirs))
            == before);
        auto insert = edit(++seq, QStringLiteral("work_result"), Uuid::toText(Uuid::createV7()),
            QStringLiteral("plan_id"), QJsonValue::Null, outsiderPlan, QStringLiteral("insert"));
        auto changes = insert.value(QStringLiteral("changes")).toObject();
        changes.insert(QStringLiteral("description"),
            QJsonObject {
                {QStringLiteral("old"), QJsonValue::Null}, {QStringLiteral("new"), QStringLiteral("Titipan")}});
        insert.insert(QStringLiteral("changes"), changes);
        CHECK(refusal(insert) == QStringLiteral("invalid")); // row-level security: outside the caller's scope
        CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.work_result WHERE description = 'Titipan'"))
                  .toInt()
            == 0);
    }
    SECTION("a table or field that does not exist")
    {
        CHECK(refusal(edit(++seq, QStringLiteral("local_account"), plan.employeeId, QStringLiteral("is_admin"), 0, 1))
            == QStringLiteral("unknown-table"));
        CHECK(refusal(edit(++seq, QStringLiteral("performance_plan"), plan.planId, QStringLiteral("scope_employee_id"),
                  plan.employeeId, plan.assessorId))
            == QStringLiteral("unknown-field"));
    }
    // every refusal was logged, and the batch went on
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log WHERE result->>'outcome' = 'refused'"))
              .toInt()
        == seq);
    employee.transport().disconnect();
}

TEST_CASE("A replica's client id cannot be used by another login", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    employee.sync();
    REQUIRE(assessor.transport().connect().ok());
    const auto stolen =
        assessor.transport().hello(employee.clientId(), SyncEngine::kProtocolVersion, QStringLiteral("t"));
    REQUIRE_FALSE(stolen.ok());
    CHECK(stolen.error().contains(QStringLiteral("another person")));
    const auto push = assessor.transport().push(employee.clientId(), QJsonArray {});
    REQUIRE_FALSE(push.ok());
    assessor.transport().disconnect();
}

TEST_CASE("A login without an account, or disabled, gets nothing", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto login = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    server.query(QStringLiteral("UPDATE kinerja.account SET disabled = true WHERE login_role = '%1'").arg(login));
    Replica employee(server, login);
    const auto refused = employee.trySync();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("no Kinerja ASN account")));
    CHECK(employee.value(QStringLiteral("SELECT count(*) FROM performance_plan")).toInt() == 0);
}
