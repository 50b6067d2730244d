// SPDX-License-Identifier: GPL-3.0-or-later
// The team matrix of the assessor's desk (issue 5): the matriks peran hasil on the demo database.
#include "ui/review/TeamMatrixPage.h"

#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/review/TeamMatrixModel.h"
#include "ui/settings/AppSettings.h"

#include <QDir>

using namespace kinerja;

namespace {

/// The demo's assessor whose people's results cascade most often from the assessor's own, signed in.
QUuid signInBusiestAssessor(test::DemoSessionFixture& fixture)
{
    const auto id = sql::scalar(fixture.session.database().connection(),
        QStringLiteral("SELECT p.assessor_id FROM work_result AS r JOIN performance_plan AS p ON p.id = r.plan_id "
                       "WHERE r.parent_result_id IS NOT NULL AND r.deleted = 0 AND p.deleted = 0 "
                       "GROUP BY p.assessor_id ORDER BY count(*) DESC, 1 LIMIT 1"),
        {}, "find an assessor");
    REQUIRE_FALSE(id.isNull());
    Session::User user;
    user.employeeId = Uuid::fromText(id.toString());
    user.name = QStringLiteral("Penilai");
    REQUIRE(fixture.session.signIn(user).ok());
    return user.employeeId;
}

int demoYear(test::DemoSessionFixture& fixture)
{
    return sql::scalar(fixture.session.database().connection(),
        QStringLiteral("SELECT max(year) FROM performance_plan WHERE deleted = 0"), {}, "year")
        .toInt();
}

} // namespace

TEST_CASE(
    "The team matrix shows the people's results under the assessor's results they cascade from", "[ui][review][team]")
{
    test::DemoSessionFixture fixture;
    const auto assessor = signInBusiestAssessor(fixture);
    TeamMatrixPage page(fixture.session);
    page.setYear(demoYear(fixture));
    auto* model = page.model();
    const auto& matrix = model->matrix();
    REQUIRE_FALSE(matrix.rows.isEmpty());
    CHECK(matrix.people > 0);

    // every child under a result of the assessor names that result as its parent, in the database
    int children = 0;
    for (int row = 0; row < static_cast<int>(matrix.rows.size()); ++row) {
        const auto parent = model->index(row, TeamMatrixModel::ResultColumn);
        REQUIRE(model->rowCount(parent) == matrix.rows.at(row).carriedBy.size());
        for (const auto& carried : matrix.rows.at(row).carriedBy) {
            ++children;
            const auto stored = sql::scalar(fixture.session.database().connection(),
                QStringLiteral("SELECT parent_result_id FROM work_result WHERE id = ?"),
                {Uuid::toText(carried.resultId)}, "parent");
            CHECK(Uuid::fromText(stored.toString()) == matrix.rows.at(row).resultId);
        }
    }
    CHECK(children > 0);
    // the count of cascaded results matches the database
    const auto cascaded = sql::scalar(fixture.session.database().connection(),
        QStringLiteral("SELECT count(*) FROM work_result AS r JOIN performance_plan AS p ON p.id = r.plan_id "
                       "JOIN work_result AS mine ON mine.id = r.parent_result_id "
                       "JOIN performance_plan AS own ON own.id = mine.plan_id "
                       "WHERE p.assessor_id = ? AND p.year = ? AND r.kind = 'main' AND r.deleted = 0 AND p.deleted = 0 "
                       "AND own.employee_id = ? AND own.year = p.year AND mine.deleted = 0 AND own.deleted = 0"),
        {Uuid::toText(assessor), demoYear(fixture), Uuid::toText(assessor)}, "count");
    CHECK(children == cascaded.toInt());
    CHECK_FALSE(page.summaryText().isEmpty());

    // a year without SKPs says so
    page.setYear(2001);
    CHECK(model->rowCount() == 0);
    CHECK(page.summaryText().contains(QStringLiteral("2001")));
}

// Run on demand: ui_tests "[team-screenshots]"
TEST_CASE("Screenshots of the team matrix", "[.team-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    test::DemoSessionFixture fixture;
    signInBusiestAssessor(fixture);
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        AppSettings settings;
        MainWindow window(fixture.session, settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.showPage(QStringLiteral("teamMatrixPage")));
        window.findChild<TeamMatrixPage*>(QStringLiteral("teamMatrixPage"))->setYear(demoYear(fixture));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/team-matrix-%1.png").arg(language)));
    }
}
