// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ColleagueRepository.h"

#include "core/storage/EvaluationRepository.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = openOrFail(dir.filePath(QStringLiteral("colleagues.sqlite")));
    People people = insertPeople(*database);
    QUuid colleague = insertEmployee(*database, QStringLiteral("199203152020122001"), QStringLiteral("Rina Wati"));
    PerformancePlan plan;
    QUuid evaluation;

    Fixture()
    {
        auto created = PlanRepository(*database).create(samplePlan(people), people.participants);
        REQUIRE(created.ok());
        plan = *created;
        auto ids = EvaluationRepository(*database).createForPlan(plan.id);
        REQUIRE(ids.ok());
        evaluation = ids->first();
    }

    int outboxRows(const QString& entity) const
    {
        return countRows(*database, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ?"), {entity});
    }
};

} // namespace

TEST_CASE("An employee invites a colleague, who writes notes that the employee and the assessor read",
    "[storage][documents][colleagues]")
{
    Fixture f;
    ColleagueRepository colleagues(*f.database);
    const auto invited =
        colleagues.invite(f.evaluation, f.colleague, nastyText(QStringLiteral("ask")), f.people.employee);
    INFO(invited.error());
    REQUIRE(invited.ok());
    CHECK(invited->id == Uuid::forColleagueInvitation(f.evaluation, f.colleague));
    CHECK(invited->colleagueName == QStringLiteral("Rina Wati"));
    CHECK(f.outboxRows(QStringLiteral("colleague_invitation")) == 1);

    const auto requests = colleagues.requestsFor(f.colleague);
    REQUIRE(requests.ok());
    REQUIRE(requests->size() == 1);
    CHECK(requests->first().employeeName == f.people.participants.employee.name);
    CHECK(requests->first().invitation.message == nastyText(QStringLiteral("ask")).trimmed());
    CHECK(colleagues.invitationOf(f.evaluation, f.colleague)->has_value());
    CHECK_FALSE(colleagues.invitationOf(f.evaluation, f.people.assessor)->has_value());

    ColleagueRepository::Note onResult;
    onResult.invitationId = invited->id;
    onResult.workResultId = f.plan.results.first().id;
    onResult.text = nastyText(QStringLiteral("note"));
    const auto note = colleagues.addNote(onResult);
    INFO(note.error());
    REQUIRE(note.ok());
    ColleagueRepository::Note onValue;
    onValue.invitationId = invited->id;
    onValue.coreValue = CoreValue::Collaborative;
    onValue.text = QStringLiteral("Selalu membantu rekan satu tim.");
    REQUIRE(colleagues.addNote(onValue).ok());
    ColleagueRepository::Note general;
    general.invitationId = invited->id;
    general.text = QStringLiteral("Kerja triwulan ini rapi.");
    REQUIRE(colleagues.addNote(general).ok());

    const auto notes = colleagues.notesOn(f.evaluation);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 3);
    CHECK(notes->at(0).workResultId == f.plan.results.first().id);
    CHECK(notes->at(0).text == nastyText(QStringLiteral("note")).trimmed());
    CHECK(notes->at(0).authorName == QStringLiteral("Rina Wati"));
    CHECK(notes->at(1).coreValue == CoreValue::Collaborative);
    CHECK(notes->at(2).workResultId.isNull());
    CHECK_FALSE(notes->at(2).coreValue.has_value());
    // The notes are written by the colleague and travel as the colleague's edits.
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM colleague_feedback WHERE updated_by = ?"),
              {Uuid::toText(f.colleague)})
        == 3);
    CHECK(f.outboxRows(QStringLiteral("colleague_feedback")) == 3);
    // They are not the assessor's feedback.
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM feedback")) == 0);

    REQUIRE(colleagues.removeNote(note->id, f.colleague).ok());
    CHECK(colleagues.notesOn(f.evaluation)->size() == 2);
    CHECK_FALSE(colleagues.removeNote(note->id, f.colleague).ok());
}

TEST_CASE("Invitations refuse oneself, the assessors, unknown people, repeats, and notes without text or on "
          "another SKP's result",
    "[storage][documents][colleagues]")
{
    Fixture f;
    ColleagueRepository colleagues(*f.database);
    const auto before = countRows(*f.database, QStringLiteral("SELECT count(*) FROM outbox"));
    CHECK_FALSE(colleagues.invite(f.evaluation, f.people.employee, {}, f.people.employee).ok());
    const auto assessor = colleagues.invite(f.evaluation, f.people.assessor, {}, f.people.employee);
    REQUIRE_FALSE(assessor.ok());
    CHECK(assessor.error().contains(QStringLiteral("Budi Santoso")));
    CHECK_FALSE(colleagues.invite(f.evaluation, f.people.secondAssessor, {}, f.people.employee).ok());
    CHECK_FALSE(colleagues.invite(f.evaluation, Uuid::createV7(), {}, f.people.employee).ok());
    CHECK_FALSE(colleagues.invite(Uuid::createV7(), f.colleague, {}, f.people.employee).ok());
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM outbox")) == before);

    const auto invited = colleagues.invite(f.evaluation, f.colleague, {}, f.people.employee);
    REQUIRE(invited.ok());
    CHECK_FALSE(colleagues.invite(f.evaluation, f.colleague, {}, f.people.employee).ok());

    ColleagueRepository::Note empty;
    empty.invitationId = invited->id;
    empty.text = QStringLiteral("   ");
    CHECK_FALSE(colleagues.addNote(empty).ok());
    ColleagueRepository::Note both;
    both.invitationId = invited->id;
    both.workResultId = f.plan.results.first().id;
    both.coreValue = CoreValue::Loyal;
    both.text = QStringLiteral("x");
    CHECK_FALSE(colleagues.addNote(both).ok());
    ColleagueRepository::Note elsewhere;
    elsewhere.invitationId = invited->id;
    elsewhere.workResultId = Uuid::createV7();
    elsewhere.text = QStringLiteral("x");
    CHECK_FALSE(colleagues.addNote(elsewhere).ok());
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM colleague_feedback")) == 0);
}

TEST_CASE("A withdrawn invitation takes no more notes and inviting again brings the same row back",
    "[storage][documents][colleagues]")
{
    Fixture f;
    ColleagueRepository colleagues(*f.database);
    const auto invited = colleagues.invite(f.evaluation, f.colleague, QStringLiteral("first"), f.people.employee);
    REQUIRE(invited.ok());
    REQUIRE(colleagues.withdraw(invited->id, f.people.employee).ok());
    CHECK_FALSE(colleagues.withdraw(invited->id, f.people.employee).ok());
    CHECK(colleagues.invitationsOf(f.evaluation)->isEmpty());
    CHECK(colleagues.requestsFor(f.colleague)->isEmpty());
    ColleagueRepository::Note late;
    late.invitationId = invited->id;
    late.text = QStringLiteral("terlambat");
    CHECK_FALSE(colleagues.addNote(late).ok());

    const auto again = colleagues.invite(f.evaluation, f.colleague, QStringLiteral("second"), f.people.employee);
    REQUIRE(again.ok());
    CHECK(again->id == invited->id);
    const auto listed = colleagues.invitationsOf(f.evaluation);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().message == QStringLiteral("second"));
    CHECK(countRows(*f.database, QStringLiteral("SELECT count(*) FROM colleague_invitation")) == 1);
}
