// SPDX-License-Identifier: GPL-3.0-or-later
// Randomized convergence (sync-research.md 9.11): several engines on real SQLite files edit the same people's
// documents offline in random order and sync at random moments; after quiescence every file equals the server within
// its scope, and every change typed locally was applied, merged, or is kept in a conflict record.
#include "core/storage/Sql.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <memory>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// Every row of `table` on a replica, by id, as JSON objects of all its columns.
QHash<QString, QJsonObject> localRows(Replica& replica, const QString& table)
{
    QSqlQuery columns(replica.database().connection());
    REQUIRE(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
    QStringList pairs;
    while (columns.next())
        pairs.append(QStringLiteral("'%1', %1").arg(columns.value(0).toString()));
    QSqlQuery rows(replica.database().connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT json_object(%1) FROM %2").arg(pairs.join(QStringLiteral(", ")), table)));
    QHash<QString, QJsonObject> result;
    while (rows.next()) {
        const auto object = QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object();
        result.insert(object.value(QStringLiteral("id")).toString(), object);
    }
    return result;
}

/// The server's rows of `table` that `login` may hold.
QHash<QString, QJsonObject> serverRows(SyncFixture& server, const QString& login, const QString& table)
{
    const auto scope = QStringLiteral("kinerja.scope_of('%1')").arg(login);
    const bool scoped =
        server.value(QStringLiteral("SELECT scoped FROM kinerja.synced_table WHERE table_name = '%1'").arg(table))
            .toBool();
    QString where = QStringLiteral("true");
    if (table == QLatin1String("employee"))
        where = QStringLiteral("%1 IS NULL OR t.id = ANY (%2)").arg(scope, SyncFixture::employeesHeldBy(login));
    else if (scoped)
        where = QStringLiteral("%1 IS NULL OR t.scope_employee_id = ANY (%1)").arg(scope);
    const auto rows =
        server.query(QStringLiteral("SELECT (to_jsonb(t) - 'scope_employee_id')::text FROM kinerja.%1 AS t WHERE %2")
                         .arg(table, where));
    QHash<QString, QJsonObject> result;
    for (const auto& row : rows) {
        const auto object = QJsonDocument::fromJson(row.first().toString().toUtf8()).object();
        result.insert(object.value(QStringLiteral("id")).toString(), object);
    }
    return result;
}

void requireEqualToServer(SyncFixture& server, Replica& replica)
{
    for (const auto& table : {QStringLiteral("performance_plan"), QStringLiteral("work_result"),
             QStringLiteral("indicator"), QStringLiteral("behavior_expectation"), QStringLiteral("evaluation"),
             QStringLiteral("realization"), QStringLiteral("feedback"), QStringLiteral("employee")}) {
        INFO(replica.login().toStdString() << " / " << table.toStdString());
        const auto local = localRows(replica, table);
        const auto remote = serverRows(server, replica.login(), table);
        // guest copies (evaluations the person was invited to comment on) are there too, without the ratings
        const auto guests =
            server.value(QStringLiteral("SELECT cardinality(%1)").arg(SyncFixture::guestRowsOf(replica.login(), table)))
                .toLongLong();
        REQUIRE(local.size() == remote.size() + guests);
        for (auto it = remote.constBegin(); it != remote.constEnd(); ++it) {
            REQUIRE(local.contains(it.key()));
            const auto& mine = local.value(it.key());
            for (auto field = it->constBegin(); field != it->constEnd(); ++field) {
                INFO(it.key().toStdString() << "." << field.key().toStdString());
                CHECK(mine.value(field.key()) == field.value());
            }
        }
    }
}

} // namespace

TEST_CASE("Engines editing the same documents at random converge, and nothing typed is lost", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto employeeLogin = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    const auto assessorLogin = server.addUser(QStringLiteral("penilai"), plan.assessorNip);
    std::vector<std::unique_ptr<Replica>> replicas;
    replicas.push_back(std::make_unique<Replica>(server, employeeLogin)); // the employee's laptop
    replicas.push_back(std::make_unique<Replica>(server, employeeLogin)); // ... and office PC
    replicas.push_back(std::make_unique<Replica>(server, assessorLogin));
    for (auto& replica : replicas)
        replica->sync();
    const auto results = server.query(QStringLiteral("SELECT id::text FROM kinerja.work_result WHERE plan_id = '%1' "
                                                     "ORDER BY id")
                                          .arg(plan.planId));
    const auto expectations = server.query(
        QStringLiteral("SELECT id::text FROM kinerja.behavior_expectation WHERE plan_id = '%1' ORDER BY id")
            .arg(plan.planId));
    REQUIRE_FALSE(results.isEmpty());
    REQUIRE_FALSE(expectations.isEmpty());

    const quint32 seed = 20261129;
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    int edits = 0;
    for (int step = 0; step < 240; ++step) {
        const auto who = random.bounded(3);
        auto& replica = *replicas.at(size_t(who));
        const auto action = random.bounded(10);
        if (action < 3) {
            replica.sync(); // an online moment
            continue;
        }
        const auto text = QStringLiteral("langkah %1 oleh %2").arg(step).arg(who);
        if (who < 2) { // the employee: results' texts and order
            const auto id = results.at(random.bounded(results.size())).first().toString();
            if (action < 7)
                replica.exec(QStringLiteral("UPDATE work_result SET description = ? WHERE id = ?"), {text, id});
            else
                replica.exec(
                    QStringLiteral("UPDATE work_result SET sort_order = ? WHERE id = ?"), {random.bounded(20), id});
        } else { // the assessor: expectations
            const auto id = expectations.at(random.bounded(expectations.size())).first().toString();
            replica.exec(QStringLiteral("UPDATE behavior_expectation SET expectation = ? WHERE id = ?"), {text, id});
        }
        ++edits;
    }
    REQUIRE(edits > 100);
    // quiescence: everyone syncs until nothing moves
    for (int round = 0; round < 2; ++round)
        for (auto& replica : replicas)
            replica->sync();

    for (auto& replica : replicas) {
        requireEqualToServer(server, *replica);
        // every edit was answered: taken, or kept as a conflict; none refused
        CHECK(
            replica->value(QStringLiteral("SELECT count(*) FROM outbox WHERE status IN ('pending', 'refused')")).toInt()
            == 0);
    }
    // every conflict keeps the value that was not taken, with the value it started from
    int clashes = 0;
    for (auto& replica : replicas) {
        QSqlQuery conflicts(replica->database().connection());
        REQUIRE(conflicts.exec(QStringLiteral("SELECT mutation_id, changes FROM outbox WHERE status = 'conflict'")));
        while (conflicts.next()) {
            const auto mutation = conflicts.value(0).toString();
            const auto changes = QJsonDocument::fromJson(conflicts.value(1).toString().toUtf8()).object();
            const auto answer = QJsonDocument::fromJson(
                server
                    .value(QStringLiteral("SELECT result::text FROM kinerja.mutation_log WHERE mutation_id = '%1'")
                               .arg(mutation))
                    .toString()
                    .toUtf8())
                                    .object();
            const auto fields = answer.value(QStringLiteral("conflicts")).toArray();
            REQUIRE_FALSE(fields.isEmpty());
            for (const auto& value : fields) {
                const auto field = value.toObject().value(QStringLiteral("field")).toString();
                const auto typed = changes.value(field).toObject();
                const auto stored = server.query(
                    QStringLiteral("SELECT client_value #>> '{}', base_value #>> '{}' FROM kinerja.conflict WHERE "
                                   "mutation_id = '%1' AND column_name = '%2'")
                        .arg(mutation, field));
                REQUIRE(stored.size() == 1);
                CHECK(stored.first().at(0).toString() == typed.value(QStringLiteral("new")).toVariant().toString());
                CHECK(stored.first().at(1).toString() == typed.value(QStringLiteral("old")).toVariant().toString());
                ++clashes;
            }
        }
    }
    CHECK(clashes > 0); // two devices of one person editing the same texts do clash
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log")).toInt() == edits);
}
