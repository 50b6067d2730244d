// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of core's transition table, pushed to the server as the role it names (allowed, to the row's state) and
// as every other role (refused), with the requirements missing (refused with their reason): the server's workflow
// and core's are the same machine (issue 7, "Proof").
#include "core/domain/TransitionTable.h"
#include "core/storage/Uuid.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// A connected login with its own replica file (for its client id) and outbox numbers.
struct Actor
{
    Actor(SyncFixture& server, const QString& suffix, const QString& nip, bool admin = false)
        : replica(server, server.addUser(suffix, nip, admin))
    {
        REQUIRE(replica.transport().connect().ok());
        const auto hello =
            replica.transport().hello(replica.clientId(), SyncEngine::kProtocolVersion, QStringLiteral("t"));
        if (!hello.ok())
            FAIL(hello.error());
    }
    ~Actor() { replica.transport().disconnect(); }

    QJsonObject command(const QString& entity, const QString& row, const QString& name, const QJsonObject& arguments)
    {
        const QJsonObject m {{QStringLiteral("seq"), ++seq}, {QStringLiteral("id"), Uuid::toText(Uuid::createV7())},
            {QStringLiteral("kind"), QStringLiteral("command")}, {QStringLiteral("entity"), entity},
            {QStringLiteral("row"), row}, {QStringLiteral("op"), QStringLiteral("command")},
            {QStringLiteral("command"), name}, {QStringLiteral("arguments"), arguments}};
        const auto answer = replica.transport().push(replica.clientId(), QJsonArray {m});
        if (!answer.ok())
            FAIL(answer.error());
        const auto results = answer->value(QStringLiteral("results")).toArray();
        REQUIRE(results.size() == 1);
        return results.first().toObject();
    }

    Replica replica;
    qint64 seq = 0;
};

QString entityOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return QStringLiteral("performance_plan");
    case DocumentKind::Evaluation:
        return QStringLiteral("evaluation");
    case DocumentKind::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

} // namespace

TEST_CASE("Every transition of core's table is allowed on the server for its role only, with its requirements",
    "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.approved"));
    const auto evaluation = server
                                .value(QStringLiteral("SELECT id::text FROM kinerja.evaluation WHERE plan_id = '%1' "
                                                      "ORDER BY id LIMIT 1")
                                           .arg(plan.planId))
                                .toString();
    REQUIRE_FALSE(evaluation.isEmpty());
    const auto secondNip = server.outsiderNip(plan.employeeNip, plan.assessorNip);
    const auto adminNip = server
                              .value(QStringLiteral("SELECT nip FROM kinerja.employee WHERE nip NOT IN ('%1', '%2', "
                                                    "'%3') ORDER BY nip DESC LIMIT 1")
                                         .arg(plan.employeeNip, plan.assessorNip, secondNip))
                              .toString();
    server.query(QStringLiteral("UPDATE kinerja.performance_plan SET second_assessor_id = (SELECT id FROM "
                                "kinerja.employee WHERE nip = '%1') WHERE id = '%2'")
                     .arg(secondNip, plan.planId));
    const auto objection = Uuid::toText(Uuid::createV7());
    server.query(QStringLiteral("INSERT INTO kinerja.objection (id, evaluation_id, reason, status) VALUES ('%1', '%2', "
                                "'Nilai tidak sesuai', 'objection.filed')")
                     .arg(objection, evaluation));

    std::map<ActorRole, std::unique_ptr<Actor>> actors;
    actors[ActorRole::Employee] = std::make_unique<Actor>(server, QStringLiteral("pegawai"), plan.employeeNip);
    actors[ActorRole::Assessor] = std::make_unique<Actor>(server, QStringLiteral("penilai"), plan.assessorNip);
    actors[ActorRole::SecondAssessor] = std::make_unique<Actor>(server, QStringLiteral("atasan"), secondNip);
    actors[ActorRole::Admin] = std::make_unique<Actor>(server, QStringLiteral("admin"), adminNip, true);

    const auto documentOf = [&](DocumentKind kind) {
        return kind == DocumentKind::Plan ? plan.planId : kind == DocumentKind::Evaluation ? evaluation : objection;
    };
    const auto status = [&](DocumentKind kind) {
        return server
            .value(
                QStringLiteral("SELECT status FROM kinerja.%1 WHERE id = '%2'").arg(entityOf(kind), documentOf(kind)))
            .toString();
    };
    // puts the document in `from`, with its period open, finalized today, and (for a decision) its evaluation objected
    const auto prepare = [&](const Transition& row) {
        server.query(QStringLiteral("UPDATE kinerja.%1 SET status = '%2' WHERE id = '%3'")
                         .arg(entityOf(row.kind), codeName(row.from), documentOf(row.kind)));
        if (row.kind != DocumentKind::Plan) {
            server.query(
                QStringLiteral("UPDATE kinerja.evaluation SET extended_until = '2099-12-31', finalized_at = "
                               "kinerja.now_text()%1 WHERE id = '%2'")
                    .arg(row.kind == DocumentKind::Objection ? QStringLiteral(", status = 'evaluation.objected'")
                                                             : QString(),
                        evaluation));
        }
    };
    const QJsonObject arguments {{QStringLiteral("reason"), QStringLiteral("Alasan pengujian")},
        {QStringLiteral("outcome"), QStringLiteral("confirmed")},
        {QStringLiteral("extended-until"), QStringLiteral("2099-12-31")}};

    const auto& table = TransitionTable::standard();
    int allowed = 0;
    int refused = 0;
    for (const auto& row : table.rows()) {
        INFO(row.toString().toStdString());
        const auto entity = entityOf(row.kind);
        const auto id = documentOf(row.kind);
        const auto command = codeName(row.command);

        // the roles with no row for this command in this state are refused
        for (const auto& [role, actor] : actors) {
            if (table.find(row.kind, row.from, row.command, role))
                continue;
            prepare(row);
            const auto answer = actor->command(entity, id, command, arguments);
            INFO("as " << codeName(role).toStdString());
            CHECK(answer.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
            CHECK(answer.value(QStringLiteral("reason")).toString() == QStringLiteral("role-not-allowed"));
            CHECK(status(row.kind) == codeName(row.from));
            ++refused;
        }
        // the row's role without the reason it needs
        if (row.requirements.testFlag(TransitionRequirement::ReasonRequired)) {
            prepare(row);
            auto noReason = arguments;
            noReason.remove(QStringLiteral("reason"));
            const auto answer = actors.at(row.role)->command(entity, id, command, noReason);
            CHECK(answer.value(QStringLiteral("reason")).toString() == QStringLiteral("reason-required"));
            CHECK(status(row.kind) == codeName(row.from));
            ++refused;
        }
        // and with everything it needs: the row's new state
        prepare(row);
        auto full = arguments;
        full.insert(QStringLiteral("objection"), Uuid::toText(Uuid::createV7()));
        const auto answer = actors.at(row.role)->command(entity, id, command, full);
        CHECK(answer.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
        CHECK(answer.value(QStringLiteral("state")).toString() == codeName(row.to));
        CHECK(status(row.kind) == codeName(row.to));
        ++allowed;
    }
    CHECK(allowed == table.rows().size());
    CHECK(refused > 2 * allowed);
}

TEST_CASE("The server checks a period's Batas Pengisian and the objection window with its own date", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.approved"));
    const auto evaluation = server
                                .value(QStringLiteral("SELECT id::text FROM kinerja.evaluation WHERE plan_id = '%1' "
                                                      "ORDER BY id LIMIT 1")
                                           .arg(plan.planId))
                                .toString();
    Actor employee(server, QStringLiteral("pegawai"), plan.employeeNip);
    const QJsonObject reason {{QStringLiteral("reason"), QStringLiteral("Nilai tidak sesuai")}};

    server.query(QStringLiteral("UPDATE kinerja.evaluation SET status = 'evaluation.not-filled', extended_until = NULL "
                                "WHERE id = '%1'; UPDATE kinerja.assessment_period SET entry_deadline = '2020-01-10' "
                                "WHERE id = (SELECT period_id FROM kinerja.evaluation WHERE id = '%1')")
                     .arg(evaluation));
    CHECK(employee.command(QStringLiteral("evaluation"), evaluation, QStringLiteral("submit"), {})
              .value(QStringLiteral("reason"))
              .toString()
        == QStringLiteral("period-closed"));

    server.query(QStringLiteral("UPDATE kinerja.evaluation SET status = 'evaluation.finalized', finalized_at = "
                                "'2020-02-01T03:00:00.000Z' WHERE id = '%1'")
                     .arg(evaluation));
    CHECK(employee.command(QStringLiteral("evaluation"), evaluation, QStringLiteral("object"), reason)
              .value(QStringLiteral("reason"))
              .toString()
        == QStringLiteral("objection-window-closed"));
    CHECK(
        server
            .value(QStringLiteral("SELECT count(*) FROM kinerja.objection WHERE evaluation_id = '%1'").arg(evaluation))
            .toInt()
        == 0);

    // within the window the objection is filed, with the id the client made
    server.query(QStringLiteral("UPDATE kinerja.evaluation SET finalized_at = kinerja.now_text() WHERE id = '%1'")
                     .arg(evaluation));
    const auto objection = Uuid::toText(Uuid::createV7());
    auto withId = reason;
    withId.insert(QStringLiteral("objection"), objection);
    CHECK(employee.command(QStringLiteral("evaluation"), evaluation, QStringLiteral("object"), withId)
              .value(QStringLiteral("outcome"))
              .toString()
        == QStringLiteral("applied"));
    CHECK(
        server
            .value(
                QStringLiteral("SELECT status || ' ' || reason FROM kinerja.objection WHERE id = '%1'").arg(objection))
            .toString()
        == QStringLiteral("objection.filed Nilai tidak sesuai"));
}
