// SPDX-License-Identifier: GPL-3.0-or-later
// The batch view of the assessor's desk (issue 5): a period's team in one grid, rated and finalized in one sitting.
#include "ui/review/TeamRatingPage.h"

#include "core/domain/GradeMatrix.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/review/TeamRatingModel.h"
#include "ui/settings/AppSettings.h"

#include <QDir>
#include <QPushButton>
#include <QTableView>

using namespace kinerja;

namespace {

/// The demo's assessor with the largest team in one period, signed in, with ten of that team's evaluations of the
/// period submitted and not rated yet.
class TeamFixture : public test::DemoSessionFixture
{
public:
    TeamFixture()
    {
        const auto db = session.database().connection();
        QSqlQuery query(db);
        REQUIRE(sql::exec(query,
            QStringLiteral("SELECT p.assessor_id, e.period_id, a.name FROM evaluation AS e "
                           "JOIN performance_plan AS p ON p.id = e.plan_id JOIN employee AS a ON a.id = p.assessor_id "
                           "WHERE e.deleted = 0 AND p.deleted = 0 GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1"),
            {}, "find the largest team"));
        REQUIRE(query.next());
        assessorId = Uuid::fromText(query.value(0).toString());
        periodId = Uuid::fromText(query.value(1).toString());
        QSqlQuery members(db);
        REQUIRE(sql::exec(members,
            QStringLiteral("SELECT e.id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                           "WHERE e.deleted = 0 AND p.deleted = 0 AND p.assessor_id = ? AND e.period_id = ? "
                           "ORDER BY p.employee_name COLLATE NOCASE LIMIT 10"),
            {Uuid::toText(assessorId), Uuid::toText(periodId)}, "the team"));
        while (members.next()) {
            ten.append(Uuid::fromText(members.value(0).toString()));
        }
        REQUIRE(ten.size() == 10);
        for (const auto& id : std::as_const(ten)) {
            REQUIRE(sql::exec(db,
                QStringLiteral("UPDATE evaluation SET status = 'evaluation.submitted', result_rating = NULL, "
                               "behavior_rating = NULL, grade = NULL WHERE id = ?"),
                {Uuid::toText(id)}, "submit"));
        }
        Session::User user;
        user.employeeId = assessorId;
        user.name = query.value(2).toString();
        REQUIRE(session.signIn(user).ok());
    }

    EvaluationRepository::StoredEvaluation load(const QUuid& id) const
    {
        auto loaded = EvaluationRepository(session.database()).load(id);
        REQUIRE(loaded.ok());
        return *loaded;
    }

    void showPeriod(TeamRatingPage& page) const
    {
        page.reload();
        for (int i = 0; i < page.periods().size(); ++i) {
            if (page.periods().at(i).id == periodId) {
                page.setPeriodIndex(i);
                return;
            }
        }
        FAIL("the period is not offered");
    }

    int rowOf(const TeamRatingPage& page, const QUuid& evaluationId) const
    {
        const auto& members = page.model()->members();
        for (int row = 0; row < members.size(); ++row) {
            if (members.at(row).evaluationId == evaluationId) {
                return row;
            }
        }
        return -1;
    }

    QUuid assessorId;
    QUuid periodId;
    QList<QUuid> ten;
};

} // namespace

TEST_CASE_METHOD(
    TeamFixture, "The assessor rates ten in the grid and finalizes the ten in one sitting", "[ui][review][team]")
{
    TeamRatingPage page(session);
    showPeriod(page);
    REQUIRE(page.model()->rowCount() >= 10);

    // choose those waiting for a rating: exactly the ten
    auto* choose = page.findChild<QPushButton*>(QStringLiteral("chooseToRateButton"));
    REQUIRE(choose);
    choose->click();
    const auto chosen = page.model()->checkedRows();
    REQUIRE(chosen.size() == 10);
    for (const int row : chosen) {
        CHECK(ten.contains(page.model()->members().at(row).evaluationId));
    }

    // one rating for all of them, then one of them set in its own row: the predikat follows live
    page.setRatingsOfChosen(Rating::AsExpected, Rating::AsExpected);
    const int special = rowOf(page, ten.at(3));
    REQUIRE(special >= 0);
    auto* model = page.model();
    REQUIRE(model->setData(model->index(special, TeamRatingModel::ResultColumn), codeName(Rating::AboveExpectation)));
    CHECK(model->data(model->index(special, TeamRatingModel::GradeColumn)).toString()
        == officialName(GradeMatrix::grade(Rating::AboveExpectation, Rating::AsExpected)));
    CHECK(load(ten.at(3)).resultRating == std::nullopt); // nothing stored before the batch

    auto* rate = page.findChild<QPushButton*>(QStringLiteral("rateChosenButton"));
    REQUIRE(rate);
    REQUIRE(rate->isEnabled());
    rate->click();
    for (const auto& id : std::as_const(ten)) {
        const auto stored = load(id);
        CHECK(stored.status == WorkflowState::EvaluationRated);
        CHECK(stored.grade
            == GradeMatrix::grade(id == ten.at(3) ? Rating::AboveExpectation : Rating::AsExpected, Rating::AsExpected));
        const int row = rowOf(page, id);
        REQUIRE(row >= 0);
        CHECK(model->data(model->index(row, TeamRatingModel::OutcomeColumn)).toString() == TeamRatingPage::tr("Rated"));
    }

    // finalize: asked first; "No" changes nothing
    page.findChild<QPushButton*>(QStringLiteral("chooseToFinalizeButton"))->click();
    const auto rated = page.model()->checkedRows();
    REQUIRE(rated.size() >= 10);
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK(page.finalizeChosen() == 0);
    CHECK(load(ten.at(0)).status == WorkflowState::EvaluationRated);
    // only the ten: the others rated before stay as they are
    page.model()->checkWhere([this](const AssessorTeam::Member& member) { return ten.contains(member.evaluationId); });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(page.finalizeChosen() == 10);
    for (const auto& id : std::as_const(ten)) {
        CHECK(load(id).status == WorkflowState::EvaluationFinalized);
    }
    CHECK(page.errorText().isEmpty());
}

TEST_CASE_METHOD(
    TeamFixture, "A row without both ratings is refused in the grid and the other rows are rated", "[ui][review][team]")
{
    TeamRatingPage page(session);
    showPeriod(page);
    auto* model = page.model();
    model->checkWhere([this](const AssessorTeam::Member& member) { return ten.contains(member.evaluationId); });
    page.setRatingsOfChosen(Rating::BelowExpectation, Rating::AsExpected);
    const int missing = rowOf(page, ten.at(0));
    model->setRatings(missing, Rating::BelowExpectation, std::nullopt);

    CHECK(page.rateChosen() == 9);
    CHECK_FALSE(page.errorText().isEmpty());
    const auto refused = load(ten.at(0));
    CHECK(refused.status == WorkflowState::EvaluationSubmitted);
    CHECK_FALSE(refused.resultRating.has_value());
    const int row = rowOf(page, ten.at(0));
    CHECK_FALSE(model->data(model->index(row, TeamRatingModel::OutcomeColumn)).toString().isEmpty());
    // the refused row keeps what was chosen for it, and stays chosen
    CHECK(model->resultRating(row) == Rating::BelowExpectation);
    CHECK(model->isChecked(row));
    CHECK(load(ten.at(1)).grade == GradeMatrix::grade(Rating::BelowExpectation, Rating::AsExpected));
}

TEST_CASE_METHOD(TeamFixture, "Someone who assesses nobody sees an empty team", "[ui][review][team]")
{
    const auto employee = sql::scalar(session.database().connection(),
        QStringLiteral("SELECT employee_id FROM performance_plan WHERE employee_id NOT IN "
                       "(SELECT assessor_id FROM performance_plan WHERE assessor_id IS NOT NULL) LIMIT 1"),
        {}, "someone who assesses nobody");
    Session::User user;
    user.employeeId = Uuid::fromText(employee.toString());
    user.name = QStringLiteral("Staf");
    REQUIRE(session.signIn(user).ok());
    TeamRatingPage page(session);
    page.reload();
    CHECK(page.periods().isEmpty());
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(page.summaryText().isEmpty());
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("rateChosenButton"))->isEnabled());
}

// Run on demand: ui_tests "[team-screenshots]"
TEST_CASE_METHOD(TeamFixture, "Screenshots of the team ratings", "[.team-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        AppSettings settings;
        MainWindow window(session, settings);
        window.resize(1366, 768);
        REQUIRE(window.showPage(QStringLiteral("teamRatingPage")));
        auto* page = window.findChild<TeamRatingPage*>(QStringLiteral("teamRatingPage"));
        window.show();
        showPeriod(*page);
        page->chooseWaiting(WorkflowState::EvaluationSubmitted);
        page->setRatingsOfChosen(Rating::AsExpected, Rating::AsExpected);
        page->model()->setRatings(0, Rating::AboveExpectation, Rating::AboveExpectation);
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/team-%1.png").arg(language)));
    }
}
