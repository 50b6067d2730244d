// SPDX-License-Identifier: GPL-3.0-or-later
// The assessor's desk (issue 5, "Assessor"): the review queue, approving and returning an SKP, rating and finalizing
// an evaluation, through the real widgets on the demo database.
#include "ui/review/ReviewPage.h"

#include "core/domain/GradeMatrix.h"
#include "core/domain/PerformanceGrade.h"
#include "core/storage/ColleagueRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/ObjectionRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/colleague/ColleagueNoteModel.h"
#include "ui/evaluation/FeedbackModel.h"
#include "ui/review/ExpectationEditor.h"
#include "ui/review/FeedbackEditor.h"
#include "ui/review/PhraseBook.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/settings/AppSettings.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace kinerja;

namespace {

/// The demo's assessor with the most SKPs waiting, signed in.
class ReviewFixture : public test::DemoSessionFixture
{
public:
    ReviewFixture()
    {
        QSqlQuery query(session.database().connection());
        REQUIRE(sql::exec(query,
            QStringLiteral("SELECT a.id, a.name FROM performance_plan AS p JOIN employee AS a ON a.id = p.assessor_id "
                           "WHERE p.status = 'plan.submitted' AND p.deleted = 0 GROUP BY a.id "
                           "ORDER BY count(*) DESC, a.id LIMIT 1"),
            {}, "find an assessor"));
        REQUIRE(query.next());
        assessorId = Uuid::fromText(query.value(0).toString());
        Session::User user;
        user.employeeId = assessorId;
        user.name = query.value(1).toString();
        REQUIRE(session.signIn(user).ok());
        session.setToday(QDate(QDate::currentDate().year(), 7, 20));
    }

    QString status(const QString& table, const QUuid& id) const
    {
        return sql::scalar(session.database().connection(),
            QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {Uuid::toText(id)}, "status")
            .toString();
    }

    std::optional<ReviewQueue::Item> firstOf(const ReviewPage& page, ReviewQueue::Kind kind) const
    {
        for (const auto& item : page.queueModel()->items()) {
            if (item.kind == kind) {
                return item;
            }
        }
        return std::nullopt;
    }

    QUuid assessorId;
};

} // namespace

TEST_CASE_METHOD(ReviewFixture, "The review queue shows what waits, with counts and filters", "[ui][review]")
{
    ReviewPage page(session);
    page.reload();
    const auto queue = ReviewQueue(session.database()).waitingFor(assessorId, session.today());
    REQUIRE(queue.ok());
    const auto counts = ReviewQueue::count(*queue);
    REQUIRE(counts.plans > 0);
    CHECK(page.queueModel()->rowCount() == counts.plans + counts.toRate + counts.toFinalize);
    CHECK(page.countsText().contains(QString::number(counts.plans)));
    CHECK(page.currentItem().has_value()); // the oldest is open beside the queue

    page.setKindFilter(ReviewQueue::Kind::PlanToApprove);
    CHECK(page.visibleCount() == counts.plans);
    page.setKindFilter(ReviewQueue::Kind::EvaluationToRate);
    CHECK(page.visibleCount() == counts.toRate);
    page.setKindFilter(std::nullopt);
    const auto someone = page.queueModel()->items().constLast();
    page.setSearch(someone.employeeNip);
    CHECK(page.visibleCount() >= 1);
    CHECK(page.visibleCount() < page.queueModel()->rowCount());
    page.setSearch(QStringLiteral("nobody-by-this-name"));
    CHECK(page.visibleCount() == 0);
    CHECK_FALSE(page.currentItem().has_value());
}

TEST_CASE_METHOD(ReviewFixture, "An SKP is approved, or returned only with a reason", "[ui][review]")
{
    ReviewPage page(session);
    page.reload();
    const auto plans = ReviewQueue::count(page.queueModel()->items()).plans;
    REQUIRE(plans >= 1);
    const auto plan = firstOf(page, ReviewQueue::Kind::PlanToApprove);
    REQUIRE(page.selectDocument(plan->documentId));
    CHECK(test::child<QPushButton>(page, "approveButton")->isEnabled());

    SECTION("approve")
    {
        REQUIRE(page.approvePlan());
        CHECK(status(QStringLiteral("performance_plan"), plan->documentId) == QStringLiteral("plan.approved"));
        CHECK(ReviewQueue::count(page.queueModel()->items()).plans == plans - 1);
    }
    SECTION("return")
    {
        CHECK_FALSE(page.returnDocument(QStringLiteral("  ")));
        CHECK_FALSE(page.errorText().isEmpty());
        CHECK(status(QStringLiteral("performance_plan"), plan->documentId) == QStringLiteral("plan.submitted"));
        REQUIRE(page.returnDocument(QStringLiteral("Indikator 1.1 belum terukur.")));
        CHECK(status(QStringLiteral("performance_plan"), plan->documentId) == QStringLiteral("plan.returned"));
        CHECK(sql::scalar(session.database().connection(),
                  QStringLiteral("SELECT return_note FROM performance_plan WHERE id = ?"),
                  {Uuid::toText(plan->documentId)}, "note")
                  .toString()
            == QStringLiteral("Indikator 1.1 belum terukur."));
    }
}

TEST_CASE_METHOD(ReviewFixture, "An evaluation is rated with the grade from the matrix, then finalized", "[ui][review]")
{
    ReviewPage page(session);
    page.reload();
    const auto item = firstOf(page, ReviewQueue::Kind::EvaluationToRate);
    REQUIRE(item);
    REQUIRE(page.selectDocument(item->documentId));

    // both ratings are required
    page.setRatings(Rating::AboveExpectation, std::nullopt, {});
    CHECK(page.gradeText() == QStringLiteral("\u2014"));
    CHECK_FALSE(page.rateEvaluation());
    CHECK(status(QStringLiteral("evaluation"), item->documentId) == QStringLiteral("evaluation.submitted"));

    page.setRatings(Rating::AboveExpectation, Rating::AsExpected, QStringLiteral("Pertahankan."));
    CHECK(page.gradeText() == officialName(GradeMatrix::grade(Rating::AboveExpectation, Rating::AsExpected)));
    REQUIRE(page.rateEvaluation());
    CHECK(status(QStringLiteral("evaluation"), item->documentId) == QStringLiteral("evaluation.rated"));
    auto stored = EvaluationRepository(session.database()).load(item->documentId);
    CHECK(stored->resultRating == Rating::AboveExpectation);
    CHECK(stored->behaviorRating == Rating::AsExpected);
    CHECK(stored->grade == GradeMatrix::grade(Rating::AboveExpectation, Rating::AsExpected));
    CHECK(stored->note == QStringLiteral("Pertahankan."));

    // now it waits to be finalized, and is finalized from the same place
    REQUIRE(page.selectDocument(item->documentId));
    CHECK(page.currentItem()->kind == ReviewQueue::Kind::EvaluationToFinalize);
    REQUIRE(page.finalizeEvaluation());
    CHECK(status(QStringLiteral("evaluation"), item->documentId) == QStringLiteral("evaluation.finalized"));
    CHECK_FALSE(page.selectDocument(item->documentId));
}

TEST_CASE_METHOD(ReviewFixture, "Someone nobody waits for sees an empty queue", "[ui][review]")
{
    REQUIRE(sql::exec(session.database().connection(),
        QStringLiteral("UPDATE performance_plan SET assessor_id = NULL WHERE assessor_id = ?"),
        {Uuid::toText(assessorId)}, "clear"));
    ReviewPage page(session);
    page.reload();
    CHECK(page.queueModel()->rowCount() == 0);
    CHECK(test::child<QLabel>(page, "emptyLabel")->text().startsWith(QStringLiteral("Nothing is waiting for you")));
}

TEST_CASE("The assessor reads what invited colleagues wrote beside the evaluation", "[ui][review][colleagues]")
{
    test::DemoSessionFixture fixture;
    auto& session = fixture.session;
    QSqlQuery query(session.database().connection());
    REQUIRE(sql::exec(query,
        QStringLiteral("SELECT e.id, p.assessor_id FROM colleague_feedback AS f "
                       "JOIN colleague_invitation AS i ON i.id = f.invitation_id "
                       "JOIN evaluation AS e ON e.id = i.evaluation_id JOIN performance_plan AS p ON p.id = e.plan_id "
                       "WHERE e.status = 'evaluation.submitted' AND f.deleted = 0 ORDER BY e.id LIMIT 1"),
        {}, "find an evaluation with colleague notes"));
    REQUIRE(query.next());
    const auto evaluationId = Uuid::fromText(query.value(0).toString());
    Session::User user;
    user.employeeId = Uuid::fromText(query.value(1).toString());
    user.name = QStringLiteral("Penilai");
    REQUIRE(session.signIn(user).ok());
    session.setToday(QDate(QDate::currentDate().year(), 7, 20));

    ReviewPage page(session);
    page.reload();
    REQUIRE(page.selectDocument(evaluationId));
    const auto notes = ColleagueRepository(session.database()).notesOn(evaluationId);
    REQUIRE_FALSE(notes->isEmpty());
    CHECK(page.colleagueNotes()->rowCount() == notes->size());
    CHECK(page.colleagueNotes()->index(0, ColleagueNoteModel::TextColumn).data().toString() == notes->first().text);
    CHECK(test::child<QTabWidget>(page, "reviewEvaluationTabs")->tabText(1).contains(QString::number(notes->size())));
}

namespace {

/// An objection filed three days after the newest finalization of the demo, its Atasan Pejabat Penilai Kinerja signed
/// in on that day. Answers the objection's id.
QUuid objectionWaitingForSecondAssessor(Session& session)
{
    // a finalized evaluation of this year whose plan names a second assessor; its employee objects three days later
    QSqlQuery query(session.database().connection());
    REQUIRE(sql::exec(query,
        QStringLiteral("SELECT e.id, p.employee_id, p.second_assessor_id, e.finalized_at FROM evaluation AS e "
                       "JOIN performance_plan AS p ON p.id = e.plan_id WHERE e.status = 'evaluation.finalized' "
                       "AND p.second_assessor_id IS NOT NULL AND p.second_assessor_id <> p.employee_id "
                       "ORDER BY e.finalized_at DESC, e.id LIMIT 1"),
        {}, "find a finalized evaluation"));
    REQUIRE(query.next());
    const auto evaluationId = Uuid::fromText(query.value(0).toString());
    const auto employeeId = Uuid::fromText(query.value(1).toString());
    const auto secondId = Uuid::fromText(query.value(2).toString());
    const auto filedOn =
        QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs).toLocalTime().date().addDays(3);
    session.setToday(filedOn);
    const auto objectionId =
        ObjectionRepository(session.database())
            .file(evaluationId, employeeId, QStringLiteral("Realisasi Maret belum dihitung."), filedOn);
    REQUIRE(objectionId.ok());
    Session::User user;
    user.employeeId = secondId;
    user.name = QStringLiteral("Atasan");
    REQUIRE(session.signIn(user).ok());

    return *objectionId;
}

} // namespace

TEST_CASE("The Atasan Pejabat Penilai Kinerja decides an objection, only with a reason", "[ui][review]")
{
    test::DemoSessionFixture fixture;
    auto& session = fixture.session;
    const auto objectionId = objectionWaitingForSecondAssessor(session);
    ReviewPage page(session);
    page.reload();
    page.setKindFilter(ReviewQueue::Kind::ObjectionToDecide);
    REQUIRE(page.selectDocument(objectionId));
    CHECK(test::child<QLabel>(page, "objectionLabel")->text().contains(QStringLiteral("Realisasi Maret")));
    CHECK(test::child<QPushButton>(page, "decideButton")->isEnabled());
    CHECK_FALSE(page.decideObjection(ObjectionOutcome::Confirmed, QStringLiteral(" ")));
    CHECK_FALSE(page.errorText().isEmpty());
    const auto status = [&] {
        return sql::scalar(session.database().connection(), QStringLiteral("SELECT status FROM objection WHERE id = ?"),
            {Uuid::toText(objectionId)}, "status")
            .toString();
    };
    CHECK(status() == QStringLiteral("objection.filed"));

    page.setRatings(Rating::AboveExpectation, Rating::AboveExpectation, {});
    REQUIRE(page.decideObjection(ObjectionOutcome::Changed, QStringLiteral("Realisasi Maret sudah diperiksa.")));
    CHECK(status() == QStringLiteral("objection.decided"));
    const auto decided = ObjectionRepository(session.database()).load(objectionId);
    CHECK(decided->decision == ObjectionOutcome::Changed);
    CHECK(decided->newResultRating == Rating::AboveExpectation);
    CHECK(decided->newGrade == GradeMatrix::grade(Rating::AboveExpectation, Rating::AboveExpectation));
    CHECK(decided->decisionNote == QStringLiteral("Realisasi Maret sudah diperiksa."));
    CHECK_FALSE(page.selectDocument(objectionId));
}

// Run on demand: ui_tests "[review-screenshots]"
TEST_CASE("Screenshots of an objection in the review queue", "[.review-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    test::DemoSessionFixture fixture;
    const auto objectionId = objectionWaitingForSecondAssessor(fixture.session);
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        AppSettings settings;
        MainWindow window(fixture.session, settings);
        window.resize(1366, 768);
        REQUIRE(window.showPage(QStringLiteral("reviewPage")));
        auto* page = window.findChild<ReviewPage*>(QStringLiteral("reviewPage"));
        window.show();
        page->reload();
        REQUIRE(page->selectDocument(objectionId));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/review-objection-%1.png").arg(language)));
    }
}

TEST_CASE_METHOD(ReviewFixture, "Screenshots of the review queue", "[.review-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        AppSettings settings;
        MainWindow window(session, settings);
        window.resize(1366, 768);
        REQUIRE(window.showPage(QStringLiteral("reviewPage")));
        auto* page = window.findChild<ReviewPage*>(QStringLiteral("reviewPage"));
        window.show();
        page->reload();
        const auto item = firstOf(*page, ReviewQueue::Kind::EvaluationToRate);
        REQUIRE(item);
        REQUIRE(page->selectDocument(item->documentId));
        page->setRatings(Rating::AsExpected, Rating::AboveExpectation, QStringLiteral("Tingkatkan ketepatan waktu."));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/review-evaluation-%1.png").arg(language)));
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("reviewEvaluationTabs"));
        REQUIRE(tabs);
        tabs->setCurrentWidget(page->feedbackEditor());
        page->feedbackEditor()->addFeedback(0, QStringLiteral("Realisasi sudah sesuai target; pertahankan."));
        page->feedbackEditor()
            ->findChild<QPlainTextEdit*>(QStringLiteral("feedbackTextEdit"))
            ->setPlainText(QStringLiteral("Lengkapi bukti dukung kegiatan bulan Juni."));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/review-feedback-%1.png").arg(language)));
        const auto plan = firstOf(*page, ReviewQueue::Kind::PlanToApprove);
        REQUIRE(plan);
        REQUIRE(page->selectDocument(plan->documentId));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/review-plan-%1.png").arg(language)));
    }
}

TEST_CASE_METHOD(
    ReviewFixture, "The assessor gives feedback per work result and per core value, with saved phrases", "[ui][review]")
{
    AppSettings().setFeedbackPhrases(assessorId, PhraseBook::starterPhrases()); // a book as new
    ReviewPage page(session);
    page.reload();
    const auto item = firstOf(page, ReviewQueue::Kind::EvaluationToRate);
    REQUIRE(item);
    REQUIRE(page.selectDocument(item->documentId));
    auto* editor = page.feedbackEditor();
    REQUIRE(editor);
    const auto before = EvaluationRepository(session.database()).load(item->evaluationId);
    REQUIRE(before.ok());
    // the choices: the work results of the SKP, then the seven core values
    REQUIRE(editor->aboutCount() > 7);
    const int firstValue = editor->aboutCount() - 7;

    // an empty text is refused and stores nothing
    CHECK_FALSE(editor->addFeedback(0, QStringLiteral("   ")));
    CHECK_FALSE(editor->errorText().isEmpty());

    // a saved phrase goes into the text; the starter phrases are there until the person changes the book
    const auto phrases = editor->phrases();
    REQUIRE_FALSE(phrases.isEmpty());
    editor->insertPhrase(1);
    auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("feedbackTextEdit"));
    REQUIRE(text);
    CHECK(text->toPlainText() == phrases.first());
    REQUIRE(editor->addFeedback(0, text->toPlainText()));
    REQUIRE(editor->addFeedback(firstValue + 6, QStringLiteral("Aktif berbagi informasi dengan tim.")));
    CHECK(text->toPlainText().isEmpty());

    const auto after = EvaluationRepository(session.database()).load(item->evaluationId);
    REQUIRE(after.ok());
    REQUIRE(after->feedback.size() == before->feedback.size() + 2);
    const auto& onResult = after->feedback.at(after->feedback.size() - 2);
    CHECK(onResult.text == phrases.first());
    CHECK(onResult.authorId == assessorId);
    CHECK_FALSE(onResult.workResultId.isNull());
    CHECK(after->feedback.last().coreValue == allCoreValues().at(6));
    CHECK(editor->model()->rowCount() == after->feedback.size());

    // a phrase of one's own is kept for next time
    text->setPlainText(QStringLiteral("Perbaiki format laporan bulanan."));
    CHECK(editor->savePhrase());
    CHECK_FALSE(editor->savePhrase()); // saved already
    CHECK(PhraseBook(assessorId).phrases().contains(QStringLiteral("Perbaiki format laporan bulanan.")));

    // the assessor removes their own line
    REQUIRE(editor->removeFeedback(editor->model()->rowCount() - 1));
    CHECK(EvaluationRepository(session.database()).load(item->evaluationId)->feedback.size()
        == before->feedback.size() + 1);
}

TEST_CASE_METHOD(
    ReviewFixture, "The assessor adds special expectations to a submitted SKP before approving it", "[ui][review]")
{
    ReviewPage page(session);
    page.reload();
    const auto item = firstOf(page, ReviewQueue::Kind::PlanToApprove);
    REQUIRE(item);
    REQUIRE(page.selectDocument(item->documentId));
    auto* editor = page.expectationEditor();
    REQUIRE(editor);
    editor->setText(CoreValue::Accountable, QStringLiteral("Laporan kegiatan tepat waktu."));
    REQUIRE(page.saveExpectations());
    const auto stored = PlanRepository(session.database()).load(item->planId);
    REQUIRE(stored.ok());
    bool found = false;
    for (const auto& expectation : stored->plan.behaviorExpectations) {
        if (expectation.value == CoreValue::Accountable) {
            found = expectation.specialExpectation == QStringLiteral("Laporan kegiatan tepat waktu.");
        }
    }
    CHECK(found);
    // still waiting for approval: the expectations do not approve it
    CHECK(status(QStringLiteral("performance_plan"), item->planId) == QStringLiteral("plan.submitted"));
    REQUIRE(page.approvePlan());
    CHECK(status(QStringLiteral("performance_plan"), item->planId) == QStringLiteral("plan.approved"));
}
