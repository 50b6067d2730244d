// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EmployeeRepository.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/UnitDistribution.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/office/OrganizationGradePage.h"
#include "ui/office/OrganizationGradeTreeModel.h"
#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;

namespace {

void signIn(DemoSessionFixture& fixture, bool isAdmin)
{
    fixture.signInByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), isAdmin);
}

/// The first quarter of the newest demo year (rated), and the OPD with the most rated employees in it, without an
/// organisation grade.
struct Scene
{
    QUuid periodId;
    QUuid unitId;
    int rated = 0;
};

Scene scene(DemoSessionFixture& fixture)
{
    const Database& database = fixture.session.database();
    Scene found;
    for (int year = QDate::currentDate().year() + 1; year > 2000 && found.periodId.isNull(); --year) {
        const auto periods = PeriodRepository(database).periodsOfYear(year, EvaluationCadence::Quarterly);
        REQUIRE(periods.ok());
        if (!periods->isEmpty()) {
            found.periodId = PeriodRepository::idOf(periods->first());
        }
    }
    REQUIRE_FALSE(found.periodId.isNull());
    const auto units = OrgUnitRepository(database).all();
    REQUIRE(units.ok());
    for (const auto& unit : *units) {
        if (unit.kind != OrgUnit::Kind::Opd) {
            continue;
        }
        const auto distribution = UnitDistribution(database).of(unit.id, found.periodId);
        REQUIRE(distribution.ok());
        if (distribution->rated() > found.rated) {
            found.rated = distribution->rated();
            found.unitId = unit.id;
        }
    }
    REQUIRE(found.rated >= 3);
    // The demo sets some organisation grades: start from none for this unit.
    REQUIRE(OrganizationGradeRepository(database).clear(found.unitId, found.periodId).ok());
    return found;
}

std::optional<OrganizationGrade> storedGrade(DemoSessionFixture& fixture, const Scene& at)
{
    const auto grade = OrganizationGradeRepository(fixture.session.database()).grade(at.unitId, at.periodId);
    REQUIRE(grade.ok());
    return *grade;
}

} // namespace

TEST_CASE("The admin sets an organisation grade on behalf of the superior and sees the warnings change", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    const Scene at = scene(fixture);
    OrganizationGradePage page(fixture.session);
    page.resize(1300, 700);
    REQUIRE(page.selectPeriod(at.periodId));
    REQUIRE(page.selectUnit(at.unitId));
    CHECK(page.title() == QStringLiteral("Organisation grades"));

    // The tree shows the unit's distribution.
    const QModelIndex rated = page.model()->indexOf(at.unitId, OrganizationGradeTreeModel::RatedColumn);
    CHECK(rated.data(OrganizationGradeTreeModel::CountRole).toInt() == at.rated);
    CHECK(child<QLabel>(page, "organizationGradeDistributionLabel")->text().contains(QString::number(at.rated)));

    // Changing the grade in the combo box changes the warnings at once, before anything is stored.
    page.chooseGrade(OrganizationGrade::Good);
    const QStringList good = page.warningTexts();
    page.chooseGrade(OrganizationGrade::NeedsImprovement);
    const QStringList needsImprovement = page.warningTexts();
    CHECK(needsImprovement != good);
    CHECK_FALSE(needsImprovement.isEmpty()); // at least 60% Butuh Perbaikan is not met by the demo
    auto* warningsView = child<QListView>(page, "organizationGradeWarningsView");
    CHECK(warningsView->model()->rowCount() == needsImprovement.size());
    CHECK_FALSE(storedGrade(fixture, at).has_value());

    // Apply stores it with who set it.
    child<QLineEdit>(page, "organizationGradeSetByLineEdit")->setText(QStringLiteral("Sekretaris Daerah"));
    child<QPushButton>(page, "organizationGradeApplyButton")->click();
    CHECK(storedGrade(fixture, at) == OrganizationGrade::NeedsImprovement);
    CHECK(OrganizationGradeRepository(fixture.session.database()).setBy(at.unitId, at.periodId).value()
        == QStringLiteral("Sekretaris Daerah"));
    const QModelIndex gradeCell = page.model()->indexOf(at.unitId, OrganizationGradeTreeModel::GradeColumn);
    CHECK(gradeCell.data().toString() == QStringLiteral("Butuh Perbaikan"));
    CHECK(page.warningTexts() == needsImprovement);

    // Change to Baik via the combo box: stored, warnings as for Baik; undo goes back.
    auto* combo = child<QComboBox>(page, "organizationGradeComboBox");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Baik")));
    CHECK(page.warningTexts() == good);
    child<QPushButton>(page, "organizationGradeApplyButton")->click();
    CHECK(storedGrade(fixture, at) == OrganizationGrade::Good);
    page.undoStack()->undo();
    CHECK(storedGrade(fixture, at) == OrganizationGrade::NeedsImprovement);
    CHECK(page.chosenGrade() == OrganizationGrade::NeedsImprovement);
    page.undoStack()->undo();
    CHECK_FALSE(storedGrade(fixture, at).has_value());
    page.undoStack()->redo();
    CHECK(storedGrade(fixture, at) == OrganizationGrade::NeedsImprovement);

    // Removing it: "(none)".
    page.chooseGrade(std::nullopt);
    CHECK(page.warningTexts().isEmpty());
    child<QPushButton>(page, "organizationGradeApplyButton")->click();
    CHECK_FALSE(storedGrade(fixture, at).has_value());
}

TEST_CASE("An organisation grade without who set it is refused and nothing is stored", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    const Scene at = scene(fixture);
    OrganizationGradePage page(fixture.session);
    REQUIRE(page.selectPeriod(at.periodId));
    REQUIRE(page.selectUnit(at.unitId));
    page.chooseGrade(OrganizationGrade::Outstanding);
    child<QLineEdit>(page, "organizationGradeSetByLineEdit")->setText(QStringLiteral("   "));
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.apply();
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK_FALSE(storedGrade(fixture, at).has_value());
    CHECK(page.undoStack()->count() == 0);
    CHECK_FALSE(page.chosenGrade().has_value()); // the panel shows what is stored again
}

TEST_CASE("Someone who is not an admin cannot set an organisation grade: core refuses", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, false);
    const Scene at = scene(fixture);
    OrganizationGradePage page(fixture.session);
    REQUIRE(page.selectPeriod(at.periodId));
    REQUIRE(page.selectUnit(at.unitId));
    CHECK_FALSE(child<QPushButton>(page, "organizationGradeApplyButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(page, "organizationGradePermissionLabel")->text().isEmpty());
    // The warnings are still there to look at.
    page.chooseGrade(OrganizationGrade::NeedsImprovement);
    CHECK_FALSE(page.warningTexts().isEmpty());
    child<QLineEdit>(page, "organizationGradeSetByLineEdit")->setText(QStringLiteral("Sekretaris Daerah"));
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.apply(); // as if the button were enabled
    CHECK(MessageBox::lastText() == page.administration().canChangeOrganizationGrades().error());
    CHECK_FALSE(storedGrade(fixture, at).has_value());
}

// Run on demand: ui_tests "[office-screenshots]"
TEST_CASE("Screenshots of the personnel office's periods and organisation grades", "[.office-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    DemoSessionFixture fixture;
    signIn(fixture, true);
    const auto at = scene(fixture);
    for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::LanguageGuard guard(language);
        AppSettings settings;
        MainWindow window(fixture.session, settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.showPage(QStringLiteral("periodsPage")));
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/office-periods-%1.png").arg(language)));
        REQUIRE(window.showPage(QStringLiteral("organizationGradePage")));
        auto* page = window.findChild<OrganizationGradePage*>(QStringLiteral("organizationGradePage"));
        REQUIRE(page->selectPeriod(at.periodId));
        REQUIRE(page->selectUnit(at.unitId));
        page->chooseGrade(OrganizationGrade::NeedsImprovement);
        test::settle();
        CHECK(window.grab().save(QStringLiteral("/tmp/shots/office-grades-%1.png").arg(language)));
    }
}
