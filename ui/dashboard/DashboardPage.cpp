// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/domain/CommandStatus.h"
#include "core/domain/CompetencySummary.h"
#include "ui/Session.h"
#include "ui/dashboard/AchievementChart.h"
#include "ui/dashboard/AchievementTableModel.h"
#include "ui/dashboard/DashboardRequestModel.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/Formatting.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

const QString kWarningStyle = QStringLiteral("color: #a40000; font-weight: bold;");
const QString kStrongStyle = QStringLiteral("font-weight: bold;");

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* linkButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

} // namespace

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
    connect(&m_session, &Session::documentChanged, this, [this]() { reload(); });
    connect(&m_session, &Session::userChanged, this, [this]() { reload(); });
    reload();
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("My year");
}

QString DashboardPage::lastSeenKey(const QUuid& employeeId)
{
    return QStringLiteral("dashboard/lastSeen/%1").arg(employeeId.toString(QUuid::WithoutBraces));
}

QDateTime DashboardPage::lastSeen() const
{
    if (!m_session.isSignedIn()) {
        return {};
    }
    const auto text = QString::fromUtf8(AppSettings().viewState(lastSeenKey(m_session.user().employeeId)));
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void DashboardPage::markAllRead()
{
    if (!m_session.isSignedIn()) {
        return;
    }
    AppSettings().setViewState(
        lastSeenKey(m_session.user().employeeId), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
    reload();
    emit statusMessage(tr("Everything your assessor wrote so far is marked as read."));
}

void DashboardPage::buildUi()
{
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContentWidget"));

    m_errorLabel = wrappingLabel(QStringLiteral("dashboardErrorLabel"), content);
    m_errorLabel->setStyleSheet(kWarningStyle);
    m_errorLabel->hide();

    // This year's plan.
    auto* planGroup = new QGroupBox(tr("This year's SKP"), content);
    planGroup->setObjectName(QStringLiteral("planGroupBox"));
    m_planHeadingLabel = wrappingLabel(QStringLiteral("planHeadingLabel"), planGroup);
    auto* statusCaption = new QLabel(tr("Status:"), planGroup);
    m_planStatusLabel = new QLabel(planGroup);
    m_planStatusLabel->setObjectName(QStringLiteral("planStatusLabel"));
    m_planStatusLabel->setStyleSheet(kStrongStyle);
    m_pendingLabel = new QLabel(planGroup);
    m_pendingLabel->setObjectName(QStringLiteral("pendingSyncLabel"));
    m_pendingLabel->setToolTip(tr("Steps such as submitting stay waiting until the shared database confirms them. "
                                  "Your work is saved on this computer."));
    m_pendingLabel->hide();
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(statusCaption);
    statusRow->addWidget(m_planStatusLabel);
    statusRow->addWidget(m_pendingLabel);
    statusRow->addStretch(1);
    m_planDetailsLabel = wrappingLabel(QStringLiteral("planDetailsLabel"), planGroup);
    m_planButton = linkButton(QStringLiteral("openPlanButton"), tr("Open my &plan"), planGroup);
    connect(
        m_planButton, &QPushButton::clicked, this, [this]() { emit navigationRequested(QStringLiteral("planPage")); });
    auto* planLayout = new QVBoxLayout(planGroup);
    planLayout->addWidget(m_planHeadingLabel);
    planLayout->addLayout(statusRow);
    planLayout->addWidget(m_planDetailsLabel);
    planLayout->addWidget(m_planButton);

    // The next deadline.
    auto* deadlineGroup = new QGroupBox(tr("Next deadline"), content);
    deadlineGroup->setObjectName(QStringLiteral("deadlineGroupBox"));
    m_deadlineLabel = wrappingLabel(QStringLiteral("deadlineLabel"), deadlineGroup);
    m_daysLabel = wrappingLabel(QStringLiteral("deadlineDaysLabel"), deadlineGroup);
    m_deadlineButton = linkButton(QStringLiteral("deadlineButton"), tr("&Work on it"), deadlineGroup);
    connect(m_deadlineButton, &QPushButton::clicked, this, [this]() {
        if (!m_deadlinePage.isEmpty()) {
            emit navigationRequested(m_deadlinePage);
        }
    });
    auto* deadlineLayout = new QVBoxLayout(deadlineGroup);
    deadlineLayout->addWidget(m_deadlineLabel);
    deadlineLayout->addWidget(m_daysLabel);
    deadlineLayout->addWidget(m_deadlineButton);

    // Competency development.
    auto* competencyGroup = new QGroupBox(tr("Competency development"), content);
    competencyGroup->setObjectName(QStringLiteral("competencyGroupBox"));
    m_competencyBar = new QProgressBar(competencyGroup);
    m_competencyBar->setObjectName(QStringLiteral("competencyProgressBar"));
    m_competencyBar->setAccessibleName(tr("JP of competency development this year"));
    m_competencyBar->setRange(0, CompetencySummary::kRequiredLessonHoursPerYear);
    m_competencyLabel = wrappingLabel(QStringLiteral("competencyLabel"), competencyGroup);
    auto* competencyButton =
        linkButton(QStringLiteral("openCompetencyButton"), tr("Open competency &development"), competencyGroup);
    connect(competencyButton, &QPushButton::clicked, this,
        [this]() { emit navigationRequested(QStringLiteral("competencyPage")); });
    auto* competencyLayout = new QVBoxLayout(competencyGroup);
    competencyLayout->addWidget(m_competencyBar);
    competencyLayout->addWidget(m_competencyLabel);
    competencyLayout->addWidget(competencyButton);

    // What the assessor asked for.
    auto* requestGroup = new QGroupBox(tr("What your assessor asked for"), content);
    requestGroup->setObjectName(QStringLiteral("requestGroupBox"));
    m_requestModel = new DashboardRequestModel(this);
    m_requestView = new QListView(requestGroup);
    m_requestView->setObjectName(QStringLiteral("requestListView"));
    m_requestView->setAccessibleName(tr("What your assessor asked for"));
    m_requestView->setModel(m_requestModel);
    m_requestView->setWordWrap(true);
    m_requestView->setAlternatingRowColors(true);
    m_requestView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requestView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_requestView->setResizeMode(QListView::Adjust);
    connect(m_requestView, &QListView::activated, this, &DashboardPage::openSelectedRequest);
    m_requestInfoLabel = wrappingLabel(QStringLiteral("requestInfoLabel"), requestGroup);
    m_openRequestButton = linkButton(QStringLiteral("openRequestButton"), tr("&Open the selected item"), requestGroup);
    connect(m_openRequestButton, &QPushButton::clicked, this, &DashboardPage::openSelectedRequest);
    m_markReadButton = linkButton(QStringLiteral("markReadButton"), tr("Mark all as &read"), requestGroup);
    connect(m_markReadButton, &QPushButton::clicked, this, &DashboardPage::markAllRead);
    auto* requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_openRequestButton);
    requestButtons->addWidget(m_markReadButton);
    requestButtons->addStretch(1);
    auto* requestLayout = new QVBoxLayout(requestGroup);
    requestLayout->addWidget(m_requestView, 1);
    requestLayout->addWidget(m_requestInfoLabel);
    requestLayout->addLayout(requestButtons);

    // Achievement so far per indicator: a chart and the same numbers as a table.
    auto* achievementGroup = new QGroupBox(tr("Achievement so far per indicator"), content);
    achievementGroup->setObjectName(QStringLiteral("achievementGroupBox"));
    auto* achievementNote = wrappingLabel(QStringLiteral("achievementNoteLabel"), achievementGroup);
    achievementNote->setText(tr("The latest realization of each indicator against its target, for your information: "
                                "no formula decides a rating."));
    m_achievementModel = new AchievementTableModel(this);
    m_achievementTabs = new QTabWidget(achievementGroup);
    m_achievementTabs->setObjectName(QStringLiteral("achievementTabWidget"));
    m_chart = new AchievementChart(m_achievementTabs);
    m_chart->setObjectName(QStringLiteral("achievementChart"));
    m_chart->setAccessibleName(tr("Achievement so far per indicator, as a chart"));
    m_chart->setModel(m_achievementModel);
    m_achievementTable = new QTableView(m_achievementTabs);
    m_achievementTable->setObjectName(QStringLiteral("achievementTableView"));
    m_achievementTable->setAccessibleName(tr("Achievement so far per indicator, as a table"));
    m_achievementTable->setModel(m_achievementModel);
    m_achievementTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_achievementTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_achievementTable->setWordWrap(true);
    m_achievementTable->verticalHeader()->hide();
    m_achievementTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_achievementTable->horizontalHeader()->setSectionResizeMode(
        AchievementTableModel::IndicatorColumn, QHeaderView::Stretch);
    m_achievementTabs->addTab(m_chart, tr("C&hart"));
    m_achievementTabs->addTab(m_achievementTable, tr("&Table"));
    auto* achievementLayout = new QVBoxLayout(achievementGroup);
    achievementLayout->addWidget(achievementNote);
    achievementLayout->addWidget(m_achievementTabs);

    // Two columns over the chart; the whole page scrolls on a small screen (1366 x 768 at 125 %).
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_errorLabel, 0, 0, 1, 2);
    grid->addWidget(planGroup, 1, 0);
    grid->addWidget(deadlineGroup, 2, 0);
    grid->addWidget(competencyGroup, 3, 0);
    grid->addWidget(requestGroup, 1, 1, 3, 1);
    grid->addWidget(achievementGroup, 4, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(5, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_planButton, m_deadlineButton);
    setTabOrder(m_deadlineButton, competencyButton);
    setTabOrder(competencyButton, m_requestView);
    setTabOrder(m_requestView, m_openRequestButton);
    setTabOrder(m_openRequestButton, m_markReadButton);
    setTabOrder(m_markReadButton, m_achievementTabs);
    setTabOrder(m_achievementTabs, m_chart);
    setTabOrder(m_chart, m_achievementTable);
}

void DashboardPage::reload()
{
    if (!m_session.isOpen() || !m_session.isSignedIn()) {
        m_overview.reset();
        m_requestModel->setRequests({});
        m_achievementModel->setIndicators({});
        return;
    }
    const auto read =
        DashboardQueries(m_session.database()).overview(m_session.user().employeeId, m_session.today(), lastSeen());
    if (!read) {
        showFailure(read.error());
        return;
    }
    m_errorLabel->hide();
    m_overview = read.value();
    showPlan(*m_overview);
    showDeadline(*m_overview);
    showRequests(*m_overview);
    m_achievementModel->setIndicators(m_overview->indicators);
    showCompetency(*m_overview);
}

void DashboardPage::showFailure(const QString& error)
{
    m_errorLabel->setText(tr("The overview could not be read: %1").arg(error));
    m_errorLabel->show();
    emit statusMessage(error);
}

void DashboardPage::showPlan(const DashboardQueries::Overview& overview)
{
    if (!overview.plan) {
        m_planHeadingLabel->setText(tr("You have no SKP for %1 yet.").arg(overview.year));
        m_planStatusLabel->setText(tr("Not started"));
        m_planDetailsLabel->setText(tr("Start it on the My plan page: write your Rencana Hasil Kerja and their "
                                       "indicators, then submit it to your Pejabat Penilai Kinerja."));
        m_pendingLabel->hide();
        m_planButton->setText(tr("Start my &plan"));
        return;
    }
    const auto& stored = *overview.plan;
    m_planHeadingLabel->setText(tr("SKP %1, from %2 to %3")
                                    .arg(QString::number(overview.year), Formatting::date(stored.plan.startDate),
                                        Formatting::date(stored.plan.endDate)));
    m_planStatusLabel->setText(displayName(stored.status));
    // A standalone file never syncs: its steps stay queued for a later server install, without a marker.
    if (overview.pendingCommands > 0 && m_session.info().isReplica()) {
        m_pendingLabel->setText(
            tr("(%1: %n step(s))", nullptr, overview.pendingCommands).arg(displayName(CommandStatus::Pending)));
        m_pendingLabel->show();
    } else {
        m_pendingLabel->hide();
    }
    const auto assessor = stored.participants.assessor.name;
    QString details = assessor.isEmpty() ? tr("No Pejabat Penilai Kinerja is recorded on this SKP.")
                                         : tr("Pejabat Penilai Kinerja: %1").arg(assessor);
    if (stored.status == WorkflowState::PlanReturned) {
        details +=
            QLatin1Char('\n') + tr("It was returned to you: see the note beside, correct it and submit it again.");
    }
    m_planDetailsLabel->setText(details);
    m_planButton->setText(tr("Open my &plan"));
}

void DashboardPage::showDeadline(const DashboardQueries::Overview& overview)
{
    using Kind = DashboardQueries::Deadline::Kind;
    m_daysLabel->setStyleSheet(QString());
    if (!overview.nextDeadline) {
        m_deadlineLabel->setText(tr("No deadline ahead: nothing of this year waits for you."));
        m_daysLabel->clear();
        m_deadlineButton->hide();
        m_deadlinePage.clear();
        return;
    }
    const auto& deadline = *overview.nextDeadline;
    const auto date = Formatting::date(deadline.date);
    if (deadline.kind == Kind::PlanApproval) {
        m_deadlineLabel->setText(overview.plan
                ? tr("Your SKP must be approved (ditetapkan) by %1.").arg(date)
                : tr("Your SKP for %1 must be approved (ditetapkan) by %2.").arg(overview.year).arg(date));
        m_deadlinePage = QStringLiteral("planPage");
    } else {
        m_deadlineLabel->setText(
            tr("Batas Pengisian %1: submit your realizations and evidence by %2.").arg(deadline.periodLabel, date));
        m_deadlinePage = QStringLiteral("evaluationsPage");
    }
    const auto days = static_cast<int>(deadline.daysLeft);
    if (deadline.isOverdue()) {
        m_daysLabel->setText(tr("Overdue by %n day(s).", nullptr, -days));
        m_daysLabel->setStyleSheet(kWarningStyle);
    } else if (days == 0) {
        m_daysLabel->setText(tr("Due today: this is the last day."));
        m_daysLabel->setStyleSheet(kStrongStyle);
    } else {
        m_daysLabel->setText(tr("%n day(s) left.", nullptr, days));
    }
    m_deadlineButton->show();
}

void DashboardPage::showRequests(const DashboardQueries::Overview& overview)
{
    m_requestModel->setRequests(overview.requests);
    const bool any = !overview.requests.isEmpty();
    const bool anyNew = std::any_of(overview.requests.cbegin(), overview.requests.cend(),
        [](const DashboardQueries::Request& request) { return request.isNew; });
    if (!any) {
        m_requestInfoLabel->setText(overview.plan ? tr("Nothing new from your assessor.")
                                                  : tr("Your assessor's notes, feedback and ratings appear here."));
    } else if (overview.moreRequests > 0) {
        m_requestInfoLabel->setText(
            tr("%n older item(s) are on the My evaluations page.", nullptr, overview.moreRequests));
    } else {
        m_requestInfoLabel->clear();
    }
    m_requestInfoLabel->setVisible(!m_requestInfoLabel->text().isEmpty());
    m_openRequestButton->setEnabled(any);
    m_markReadButton->setEnabled(anyNew);
    if (any && !m_requestView->currentIndex().isValid()) {
        m_requestView->setCurrentIndex(m_requestModel->index(0));
    }
}

void DashboardPage::showCompetency(const DashboardQueries::Overview& overview)
{
    const auto& summary = overview.competency;
    const int total = summary.totalLessonHours();
    m_competencyBar->setValue(std::min(total, CompetencySummary::kRequiredLessonHoursPerYear));
    m_competencyBar->setFormat(
        tr("%1 of %2 JP")
            .arg(Formatting::number(total, 0), Formatting::number(CompetencySummary::kRequiredLessonHoursPerYear, 0)));
    m_competencyLabel->setText(summary.statusText());
}

void DashboardPage::openSelectedRequest()
{
    const auto index = m_requestView->currentIndex();
    if (!index.isValid()) {
        return;
    }
    emit navigationRequested(index.data(DashboardRequestModel::TargetPageRole).toString());
}

} // namespace kinerja
