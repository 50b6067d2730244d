// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvaluationRepository.h"
#include "core/storage/Sql.h"
#include "tests/storage/DocumentTestSupport.h"

namespace kinerja::test {

/// A file with the sample people, the sample plan and its evaluations, and a fourth person to stand in as Plt.: the
/// ground of the assessor's desk tests (ReviewQueue, AssessorDesk, AssessorTeam).
struct ReviewFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = openOrFail(dir.filePath(QStringLiteral("review.sqlite")));
    People people = insertPeople(*database);
    QUuid acting = insertEmployee(*database, QStringLiteral("198505052010011003"), QStringLiteral("Rahmat Hidayat"));
    PerformancePlan plan;
    QList<QUuid> evaluations;

    ReviewFixture()
    {
        auto created = PlanRepository(*database).create(samplePlan(people), people.participants);
        REQUIRE(created.ok());
        plan = *created;
        auto ids = EvaluationRepository(*database).createForPlan(plan.id);
        REQUIRE(ids.ok());
        evaluations = *ids;
    }

    /// Sets a document's status directly, as a synced change would.
    void setStatus(const QString& table, const QUuid& id, const QString& status)
    {
        REQUIRE(sql::exec(database->connection(), QStringLiteral("UPDATE %1 SET status = ? WHERE id = ?").arg(table),
            {status, Uuid::toText(id)}, "set a status"));
    }

    /// Makes `acting` the Plt. head of a unit whose definitive head is the plan's assessor, in May and June 2025.
    void actingAssignment()
    {
        const auto unit = Uuid::createV7Text();
        const auto db = database->connection();
        REQUIRE(sql::exec(db,
            QStringLiteral(
                "INSERT INTO org_unit (id, code, name, kind) VALUES (?, '15.02.01', 'Bidang SMA', 'bidang')"),
            {unit}, "unit"));
        REQUIRE(sql::exec(db,
            QStringLiteral("INSERT INTO assignment (id, employee_id, unit_id, position_kind, is_head, kind, "
                           "starts_on) VALUES (?, ?, ?, 'administrator', 1, 'definitive', '2020-01-01')"),
            {Uuid::createV7Text(), Uuid::toText(people.assessor), unit}, "head"));
        REQUIRE(sql::exec(db,
            QStringLiteral("INSERT INTO assignment (id, employee_id, unit_id, position_kind, is_head, kind, "
                           "starts_on, ends_on) VALUES (?, ?, ?, 'administrator', 1, 'plt', '2025-05-01', "
                           "'2025-06-30')"),
            {Uuid::createV7Text(), Uuid::toText(acting), unit}, "plt"));
    }
};

} // namespace kinerja::test
