// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/CompletionPage.h"

#include "core/domain/PeriodSchedule.h"
#include "core/storage/CompletionQueries.h"
#include "core/storage/CsvReader.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/support/ModelTesterWarnings.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/office/CompletionChart.h"
#include "ui/office/CompletionPeopleModel.h"
#include "ui/office/CompletionTreeModel.h"
#include "ui/office/YearOverYearModel.h"
#include "ui/office/YearOverYearView.h"
#include "ui/settings/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;
using kinerja::test::ModelTesterWarnings;
using kinerja::test::settle;
using Stage = CompletionQueries::Stage;

namespace {

/// The demo is generated for the current year, as on 15 July (DemoGenerator).
int demoYear()
{
    return QDate::currentDate().year();
}

QDate referenceDate()
{
    return QDate(demoYear(), 7, 15);
}

void signInAdmin(DemoSessionFixture& fixture, bool isAdmin = true)
{
    const QUuid id = fixture.employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    REQUIRE(fixture.session.signIn({id, QStringLiteral("Admin"), {}, isAdmin}).ok());
    fixture.session.setToday(referenceDate());
}

QUuid periodOf(const Database& database, const QString& label)
{
    const auto periods = PeriodRepository(database).periodsOfYear(demoYear());
    REQUIRE(periods.ok());
    for (const auto& period : periods.value()) {
        if (period.label() == label) {
            return PeriodRepository::idOf(period);
        }
    }
    FAIL("no period " << label.toStdString());
    return {};
}

/// The counts of a unit and the units below it, counted person by person through the repositories.
CompletionQueries::Counts countThroughRepositories(const Database& database, const QUuid& unitId, const QUuid& periodId)
{
    CompletionQueries::Counts counts;
    const auto people = EmployeeRepository(database).activeInUnitTree(unitId);
    REQUIRE(people.ok());
    for (const auto& record : people.value()) {
        if (!record.employee.nip) {
            continue; // non-ASN staff have no SKP
        }
        ++counts.people;
        const auto plans = PlanRepository(database).listForEmployee(record.employee.id, {0, 100});
        REQUIRE(plans.ok());
        std::optional<PlanRepository::Summary> current;
        for (const auto& plan : plans.value()) {
            if (plan.startDate.year() != demoYear() || plan.status == WorkflowState::PlanSuperseded) {
                continue;
            }
            if (!current || plan.startDate > current->startDate
                || (plan.startDate == current->startDate && plan.revision > current->revision)) {
                current = plan;
            }
        }
        std::optional<WorkflowState> evaluation;
        if (!current) {
            ++counts.noPlan;
        } else {
            switch (current->status) {
            case WorkflowState::PlanSubmitted:
                ++counts.planSubmitted;
                break;
            case WorkflowState::PlanApproved:
                ++counts.planApproved;
                break;
            default:
                ++counts.planNotSubmitted;
            }
            const auto evaluations = EvaluationRepository(database).listForPlan(current->id);
            REQUIRE(evaluations.ok());
            for (const auto& stored : evaluations.value()) {
                if (stored.periodId == periodId) {
                    evaluation = stored.status;
                }
            }
        }
        if (evaluation == WorkflowState::EvaluationRated) {
            ++counts.evaluationRated;
        } else if (evaluation == WorkflowState::EvaluationFinalized || evaluation == WorkflowState::EvaluationObjected
            || evaluation == WorkflowState::EvaluationFinal) {
            ++counts.evaluationFinalized;
        } else {
            ++counts.evaluationNotRated;
        }
    }
    return counts;
}

/// The first plan of the demo year in `status`.
PlanRepository::Summary planIn(const Database& database, WorkflowState status)
{
    const auto plans = PlanRepository(database).listForYear(demoYear(), {0, 1000});
    REQUIRE(plans.ok());
    for (const auto& plan : plans.value()) {
        if (plan.status == status) {
            return plan;
        }
    }
    FAIL("no plan in " << codeName(status).toStdString());
    return {};
}

int countOf(const CompletionPage& page, const QUuid& unitId, Stage stage)
{
    const QModelIndex unit = page.treeModel()->indexOfUnit(unitId);
    REQUIRE(unit.isValid());
    const QModelIndex cell = unit.siblingAtColumn(CompletionTreeModel::columnOfStage(stage));
    return cell.data(CompletionTreeModel::CountRole).toInt();
}

/// Every row of the people list (fetching all pages).
QList<CompletionQueries::Person> listedPeople(CompletionPeopleModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QList<CompletionQueries::Person> people;
    for (int row = 0; row < model.rowCount(); ++row) {
        people.append(model.person(row));
    }
    return people;
}

} // namespace

TEST_CASE("The completion page counts every OPD's people as the repositories do", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture);
    CompletionPage page(fixture.session);
    ModelTesterWarnings warnings;
    const int warningsBefore = ModelTesterWarnings::count();
    QAbstractItemModelTester treeTester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QUuid period = periodOf(fixture.session.database(), QStringLiteral("TRIWULAN II"));
    REQUIRE(page.setPeriod(period));
    REQUIRE(page.year() == demoYear());

    const auto& units = page.treeModel()->dashboard().units;
    REQUIRE(!units.isEmpty());
    int checked = 0;
    for (const auto& unit : units) {
        if (unit.depth > 1) {
            continue; // the agency and its OPDs; the sub-units are in their totals
        }
        INFO("unit " << unit.name.toStdString());
        const auto expected = countThroughRepositories(fixture.session.database(), unit.unitId, period);
        CHECK(unit.total.people == expected.people);
        for (const auto stage : CompletionQueries::allStages()) {
            INFO("stage " << int(stage));
            CHECK(countOf(page, unit.unitId, stage) == expected.count(stage));
        }
        ++checked;
    }
    CHECK(checked > 3);
    // Every person is in exactly one plan stage and one evaluation stage.
    const auto& all = page.treeModel()->dashboard().all;
    CHECK(all.noPlan + all.planNotSubmitted + all.planSubmitted + all.planApproved == all.people);
    CHECK(all.evaluationNotRated + all.evaluationRated + all.evaluationFinalized == all.people);
    CHECK(all.planSubmitted > 0);
    CHECK(all.evaluationRated > 0);
    CHECK(ModelTesterWarnings::count() == warningsBefore);
}

TEST_CASE("After an SKP is submitted and approved, the completion page moves it on reload", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture);
    const Database& database = fixture.session.database();
    const auto plan = planIn(database, WorkflowState::PlanDraft);
    const auto employee = EmployeeRepository(database).get(plan.employeeId);
    REQUIRE(employee.ok());
    REQUIRE(employee->has_value());
    const QUuid unitId = employee->value().unitId;

    CompletionPage page(fixture.session);
    REQUIRE(page.selectUnit(unitId));
    const int draftsBefore = countOf(page, unitId, Stage::PlanNotSubmitted);
    const int submittedBefore = countOf(page, unitId, Stage::PlanSubmitted);
    const int approvedBefore = countOf(page, unitId, Stage::PlanApproved);
    REQUIRE(draftsBefore > 0);

    WorkflowService workflow(database);
    WorkflowService::Request submit;
    submit.kind = DocumentKind::Plan;
    submit.documentId = plan.id;
    submit.command = WorkflowCommand::Submit;
    submit.roles = {ActorRole::Employee};
    submit.actorId = plan.employeeId;
    submit.context.today = referenceDate();
    const auto submitted = workflow.execute(submit);
    INFO(submitted.error().toStdString());
    REQUIRE(submitted.ok());

    page.reload();
    CHECK(page.selectedUnitId() == unitId);
    CHECK(countOf(page, unitId, Stage::PlanNotSubmitted) == draftsBefore - 1);
    CHECK(countOf(page, unitId, Stage::PlanSubmitted) == submittedBefore + 1);
    page.selectStage(Stage::PlanSubmitted);
    bool listed = false;
    for (const auto& person : listedPeople(*page.peopleModel())) {
        listed = listed || person.employeeId == plan.employeeId;
    }
    CHECK(listed);

    WorkflowService::Request approve = submit;
    approve.command = WorkflowCommand::Approve;
    approve.roles = {ActorRole::Assessor};
    approve.actorId = plan.assessorId;
    const auto approved = workflow.execute(approve);
    INFO(approved.error().toStdString());
    REQUIRE(approved.ok());

    page.reload();
    CHECK(countOf(page, unitId, Stage::PlanSubmitted) == submittedBefore);
    CHECK(countOf(page, unitId, Stage::PlanApproved) == approvedBefore + 1);
    CHECK(page.chart()->shownCount(Stage::PlanApproved) == approvedBefore + 1);
}

TEST_CASE("The completion page lists the people of a unit in a stage, with their deadline", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture);
    CompletionPage page(fixture.session);
    const QUuid period = periodOf(fixture.session.database(), QStringLiteral("TRIWULAN II"));
    REQUIRE(page.setPeriod(period));
    const auto& all = page.treeModel()->dashboard().all;
    REQUIRE(all.evaluationRated > 0);

    // The root (the whole agency), rated in TRIWULAN II: chosen with the keyboard-reachable combo box.
    const auto& root = page.treeModel()->dashboard().units.first();
    REQUIRE(page.selectUnit(root.unitId));
    auto* stageCombo = child<QComboBox>(page, "completionStageComboBox");
    stageCombo->setCurrentIndex(stageCombo->findData(int(Stage::EvaluationRated)));
    ModelTesterWarnings warnings;
    const int warningsBefore = ModelTesterWarnings::count();
    QAbstractItemModelTester tester(page.peopleModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto people = listedPeople(*page.peopleModel());
    CHECK(people.size() == root.total.evaluationRated);
    const auto deadline = PeriodRepository(fixture.session.database()).find(period);
    REQUIRE(deadline.ok());
    REQUIRE(deadline->has_value());
    for (const auto& person : people) {
        CHECK(person.evaluationState == WorkflowState::EvaluationRated);
        CHECK(!person.assessorName.isEmpty());
        CHECK(person.evaluationDeadline >= deadline->value().entryDeadline);
        CHECK(person.planDeadline == PeriodSchedule::planApprovalDeadline(QDate(demoYear(), 1, 1)));
    }

    // A click on a count of the tree lists that stage.
    const QModelIndex cell =
        page.treeModel()->indexOfUnit(root.unitId).siblingAtColumn(CompletionTreeModel::PlanSubmittedColumn);
    child<QTreeView>(page, "completionUnitTreeView")->clicked(cell);
    CHECK(stageCombo->currentData().toInt() == int(Stage::PlanSubmitted));
    const auto submitted = listedPeople(*page.peopleModel());
    CHECK(submitted.size() == root.total.planSubmitted);
    for (const auto& person : submitted) {
        CHECK(person.planState == WorkflowState::PlanSubmitted);
    }
    CHECK(ModelTesterWarnings::count() == warningsBefore);
}

TEST_CASE("Exporting the completion list writes its people to a CSV file", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture);
    CompletionPage page(fixture.session);
    const QUuid period = periodOf(fixture.session.database(), QStringLiteral("TRIWULAN II"));
    REQUIRE(page.setPeriod(period));
    const auto& root = page.treeModel()->dashboard().units.first();
    REQUIRE(page.selectUnit(root.unitId));
    page.selectStage(Stage::PlanNotSubmitted);
    const auto expected = listedPeople(*page.peopleModel());
    REQUIRE(!expected.isEmpty());

    const QString path = fixture.folder.filePath(QStringLiteral("list.csv"));
    const auto written = page.exportTo(path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    QList<QStringList> rows;
    CsvReader::Record record;
    while (reader.next(record)) {
        rows.append(record.fields);
    }
    REQUIRE(reader.error().isEmpty());
    CHECK(reader.delimiter() == ';');
    REQUIRE(rows.size() == expected.size() + 1);
    CHECK(rows.first().first() == QStringLiteral("Name"));
    CHECK(rows.first().contains(QStringLiteral("Pejabat Penilai Kinerja")));
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(rows[i + 1][0] == expected[i].name);
        CHECK(rows[i + 1][1] == expected[i].nip);
        CHECK(rows[i + 1][5] == CompletionPeopleModel::planStatusText(expected[i]));
        CHECK(rows[i + 1][8] == QStringLiteral("TRIWULAN II"));
    }
}

TEST_CASE("The completion dashboard is refused by core to a person who is not an admin", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture, false);
    const Database& database = fixture.session.database();

    const CompletionQueries staff(database, {ActorRole::Employee, ActorRole::Assessor});
    const auto dashboard = staff.dashboard(demoYear(), {}, referenceDate());
    REQUIRE(!dashboard.ok());
    CHECK(dashboard.error().contains(QStringLiteral("administrator")));
    CompletionQueries::PeopleFilter filter;
    filter.year = demoYear();
    filter.today = referenceDate();
    CHECK(!staff.people(filter).ok());
    CHECK(!staff.yearOverYear({}, referenceDate()).ok());
    CHECK(!staff.years().ok());

    // The page shows the refusal instead of numbers.
    CompletionPage page(fixture.session);
    CHECK(page.errorText() == dashboard.error());
    CHECK(page.treeModel()->rowCount() == 0);
    CHECK(!child<QTabWidget>(page, "completionTabWidget")->isEnabled());

    // An admin gets them.
    CHECK(CompletionQueries(database, {ActorRole::Admin}).dashboard(demoYear(), {}, referenceDate()).ok());
}

TEST_CASE("Year over year shows each year of the demo with its annual predikat", "[ui][office]")
{
    DemoSessionFixture fixture;
    signInAdmin(fixture);
    CompletionPage page(fixture.session);
    const auto& root = page.treeModel()->dashboard().units.first();
    REQUIRE(page.selectUnit(root.unitId));
    auto* tabs = child<QTabWidget>(page, "completionTabWidget");
    tabs->setCurrentWidget(page.yearOverYearView());
    const auto& rows = page.yearOverYearView()->model()->rows();
    REQUIRE(rows.size() >= 1);
    CHECK(rows.last().year == demoYear());
    CHECK(rows.last().plans == root.total.people - root.total.noPlan);
    for (const auto& row : rows) {
        if (row.year < demoYear()) {
            CHECK(row.annualGraded > 0); // past years of the demo are finalized
        }
        CHECK(row.plansOnTime <= row.plansDue);
        CHECK(row.evaluationsOnTime <= row.evaluationsDue);
    }
    if (rows.size() == 1) {
        CHECK(page.yearOverYearView()->note().contains(QString::number(demoYear())));
    }
}

// Screenshots for the report (not run by default): ui_tests "[shots][office]" writes /tmp/shots/completion-*.png.
// KINERJA_PENDING_QM may name a .qm built from translations/pending/office-completion.tsv, for the strings that are
// not in kinerja_id.ts yet.
TEST_CASE("Screenshots of the completion page", "[.][shots][office]")
{
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("id")}) {
        kinerja::test::LanguageGuard guard(language);
        QTranslator pending;
        const QString pendingQm = qEnvironmentVariable("KINERJA_PENDING_QM");
        if (language == QStringLiteral("id") && !pendingQm.isEmpty() && pending.load(pendingQm)) {
            QCoreApplication::installTranslator(&pending);
        }
        DemoSessionFixture fixture;
        signInAdmin(fixture);
        AppSettings settings;
        MainWindow window(fixture.session, settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.showPage(QStringLiteral("completionPage")));
        auto* page = window.findChild<CompletionPage*>();
        REQUIRE(page);
        REQUIRE(page->setPeriod(periodOf(fixture.session.database(), QStringLiteral("TRIWULAN II"))));
        const auto& units = page->treeModel()->dashboard().units;
        REQUIRE(units.size() > 1);
        REQUIRE(page->selectUnit(units[1].unitId));
        page->selectStage(Stage::EvaluationRated);
        settle();
        window.grab().save(QStringLiteral("/tmp/shots/completion-dashboard-%1.png").arg(language));
        child<QTabWidget>(*page, "completionTabWidget")->setCurrentWidget(page->yearOverYearView());
        REQUIRE(page->selectUnit(units.first().unitId));
        settle();
        window.grab().save(QStringLiteral("/tmp/shots/completion-years-%1.png").arg(language));
        QCoreApplication::removeTranslator(&pending);
    }
}
