// SPDX-License-Identifier: GPL-3.0-or-later
// Invited colleagues in the window (issue 5, "Colleagues"): the employee's Colleagues tab of an evaluation and the
// colleague's "Feedback for colleagues" page, driven through their real widgets on the demo database.
#include "core/storage/ColleagueRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/colleague/ColleagueNoteModel.h"
#include "ui/colleague/ColleaguePage.h"
#include "ui/colleague/ColleaguePanel.h"
#include "ui/colleague/InviteColleagueDialog.h"
#include "ui/evaluation/EvaluationsPage.h"
#include "ui/evaluation/RealizationModel.h"
#include "ui/settings/AppSettings.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace kinerja;

namespace {

/// The demo with one of its invitations: the employee who invited, the colleague, the evaluation (open, filled).
class ColleagueFixture : public test::DemoSessionFixture
{
public:
    ColleagueFixture()
    {
        const auto db = session.database().connection();
        QSqlQuery query(db);
        REQUIRE(sql::exec(query,
            QStringLiteral("SELECT i.id, i.evaluation_id, i.colleague_id, p.employee_id, p.employee_name, "
                           "p.employee_nip, c.name FROM colleague_invitation AS i "
                           "JOIN evaluation AS e ON e.id = i.evaluation_id "
                           "JOIN performance_plan AS p ON p.id = e.plan_id JOIN employee AS c ON c.id = i.colleague_id "
                           "WHERE i.deleted = 0 AND e.status = 'evaluation.submitted' ORDER BY i.id LIMIT 1"),
            {}, "find a demo invitation"));
        REQUIRE(query.next());
        invitationId = Uuid::fromText(query.value(0).toString());
        evaluationId = Uuid::fromText(query.value(1).toString());
        colleagueId = Uuid::fromText(query.value(2).toString());
        employeeId = Uuid::fromText(query.value(3).toString());
        employeeName = query.value(4).toString();
        employeeNip = query.value(5).toString();
        colleagueName = query.value(6).toString();
        // a day inside the evaluation's period's entry window
        session.setToday(EvaluationRepository(session.database()).load(evaluationId)->period.end.addDays(2));
    }

    void signInAs(const QUuid& id, const QString& name)
    {
        Session::User user;
        user.employeeId = id;
        user.name = name;
        REQUIRE(session.signIn(user).ok());
    }

    int liveInvitations() const
    {
        return sql::scalar(session.database().connection(),
            QStringLiteral("SELECT count(*) FROM colleague_invitation WHERE evaluation_id = ? AND deleted = 0"),
            {Uuid::toText(evaluationId)}, "count invitations")
            .toInt();
    }

    QUuid invitationId;
    QUuid evaluationId;
    QUuid colleagueId;
    QUuid employeeId;
    QString employeeName;
    QString employeeNip;
    QString colleagueName;
};

} // namespace

TEST_CASE_METHOD(
    ColleagueFixture, "The employee invites a colleague of the unit and withdraws the invitation", "[ui][colleagues]")
{
    signInAs(employeeId, employeeName);
    EvaluationsPage page(session);
    page.reload();
    REQUIRE(page.selectEvaluation(evaluationId));
    auto* panel = page.colleaguePanel();
    REQUIRE(panel->invitations().size() == 1);
    CHECK(panel->invitations().first().colleagueId == colleagueId);
    // the demo colleague's notes are shown, read-only
    const auto notes = ColleagueRepository(session.database()).notesOn(evaluationId);
    CHECK(panel->noteModel()->rowCount() == notes->size());

    const auto candidates = panel->candidates();
    REQUIRE_FALSE(candidates.isEmpty());
    const auto plan =
        PlanRepository(session.database()).load(EvaluationRepository(session.database()).load(evaluationId)->planId);
    for (const auto& record : candidates) {
        CHECK(record.employee.id != employeeId);
        CHECK(record.employee.id != colleagueId); // already invited
        CHECK(record.employee.id != plan->plan.assessorId);
    }
    auto* invite = test::child<QPushButton>(page, "inviteButton");
    CHECK(invite->isEnabled());

    // the dialog finds people by name
    InviteColleagueDialog dialog(candidates, QStringLiteral("TRIWULAN II"));
    const auto& chosen = candidates.first().employee;
    dialog.setFilter(chosen.name.left(4));
    CHECK(dialog.visibleCount() >= 1);
    CHECK(dialog.visibleCount() < candidates.size() + 1);
    dialog.setFilter(QStringLiteral("zzzz-nobody"));
    CHECK(dialog.visibleCount() == 0);
    CHECK(dialog.colleagueId().isNull());
    dialog.setFilter({});
    REQUIRE(dialog.choose(chosen.id));
    dialog.setMessage(QStringLiteral("Mohon masukan untuk laporan bulanan."));
    CHECK(dialog.colleagueId() == chosen.id);

    REQUIRE(panel->invite(dialog.colleagueId(), dialog.message()));
    CHECK(liveInvitations() == 2);
    CHECK(panel->invitations().size() == 2);
    // the same person twice is refused with the reason, nothing stored
    CHECK_FALSE(panel->invite(chosen.id, {}));
    CHECK(panel->errorText().contains(chosen.fullName()));
    CHECK(liveInvitations() == 2);

    REQUIRE(panel->selectInvitationOf(chosen.id));
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(panel->withdrawSelected());
    CHECK(liveInvitations() == 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(panel->withdrawSelected());
    CHECK(liveInvitations() == 1);
    CHECK(panel->invitations().size() == 1);
}

TEST_CASE_METHOD(ColleagueFixture, "Nobody invites on a finalized evaluation or on someone else's", "[ui][colleagues]")
{
    signInAs(employeeId, employeeName);
    const auto db = session.database().connection();
    REQUIRE(sql::exec(db, QStringLiteral("UPDATE evaluation SET status = 'evaluation.finalized' WHERE id = ?"),
        {Uuid::toText(evaluationId)}, "finalize"));
    EvaluationsPage page(session);
    page.reload();
    REQUIRE(page.selectEvaluation(evaluationId));
    auto* panel = page.colleaguePanel();
    CHECK_FALSE(test::child<QPushButton>(page, "inviteButton")->isEnabled());
    const auto candidates = panel->candidates();
    REQUIRE_FALSE(candidates.isEmpty());
    CHECK_FALSE(panel->invite(candidates.first().employee.id, {}));
    CHECK_FALSE(panel->errorText().isEmpty());
    CHECK(liveInvitations() == 1);
}

TEST_CASE_METHOD(
    ColleagueFixture, "The colleague reads the period's work and writes and removes notes", "[ui][colleagues]")
{
    signInAs(colleagueId, colleagueName);
    ColleaguePage page(session);
    page.reload();
    REQUIRE_FALSE(page.requests().isEmpty());
    REQUIRE(page.showRequest(invitationId));
    CHECK(page.canWrite());
    CHECK(page.realizationModel()->rowCount() > 0);
    CHECK_FALSE(page.realizationModel()->flags(page.realizationModel()->index(0, 0)) & Qt::ItemIsEditable);
    const auto before = page.noteModel()->rowCount();

    const auto evaluation = EvaluationRepository(session.database()).load(evaluationId);
    const auto plan = PlanRepository(session.database()).load(evaluation->planId);
    const auto result = plan->plan.results.first().id;
    REQUIRE(page.setNoteSubject(result.toString()));
    page.setNoteText(QStringLiteral("   "));
    CHECK_FALSE(test::child<QPushButton>(page, "addNoteButton")->isEnabled());
    page.setNoteText(QStringLiteral("Laporan selalu rapi dan tepat waktu."));
    REQUIRE(page.addNote());
    REQUIRE(page.noteModel()->rowCount() == before + 1);
    const auto stored = ColleagueRepository(session.database()).notesOn(evaluationId);
    const auto added = std::find_if(stored->cbegin(), stored->cend(),
        [](const auto& note) { return note.text == QStringLiteral("Laporan selalu rapi dan tepat waktu."); });
    REQUIRE(added != stored->cend());
    CHECK(added->workResultId == result);
    CHECK(added->invitationId == invitationId);
    REQUIRE(page.setNoteSubject(QStringLiteral("value:kolaboratif")));
    page.setNoteText(QStringLiteral("Mudah diajak bekerja sama."));
    REQUIRE(page.addNote());
    CHECK(page.noteModel()->rowCount() == before + 2);

    REQUIRE(page.selectNote(page.noteModel()->rowCount() - 1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.removeSelectedNote());
    CHECK(page.noteModel()->rowCount() == before + 1);

    // once the evaluation is finalized, the notes stay but no more can be written
    REQUIRE(sql::exec(session.database().connection(),
        QStringLiteral("UPDATE evaluation SET status = 'evaluation.finalized' WHERE id = ?"),
        {Uuid::toText(evaluationId)}, "finalize"));
    page.reload();
    CHECK_FALSE(page.canWrite());
    page.setNoteText(QStringLiteral("Terlambat"));
    CHECK_FALSE(page.addNote());
    CHECK_FALSE(page.errorText().isEmpty());
    CHECK(ColleagueRepository(session.database()).notesOn(evaluationId)->size() == stored->size());
}

TEST_CASE_METHOD(ColleagueFixture, "Someone nobody invited sees no requests", "[ui][colleagues]")
{
    // the employee, after every invitation naming them was withdrawn
    REQUIRE(sql::exec(session.database().connection(),
        QStringLiteral("UPDATE colleague_invitation SET deleted = 1 WHERE colleague_id = ?"),
        {Uuid::toText(employeeId)}, "withdraw"));
    signInAs(employeeId, employeeName);
    ColleaguePage page(session);
    page.reload();
    CHECK(page.requests().isEmpty());
    CHECK(test::child<QLabel>(page, "emptyLabel")->text().startsWith(QStringLiteral("Nobody has asked you")));
}

namespace {

void shoot(QWidget& widget, const QString& name, const QString& language)
{
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(QStringLiteral("/tmp/shots/colleague-%1-%2.png").arg(name, language)));
}

} // namespace

// Run on demand: ui_tests "[colleague-screenshots]"
TEST_CASE_METHOD(ColleagueFixture, "Screenshots of the colleague screens", "[.colleague-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    // what the colleague wrote so far
    const auto evaluation = EvaluationRepository(session.database()).load(evaluationId);
    const auto plan = PlanRepository(session.database()).load(evaluation->planId);
    ColleagueRepository::Note onResult;
    onResult.invitationId = invitationId;
    onResult.workResultId = plan->plan.results.first().id;
    onResult.text = QStringLiteral("Modul ajar yang disusun bersama tim MGMP selalu selesai lebih awal dan dipakai "
                                   "guru lain sebagai contoh.");
    REQUIRE(ColleagueRepository(session.database()).addNote(onResult).ok());
    ColleagueRepository::Note onValue;
    onValue.invitationId = invitationId;
    onValue.coreValue = CoreValue::Collaborative;
    onValue.text = QStringLiteral("Mudah diajak bekerja sama dan terbuka terhadap masukan.");
    REQUIRE(ColleagueRepository(session.database()).addNote(onValue).ok());
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        {
            signInAs(employeeId, employeeName);
            AppSettings settings;
            MainWindow window(session, settings);
            window.resize(1366, 768);
            REQUIRE(window.showPage(QStringLiteral("evaluationsPage")));
            auto* page = window.findChild<EvaluationsPage*>(QStringLiteral("evaluationsPage"));
            window.show();
            page->reload();
            REQUIRE(page->selectEvaluation(evaluationId));
            test::child<QTabWidget>(*page, "evaluationTabWidget")->setCurrentWidget(page->colleaguePanel());
            test::settle();
            shoot(window, QStringLiteral("tab"), language);
            InviteColleagueDialog dialog(page->colleaguePanel()->candidates(), QStringLiteral("TRIWULAN II"), &window);
            dialog.show();
            dialog.choose(page->colleaguePanel()->candidates().value(1).employee.id);
            dialog.setMessage(QStringLiteral("Mohon masukan atas laporan bulanan triwulan ini."));
            test::settle();
            shoot(dialog, QStringLiteral("invite"), language);
        }
        {
            signInAs(colleagueId, colleagueName);
            AppSettings settings;
            MainWindow window(session, settings);
            window.resize(1366, 768);
            REQUIRE(window.showPage(QStringLiteral("colleaguePage")));
            auto* page = window.findChild<ColleaguePage*>(QStringLiteral("colleaguePage"));
            window.show();
            page->reload();
            REQUIRE(page->showRequest(invitationId));
            page->setNoteText(QStringLiteral("Koordinasi dengan bidang lain berjalan baik."));
            test::settle();
            shoot(window, QStringLiteral("page"), language);
        }
    }
}
