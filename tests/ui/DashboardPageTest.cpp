// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/domain/CompetencySummary.h"
#include "core/domain/PeriodSchedule.h"
#include "core/storage/CompetencyRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "tests/support/ModelTesterWarnings.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/AchievementChart.h"
#include "ui/dashboard/AchievementTableModel.h"
#include "ui/dashboard/DashboardRequestModel.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/Formatting.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTranslator>

#include <functional>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;
using kinerja::test::ModelTesterWarnings;
using kinerja::test::settle;

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

/// Signs `employeeId` in on the fixture's session, on the demo's reference date, with no "last seen" yet.
void signInAs(DemoSessionFixture& fixture, const QUuid& employeeId)
{
    const auto record = EmployeeRepository(fixture.session.database()).get(employeeId);
    REQUIRE(record.ok());
    REQUIRE(record->has_value());
    const auto& employee = record->value().employee;
    REQUIRE(fixture.session
                .signIn({employeeId, employee.fullName(), employee.nip ? employee.nip->digits() : QString(), false})
                .ok());
    fixture.session.setToday(referenceDate());
    AppSettings().setViewState(DashboardPage::lastSeenKey(employeeId), {});
}

/// The first plan of the demo year that `accept` takes, by employee name.
std::optional<PlanRepository::Summary> findPlan(
    const Database& database, const std::function<bool(const PlanRepository::Summary&)>& accept)
{
    const auto plans = PlanRepository(database).listForYear(demoYear(), {0, 1000});
    REQUIRE(plans.ok());
    for (const auto& plan : *plans) {
        if (accept(plan)) {
            return plan;
        }
    }
    return std::nullopt;
}

/// The plan's evaluation of a period label ("TRIWULAN II"), if any.
std::optional<EvaluationRepository::StoredEvaluation> evaluationOf(
    const Database& database, const QUuid& planId, const QString& label)
{
    const auto evaluations = EvaluationRepository(database).listForPlan(planId);
    REQUIRE(evaluations.ok());
    for (const auto& evaluation : *evaluations) {
        if (evaluation.period.label() == label) {
            return evaluation;
        }
    }
    return std::nullopt;
}

/// Records the pages a page asks to show (Page::navigationRequested).
struct NavigationRecorder
{
    explicit NavigationRecorder(Page& page)
    {
        QObject::connect(&page, &Page::navigationRequested, &page, [this](const QString& name) { pages.append(name); });
    }
    QStringList pages;
};

} // namespace

TEST_CASE_METHOD(
    DemoSessionFixture, "The dashboard shows the status of the stored plan and the JP of the year", "[ui][dashboard]")
{
    const auto staff = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    signInAs(*this, staff);
    DashboardPage page(session);
    CHECK(page.objectName() == QStringLiteral("dashboardPage"));
    CHECK(page.title() == QStringLiteral("My year"));
    CHECK(page.undoStack() == nullptr);

    const auto plans = PlanRepository(session.database()).listForEmployee(staff);
    REQUIRE(plans.ok());
    REQUIRE_FALSE(plans->isEmpty());
    const auto& newest = plans->first();
    REQUIRE(newest.startDate.year() == demoYear());
    CHECK(child<QLabel>(page, "planStatusLabel")->text() == displayName(newest.status));
    CHECK(child<QLabel>(page, "planHeadingLabel")->text().contains(QString::number(demoYear())));
    CHECK_FALSE(child<QLabel>(page, "pendingSyncLabel")->isVisibleTo(&page));

    const auto summary = CompetencyRepository(session.database()).summary(staff, demoYear());
    REQUIRE(summary.ok());
    auto* bar = child<QProgressBar>(page, "competencyProgressBar");
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(summary->totalLessonHours()));
    CHECK(bar->value() == std::min(summary->totalLessonHours(), 20));
    CHECK(child<QLabel>(page, "competencyLabel")->text() == summary->statusText());

    NavigationRecorder navigation(page);
    child<QPushButton>(page, "openPlanButton")->click();
    child<QPushButton>(page, "openCompetencyButton")->click();
    CHECK(navigation.pages == QStringList {QStringLiteral("planPage"), QStringLiteral("competencyPage")});

    // A competency activity added elsewhere shows at the next documentChanged.
    CompetencyActivity course;
    course.employeeId = staff;
    course.name = QStringLiteral("Pelatihan Tata Naskah Dinas");
    course.date = referenceDate();
    course.lessonHours = 7;
    const auto added = CompetencyRepository(session.database()).add(course);
    REQUIRE(added.ok());
    emit session.documentChanged(added->id);
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(summary->totalLessonHours() + 7));
}

TEST_CASE_METHOD(
    DemoSessionFixture, "The dashboard's next deadline gives the date and the days left, or overdue", "[ui][dashboard]")
{
    // Someone whose second quarter is handed in: the third quarter's batas pengisian, 10 October, is next.
    const auto handedIn = findPlan(session.database(), [this](const PlanRepository::Summary& plan) {
        if (plan.status != WorkflowState::PlanApproved) {
            return false;
        }
        const auto second = evaluationOf(session.database(), plan.id, QStringLiteral("TRIWULAN II"));
        const auto third = evaluationOf(session.database(), plan.id, QStringLiteral("TRIWULAN III"));
        return second && third && second->status == WorkflowState::EvaluationSubmitted
            && third->status == WorkflowState::EvaluationNotFilled;
    });
    REQUIRE(handedIn.has_value());
    signInAs(*this, handedIn->employeeId);
    {
        DashboardPage page(session);
        const auto third = evaluationOf(session.database(), handedIn->id, QStringLiteral("TRIWULAN III"));
        REQUIRE(third->period.entryDeadline == QDate(demoYear(), 10, 10));
        CHECK(child<QLabel>(page, "deadlineLabel")->text()
            == QStringLiteral("Batas Pengisian TRIWULAN III: submit your realizations and evidence by 10 October %1.")
                   .arg(demoYear()));
        CHECK(child<QLabel>(page, "deadlineDaysLabel")->text()
            == DashboardPage::tr("%n day(s) left.", nullptr, 87)); // "87 days left." once translated
        NavigationRecorder navigation(page);
        child<QPushButton>(page, "deadlineButton")->click();
        CHECK(navigation.pages == QStringList {QStringLiteral("evaluationsPage")});
    }
    session.signOut();

    // Someone whose second quarter is still not filled in on 15 July: its 10 July deadline is overdue, in words.
    const auto late = findPlan(session.database(), [this](const PlanRepository::Summary& plan) {
        if (plan.status != WorkflowState::PlanApproved) {
            return false;
        }
        const auto second = evaluationOf(session.database(), plan.id, QStringLiteral("TRIWULAN II"));
        return second && second->status == WorkflowState::EvaluationNotFilled;
    });
    REQUIRE(late.has_value());
    signInAs(*this, late->employeeId);
    DashboardPage page(session);
    CHECK(child<QLabel>(page, "deadlineLabel")->text().contains(QStringLiteral("TRIWULAN II")));
    CHECK(child<QLabel>(page, "deadlineLabel")->text().contains(QStringLiteral("10 July %1").arg(demoYear())));
    CHECK(child<QLabel>(page, "deadlineDaysLabel")->text() == DashboardPage::tr("Overdue by %n day(s).", nullptr, 5));
}

TEST_CASE_METHOD(
    DemoSessionFixture, "A returned plan appears first among the requests, with its note and a link", "[ui][dashboard]")
{
    const auto returned = findPlan(session.database(),
        [](const PlanRepository::Summary& plan) { return plan.status == WorkflowState::PlanReturned; });
    REQUIRE(returned.has_value());
    const auto stored = PlanRepository(session.database()).load(returned->id);
    REQUIRE(stored.ok());
    REQUIRE_FALSE(stored->returnNote.isEmpty());
    signInAs(*this, returned->employeeId);
    DashboardPage page(session);

    CHECK(child<QLabel>(page, "planStatusLabel")->text() == QStringLiteral("Returned"));
    auto* view = child<QListView>(page, "requestListView");
    REQUIRE(view->model()->rowCount() >= 1);
    const auto first = view->model()->index(0, 0);
    CHECK(first.data().toString()
        == QStringLiteral("To do: your SKP was returned for revision with this note: %1").arg(stored->returnNote));
    CHECK(first.data(DashboardRequestModel::TargetPageRole).toString() == QStringLiteral("planPage"));
    CHECK(first.data(DashboardRequestModel::DocumentIdRole).toUuid() == returned->id);
    // The SKP deadline (end of January) has passed.
    CHECK(child<QLabel>(page, "deadlineLabel")->text()
        == QStringLiteral("Your SKP must be approved (ditetapkan) by %1.")
               .arg(Formatting::date(PeriodSchedule::planApprovalDeadline(stored->plan.startDate))));
    CHECK(child<QLabel>(page, "deadlineDaysLabel")->text().startsWith(QStringLiteral("Overdue by")));

    NavigationRecorder navigation(page);
    view->setCurrentIndex(first);
    child<QPushButton>(page, "openRequestButton")->click();
    CHECK(navigation.pages == QStringList {QStringLiteral("planPage")});
}

TEST_CASE_METHOD(DemoSessionFixture, "New feedback is marked new until the person marks it as read", "[ui][dashboard]")
{
    const auto approved = findPlan(session.database(), [this](const PlanRepository::Summary& plan) {
        return plan.status == WorkflowState::PlanApproved && !plan.assessorId.isNull()
            && evaluationOf(session.database(), plan.id, QStringLiteral("TRIWULAN III")).has_value();
    });
    REQUIRE(approved.has_value());
    const auto third = evaluationOf(session.database(), approved->id, QStringLiteral("TRIWULAN III"));
    const auto stored = PlanRepository(session.database()).load(approved->id);
    REQUIRE(stored.ok());
    EvaluationRepository::Feedback feedback;
    feedback.workResultId = stored->plan.results.first().id;
    feedback.authorId = approved->assessorId;
    feedback.authorName = stored->participants.assessor.name;
    feedback.text = QStringLiteral("Mohon unggah notulen rapat sebagai bukti dukung.");
    REQUIRE(EvaluationRepository(session.database()).addFeedback(third->id, feedback).ok());

    signInAs(*this, approved->employeeId);
    DashboardPage page(session);
    auto* view = child<QListView>(page, "requestListView");
    REQUIRE(view->model()->rowCount() >= 1);
    const auto newest = view->model()->index(0, 0);
    CHECK(newest.data().toString().startsWith(QStringLiteral("New: feedback from %1").arg(feedback.authorName)));
    CHECK(newest.data().toString().endsWith(feedback.text));
    CHECK(newest.data(DashboardRequestModel::IsNewRole).toBool());
    CHECK(newest.data(DashboardRequestModel::TargetPageRole).toString() == QStringLiteral("evaluationsPage"));
    auto* markRead = child<QPushButton>(page, "markReadButton");
    REQUIRE(markRead->isEnabled());

    markRead->click();
    CHECK(page.lastSeen().isValid());
    const auto after = view->model()->index(0, 0);
    CHECK(after.data().toString().startsWith(QStringLiteral("Feedback from %1").arg(feedback.authorName)));
    CHECK_FALSE(after.data(DashboardRequestModel::IsNewRole).toBool());
    CHECK_FALSE(markRead->isEnabled());
}

TEST_CASE_METHOD(DemoSessionFixture,
    "The chart has one bar per indicator with the percentage of the latest realization",
    "[ui][dashboard]")
{
    const auto approved = findPlan(session.database(), [this](const PlanRepository::Summary& plan) {
        return plan.status == WorkflowState::PlanApproved
            && evaluationOf(session.database(), plan.id, QStringLiteral("TRIWULAN III")).has_value();
    });
    REQUIRE(approved.has_value());
    const auto stored = PlanRepository(session.database()).load(approved->id);
    REQUIRE(stored.ok());
    int indicatorCount = 0;
    const WorkResult* result = nullptr;
    const Indicator* indicator = nullptr;
    for (const auto& candidate : stored->plan.results) {
        indicatorCount += static_cast<int>(candidate.indicators.size());
        for (const auto& item : candidate.indicators) {
            if (!indicator && item.direction == IndicatorDirection::HigherIsBetter
                && item.target.kind() == IndicatorTarget::Kind::Number) {
                result = &candidate;
                indicator = &item;
            }
        }
    }
    REQUIRE(indicator);

    // Three quarters of the target, realised in the third quarter (the latest period).
    EvaluationRepository::Realization realization;
    realization.workResultId = result->id;
    realization.indicatorId = indicator->id;
    realization.description = QStringLiteral("Tiga perempat target");
    realization.value = Decimal::fromUnits(indicator->target.value().units() * 3 / 4);
    const auto third = evaluationOf(session.database(), approved->id, QStringLiteral("TRIWULAN III"));
    REQUIRE(EvaluationRepository(session.database()).saveRealization(third->id, realization).ok());

    signInAs(*this, approved->employeeId);
    DashboardPage page(session);
    auto* chart = child<AchievementChart>(page, "achievementChart");
    CHECK(chart->barCount() == indicatorCount);
    CHECK_FALSE(chart->accessibleName().isEmpty());
    int row = -1;
    for (int r = 0; r < chart->model()->rowCount(); ++r) {
        if (chart->model()->index(r, 0).data(AchievementTableModel::IndicatorIdRole).toUuid() == indicator->id) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    CHECK(chart->barText(row) == QStringLiteral("75.0%"));
    CHECK(chart->barFraction(row) == Approx(0.5)); // 75 % of the 150 % scale
    CHECK(chart->accessibleDescription().contains(QStringLiteral("achievement 75.0%")));
    // The table shows the same numbers.
    const auto cell = chart->model()->index(row, AchievementTableModel::AchievementColumn);
    CHECK(cell.data().toString() == QStringLiteral("75.0%"));
    CHECK(chart->model()
              ->index(row, AchievementTableModel::RealizationColumn)
              .data()
              .toString()
              .contains(QStringLiteral("TRIWULAN III")));
}

/**
 * Not a check: the main window at 1366 x 768 at 125 % (1093 x 614 logical pixels) on the dashboard, in English and
 * Indonesian, saved under /tmp/shots. Run with QT_SCALE_FACTOR=1.25 for full-size pictures; KINERJA_PENDING_QM may
 * name a .qm of the strings that wait in translations/pending, loaded over the Indonesian translation.
 */
TEST_CASE_METHOD(DemoSessionFixture, "Dashboard screenshots in both languages", "[.shots]")
{
    const auto staff = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    signInAs(*this, staff);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    for (const auto& code : {QStringLiteral("en"), QStringLiteral("id")}) {
        kinerja::test::LanguageGuard language(code);
        QTranslator pending;
        const auto qm = qEnvironmentVariable("KINERJA_PENDING_QM");
        const bool extra = code == QStringLiteral("id") && !qm.isEmpty() && pending.load(qm);
        if (extra) {
            QCoreApplication::installTranslator(&pending);
        }
        {
            AppSettings settings;
            MainWindow window(session, settings);
            window.resize(1093, 614);
            window.show();
            settle();
            if (window.showPage(QStringLiteral("dashboardPage"))) {
                window.grab().save(QStringLiteral("/tmp/shots/dashboard-window-%1.png").arg(code));
                auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("achievementTabWidget"));
                auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("dashboardScrollArea"));
                if (tabs && scroll) {
                    scroll->ensureWidgetVisible(tabs);
                    settle();
                    window.grab().save(QStringLiteral("/tmp/shots/dashboard-window-chart-%1.png").arg(code));
                    tabs->setCurrentIndex(1);
                    settle();
                    window.grab().save(QStringLiteral("/tmp/shots/dashboard-window-table-%1.png").arg(code));
                }
            }
        }
        DashboardPage page(session);
        page.resize(1093, 614);
        page.show();
        settle();
        page.grab().save(QStringLiteral("/tmp/shots/dashboard-page-%1.png").arg(code));
        if (extra) {
            QCoreApplication::removeTranslator(&pending);
        }
    }
}

TEST_CASE_METHOD(DemoSessionFixture, "The dashboard's models pass QAbstractItemModelTester", "[ui][dashboard]")
{
    const auto returned = findPlan(session.database(),
        [](const PlanRepository::Summary& plan) { return plan.status == WorkflowState::PlanReturned; });
    REQUIRE(returned.has_value());
    signInAs(*this, returned->employeeId);
    ModelTesterWarnings warnings;
    const int before = ModelTesterWarnings::count();
    DashboardRequestModel requests;
    AchievementTableModel achievements;
    QAbstractItemModelTester requestTester(&requests, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester achievementTester(&achievements, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto overview = DashboardQueries(session.database()).overview(returned->employeeId, referenceDate(), {});
    REQUIRE(overview.ok());
    requests.setRequests(overview->requests);
    achievements.setIndicators(overview->indicators);
    CHECK(requests.rowCount() == overview->requests.size());
    CHECK(achievements.rowCount() == overview->indicators.size());
    requests.setRequests({});
    achievements.setIndicators({});
    CHECK(ModelTesterWarnings::count() == before);
}
