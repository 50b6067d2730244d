// SPDX-License-Identifier: GPL-3.0-or-later
// Invited colleagues on the shared database (issue 7, "invited colleagues' periods"; issue 5, "Colleagues"): a
// colleague's file gets the one period's work results and realizations of the person who invited them, without
// ratings, grade or notes of the assessor, writes only notes, and lets the copy go when the invitation is withdrawn.
#include "core/storage/ColleagueRepository.h"
#include "core/storage/Uuid.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// A rated evaluation (with its ratings and grade set) of a person with a NIP whom nobody was invited to comment on
/// yet, their assessor, and a colleague of the same unit who neither assesses them nor is assessed by them.
struct RatedCase
{
    QString evaluationId;
    QString planId;
    QString employeeId;
    QString employeeNip;
    QString assessorNip;
    QString colleagueId;
    QString colleagueNip;
};

RatedCase ratedCase(SyncFixture& server)
{
    const auto rows = server.query(QStringLiteral(
        "SELECT ev.id::text, p.id::text, e.id::text, e.nip, a.nip, c.id::text, c.nip "
        "FROM kinerja.evaluation AS ev JOIN kinerja.performance_plan AS p ON p.id = ev.plan_id "
        "JOIN kinerja.employee AS e ON e.id = p.employee_id JOIN kinerja.employee AS a ON a.id = p.assessor_id "
        "JOIN kinerja.employee AS c ON c.unit_id = e.unit_id AND c.id NOT IN (e.id, a.id) AND c.nip IS NOT NULL "
        "AND c.active = 1 "
        "WHERE ev.result_rating IS NOT NULL AND ev.grade IS NOT NULL AND e.nip IS NOT NULL AND a.id <> e.id "
        "AND NOT EXISTS (SELECT 1 FROM kinerja.performance_plan AS q WHERE q.employee_id = e.id "
        "                AND c.id IN (q.assessor_id, q.second_assessor_id)) "
        "AND NOT EXISTS (SELECT 1 FROM kinerja.performance_plan AS q WHERE q.employee_id = c.id "
        "                AND e.id IN (q.assessor_id, q.second_assessor_id)) "
        "AND NOT EXISTS (SELECT 1 FROM kinerja.colleague_invitation AS ci WHERE ci.scope_employee_id = e.id) "
        "AND (SELECT count(*) FROM kinerja.evaluation AS o WHERE o.plan_id = p.id) > 1 "
        "ORDER BY ev.id, c.nip LIMIT 1"));
    REQUIRE(rows.size() == 1);
    const auto& r = rows.first();
    return {r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(), r.at(4).toString(),
        r.at(5).toString(), r.at(6).toString()};
}

qint64 count(Replica& replica, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return replica.value(sql, values).toLongLong();
}

qint64 serverCount(SyncFixture& server, const QString& sql)
{
    return server.value(sql).toLongLong();
}

/// What of the host's documents a file holds, table by table.
struct Held
{
    qint64 plans, results, indicators, evaluations, realizations, feedback, evidence, expectations;
};

Held heldOf(Replica& replica, const RatedCase& c)
{
    const auto of = [&](const QString& sql) { return count(replica, sql, {c.employeeId}); };
    return {of(QStringLiteral("SELECT count(*) FROM performance_plan WHERE employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM work_result AS w JOIN performance_plan AS p ON p.id = w.plan_id "
                          "WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM indicator AS i JOIN work_result AS w ON w.id = i.work_result_id "
                          "JOIN performance_plan AS p ON p.id = w.plan_id WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                          "WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM realization AS r JOIN evaluation AS e ON e.id = r.evaluation_id "
                          "JOIN performance_plan AS p ON p.id = e.plan_id WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM feedback AS f JOIN evaluation AS e ON e.id = f.evaluation_id "
                          "JOIN performance_plan AS p ON p.id = e.plan_id WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM evidence AS f JOIN evaluation AS e ON e.id = f.evaluation_id "
                          "JOIN performance_plan AS p ON p.id = e.plan_id WHERE p.employee_id = ?")),
        of(QStringLiteral("SELECT count(*) FROM behavior_expectation AS b JOIN performance_plan AS p ON "
                          "p.id = b.plan_id WHERE p.employee_id = ?"))};
}

} // namespace

TEST_CASE("An invited colleague gets one period's work without ratings and their notes reach the employee and the "
          "assessor",
    "[postgres][sync][colleagues]")
{
    SyncFixture server;
    const auto c = ratedCase(server);
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), c.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), c.assessorNip));
    Replica colleague(server, server.addUser(QStringLiteral("rekan"), c.colleagueNip));
    employee.sync();
    colleague.sync();
    REQUIRE(heldOf(colleague, c).plans == 0);
    // the employee's file knows the people of the unit, so the colleague can be chosen there
    REQUIRE(count(employee, QStringLiteral("SELECT count(*) FROM employee WHERE id = ?"), {c.colleagueId}) == 1);

    const auto invited = ColleagueRepository(employee.database())
                             .invite(Uuid::fromText(c.evaluationId), Uuid::fromText(c.colleagueId),
                                 QStringLiteral("Mohon masukan untuk triwulan ini."), Uuid::fromText(c.employeeId));
    INFO(invited.error());
    REQUIRE(invited.ok());
    employee.sync();
    REQUIRE(serverCount(server,
                QStringLiteral("SELECT count(*) FROM kinerja.colleague_invitation WHERE id = '%1' AND deleted = 0")
                    .arg(Uuid::toText(invited->id)))
        == 1);

    colleague.sync();
    const auto held = heldOf(colleague, c);
    CHECK(held.plans == 1);
    CHECK(held.evaluations == 1); // that period only, not the plan's other evaluations
    CHECK(held.results
        == serverCount(
            server, QStringLiteral("SELECT count(*) FROM kinerja.work_result WHERE plan_id = '%1'").arg(c.planId)));
    CHECK(held.indicators
        == serverCount(server,
            QStringLiteral("SELECT count(*) FROM kinerja.indicator AS i JOIN kinerja.work_result AS w ON "
                           "w.id = i.work_result_id WHERE w.plan_id = '%1'")
                .arg(c.planId)));
    CHECK(held.realizations
        == serverCount(server,
            QStringLiteral("SELECT count(*) FROM kinerja.realization WHERE evaluation_id = '%1'").arg(c.evaluationId)));
    CHECK(held.realizations > 0);
    CHECK(held.feedback == 0);
    CHECK(held.evidence == 0);
    CHECK(held.expectations == 0);
    // no rating, grade or note of the assessor, though the server has them
    CHECK(count(colleague,
              QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ? AND result_rating IS NULL AND "
                             "behavior_rating IS NULL AND grade IS NULL AND note = '' AND organization_grade IS NULL"),
              {c.evaluationId})
        == 1);
    CHECK(colleague.value(QStringLiteral("PRAGMA foreign_key_check")).isNull());

    // the colleague's note travels to the employee and to the assessor
    ColleagueRepository::Note note;
    note.invitationId = invited->id;
    note.workResultId = Uuid::fromText(
        colleague
            .value(
                QStringLiteral("SELECT id FROM work_result WHERE plan_id = ? ORDER BY sort_order LIMIT 1"), {c.planId})
            .toString());
    note.text = QStringLiteral("Laporan bulanannya selalu tepat waktu.");
    const auto written = ColleagueRepository(colleague.database()).addNote(note);
    INFO(written.error());
    REQUIRE(written.ok());
    colleague.sync();
    CHECK(colleague.outboxStatuses(Uuid::toText(written->id)) == QStringList {QStringLiteral("confirmed")});
    employee.sync();
    assessor.sync();
    for (auto* reader : {&employee, &assessor}) {
        const auto notes = ColleagueRepository(reader->database()).notesOn(Uuid::fromText(c.evaluationId));
        REQUIRE(notes.ok());
        REQUIRE(notes->size() == 1);
        CHECK(notes->first().text == note.text);
        CHECK(notes->first().authorName == invited->colleagueName);
        CHECK(reader->value(QStringLiteral("PRAGMA foreign_key_check")).isNull());
    }

    // what is not the colleague's is refused by the server and stays as it was
    const auto realization =
        colleague.value(QStringLiteral("SELECT id FROM realization WHERE evaluation_id = ? LIMIT 1"), {c.evaluationId})
            .toString();
    const auto serverDescription =
        server.value(QStringLiteral("SELECT description FROM kinerja.realization WHERE id = '%1'").arg(realization));
    colleague.exec(QStringLiteral("UPDATE realization SET description = 'diubah rekan' WHERE id = ?"), {realization});
    colleague.exec(QStringLiteral("UPDATE colleague_invitation SET message = 'diubah rekan' WHERE id = ?"),
        {Uuid::toText(invited->id)});
    colleague.exec(QStringLiteral("UPDATE evaluation SET grade = 'very-good' WHERE id = ?"), {c.evaluationId});
    colleague.sync();
    CHECK(colleague.outboxStatuses(realization).last() == QStringLiteral("refused"));
    CHECK(colleague.outboxStatuses(Uuid::toText(invited->id)).last() == QStringLiteral("refused"));
    CHECK(colleague.outboxStatuses(c.evaluationId).last() == QStringLiteral("refused"));
    CHECK(server.value(QStringLiteral("SELECT description FROM kinerja.realization WHERE id = '%1'").arg(realization))
        == serverDescription);
    CHECK(server.value(QStringLiteral("SELECT message FROM kinerja.colleague_invitation WHERE id = '%1'")
                           .arg(Uuid::toText(invited->id)))
        == QStringLiteral("Mohon masukan untuk triwulan ini."));

    // withdrawn: the colleague's file lets the copy go
    REQUIRE(ColleagueRepository(employee.database()).withdraw(invited->id, Uuid::fromText(c.employeeId)).ok());
    employee.sync();
    const auto gone = colleague.sync();
    CHECK(gone.purged >= 1);
    const auto after = heldOf(colleague, c);
    CHECK(after.plans == 0);
    CHECK(after.evaluations == 0);
    CHECK(after.results == 0);
    CHECK(count(colleague, QStringLiteral("SELECT count(*) FROM colleague_feedback WHERE invitation_id = ?"),
              {Uuid::toText(invited->id)})
        == 0);
    CHECK(colleague.value(QStringLiteral("PRAGMA foreign_key_check")).isNull());
    // and the note stays with the employee
    employee.sync();
    CHECK(ColleagueRepository(employee.database()).notesOn(Uuid::fromText(c.evaluationId))->size() == 1);
}

TEST_CASE("A colleague who becomes the assessor gets the whole rows, ratings included", "[postgres][sync][colleagues]")
{
    SyncFixture server;
    const auto c = ratedCase(server);
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), c.employeeNip));
    Replica colleague(server, server.addUser(QStringLiteral("rekan"), c.colleagueNip));
    employee.sync();
    REQUIRE(ColleagueRepository(employee.database())
                .invite(Uuid::fromText(c.evaluationId), Uuid::fromText(c.colleagueId), {}, Uuid::fromText(c.employeeId))
                .ok());
    employee.sync();
    colleague.sync();
    REQUIRE(count(colleague, QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ? AND grade IS NULL"),
                {c.evaluationId})
        == 1);

    // the administrator makes the colleague the assessor of the plan (on the server: nothing else changes)
    server.query(QStringLiteral("UPDATE kinerja.performance_plan SET assessor_id = '%1' WHERE id = '%2'")
                     .arg(c.colleagueId, c.planId));
    colleague.sync();
    CHECK(colleague.value(QStringLiteral("SELECT grade FROM evaluation WHERE id = ?"), {c.evaluationId})
        == server.value(QStringLiteral("SELECT grade FROM kinerja.evaluation WHERE id = '%1'").arg(c.evaluationId)));
    CHECK(count(colleague, QStringLiteral("SELECT count(*) FROM evaluation WHERE plan_id = ?"), {c.planId})
        == serverCount(
            server, QStringLiteral("SELECT count(*) FROM kinerja.evaluation WHERE plan_id = '%1'").arg(c.planId)));
    CHECK(colleague.value(QStringLiteral("PRAGMA foreign_key_check")).isNull());
}
