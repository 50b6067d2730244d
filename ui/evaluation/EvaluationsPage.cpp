// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvaluationsPage.h"

#include "core/domain/ActorRoles.h"
#include "core/domain/Permissions.h"
#include "core/domain/RealizationPaste.h"
#include "core/domain/ReportingLines.h"
#include "core/domain/TransitionTable.h"
#include "core/storage/WorkflowService.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/colleague/ColleaguePanel.h"
#include "ui/evaluation/AddLinkDialog.h"
#include "ui/evaluation/AssessmentPanel.h"
#include "ui/evaluation/EvaluationListModel.h"
#include "ui/evaluation/EvidenceListModel.h"
#include "ui/evaluation/ObjectionPanel.h"
#include "ui/evaluation/RealizationModel.h"
#include "ui/evaluation/RealizationPasteDialog.h"
#include "ui/evaluation/commands/AddEvidenceCommand.h"
#include "ui/evaluation/commands/EvaluationCommandContext.h"
#include "ui/evaluation/commands/PasteRealizationsCommand.h"
#include "ui/evaluation/commands/RemoveEvidenceCommand.h"
#include "ui/evaluation/commands/SaveRealizationCommand.h"
#include "ui/history/HistoryDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/DetailStack.h"
#include "ui/widgets/Formatting.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

const QString kPageSplitterKey = QStringLiteral("evaluations/pageSplitter");
const QString kRealizationSplitterKey = QStringLiteral("evaluations/realizationSplitter");
const QString kRealizationHeaderKey = QStringLiteral("evaluations/realizationHeader");
const QString kPeriodHeaderKey = QStringLiteral("evaluations/periodHeader");
const QString kFileFolderKey = QStringLiteral("evaluations/lastFileFolder");

/// The evaluation to show first: the period that contains today, else the latest one that has started, else the
/// annual one after the SKP's end.
QUuid defaultEvaluation(const QList<EvaluationListModel::Item>& items, QDate today)
{
    QUuid started;
    QUuid annual;
    for (const auto& item : items) {
        const auto& period = item.evaluation.period;
        if (period.isAnnual()) {
            annual = item.evaluation.id;
            if (today > period.end) {
                return annual;
            }
            continue;
        }
        if (period.contains(today)) {
            return item.evaluation.id;
        }
        if (period.start <= today) {
            started = item.evaluation.id;
        }
    }
    if (!started.isNull()) {
        return started;
    }
    if (!items.isEmpty()) {
        return items.constFirst().evaluation.id;
    }
    return annual;
}

bool hasRealization(
    const RealizationModel::IndicatorEntry& entry, const std::optional<RealizationModel::Realization>& row)
{
    if (!row) {
        return false;
    }
    return entry.numeric ? row->value.has_value() : !row->description.trimmed().isEmpty();
}

} // namespace

EvaluationsPage::EvaluationsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("evaluationsPage"));
    m_undoStack = new QUndoStack(this);
    m_context = new EvaluationCommandContext(session, this);
    m_job = new EvidenceFileJob(this);
    m_evaluationModel = new EvaluationListModel(this);
    m_realizationModel = new RealizationModel(this);
    m_evidenceModel = new EvidenceListModel(this);
    buildUi();

    connect(m_context, &EvaluationCommandContext::commandFailed, this, &EvaluationsPage::showError);
    connect(&m_session, &Session::documentChanged, this, &EvaluationsPage::documentChanged);
    connect(m_realizationModel, &RealizationModel::editRequested, this, &EvaluationsPage::realizationEditRequested);
    connect(m_job, &EvidenceFileJob::attachFinished, this, &EvaluationsPage::attachFinished);
    connect(m_job, &EvidenceFileJob::copyFinished, this, &EvaluationsPage::copyFinished);
    connect(m_job, &EvidenceFileJob::progressChanged, this, [this](int done, int total, const QString& fileName) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
        if (done < total) {
            m_progressLabel->setText(tr("Adding \"%1\" (%2 of %3)...").arg(fileName).arg(done + 1).arg(total));
        }
    });
    reload();
}

EvaluationsPage::~EvaluationsPage()
{
    saveViewState();
}

QString EvaluationsPage::title() const
{
    return tr("My evaluations");
}

QUndoStack* EvaluationsPage::undoStack() const
{
    return m_undoStack;
}

void EvaluationsPage::buildUi()
{
    // --- Top: the SKP and its periods ---
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planComboBox"));
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setMinimumContentsLength(30);
    auto* planLabel = new QLabel(tr("&SKP:"), this);
    planLabel->setBuddy(m_planCombo);
    m_historyButton = new QPushButton(tr("&History..."), this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(tr("Who changed what in this evaluation, and when"));

    m_periodView = new QTableView(this);
    m_periodView->setObjectName(QStringLiteral("periodTableView"));
    m_periodView->setModel(m_evaluationModel);
    m_periodView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periodView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periodView->setTabKeyNavigation(false);
    m_periodView->verticalHeader()->hide();
    m_periodView->horizontalHeader()->setStretchLastSection(true);
    m_periodView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_periodView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_periodView->verticalHeader()->setDefaultSectionSize(m_periodView->fontMetrics().height() + 8);
    auto* periodLabel = new QLabel(tr("P&eriods:"), this);
    periodLabel->setBuddy(m_periodView);

    auto* top = new QWidget(this);
    auto* planRow = new QHBoxLayout;
    planRow->addWidget(planLabel);
    planRow->addWidget(m_planCombo, 1);
    planRow->addWidget(m_historyButton);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(planRow);
    topLayout->addWidget(periodLabel);
    topLayout->addWidget(m_periodView, 1);

    // --- Bottom: the evaluation chosen ---
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("evaluationTitleLabel"));
    m_titleLabel->setTextFormat(Qt::RichText);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("evaluationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_pasteButton = new QPushButton(tr("&Paste from spreadsheet"), this);
    m_pasteButton->setObjectName(QStringLiteral("pasteButton"));
    m_pasteButton->setToolTip(tr("Copy rows (indicator number, realization, action plan) in a spreadsheet, then "
                                 "paste them here (Ctrl+V)."));
    m_submitButton = new QPushButton(tr("Su&bmit for evaluation..."), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_withdrawButton = new QPushButton(tr("&Withdraw submission..."), this);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #6b4a00;"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    m_pasteAction = new QAction(tr("Paste realizations from a spreadsheet"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteRealizationsAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pasteAction);

    m_realizationView = new QTreeView(this);
    m_realizationView->setObjectName(QStringLiteral("realizationTreeView"));
    m_realizationView->setAccessibleName(tr("Indicators with their action plan and realization"));
    m_realizationView->setModel(m_realizationModel);
    m_realizationView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_realizationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_realizationView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_realizationView->setAlternatingRowColors(true);
    m_realizationView->setWordWrap(true);
    m_realizationView->setUniformRowHeights(false);
    m_realizationView->setAllColumnsShowFocus(false);
    RealizationModel::setUpHeader(*m_realizationView->header());

    m_evidenceView = new QTableView(this);
    m_evidenceView->setObjectName(QStringLiteral("evidenceTableView"));
    m_evidenceView->setModel(m_evidenceModel);
    m_evidenceView->setAccessibleName(tr("Evidence of the selected indicator"));
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceView->setTabKeyNavigation(false);
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_evidenceView->verticalHeader()->setDefaultSectionSize(m_evidenceView->fontMetrics().height() + 8);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::TitleColumn, QHeaderView::Stretch);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(
        EvidenceListModel::KindColumn, QHeaderView::ResizeToContents);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::DetailColumn, QHeaderView::Stretch);
    m_evidenceLabel = new QLabel(this);
    m_evidenceLabel->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidenceLabel->setWordWrap(true);
    m_evidenceLabel->setBuddy(m_evidenceView);
    m_attachButton = new QPushButton(tr("&Attach files..."), this);
    m_attachButton->setObjectName(QStringLiteral("attachFilesButton"));
    m_attachButton->setToolTip(tr("PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS, at most %1 each")
                                   .arg(EvidenceListModel::sizeText(EvidenceStore::kDefaultMaxBytes)));
    m_addLinkButton = new QPushButton(tr("Add &link..."), this);
    m_addLinkButton->setObjectName(QStringLiteral("addLinkButton"));
    m_openButton = new QPushButton(tr("Ope&n"), this);
    m_openButton->setObjectName(QStringLiteral("openEvidenceButton"));
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("evidenceProgressBar"));
    m_progressBar->setAccessibleName(tr("Progress of the evidence files"));
    m_progressBar->hide();
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("evidenceProgressLabel"));
    m_progressLabel->hide();

    auto* removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_evidenceView->addAction(removeShortcut);
    connect(removeShortcut, &QAction::triggered, this, [this]() { removeEvidence(selectedEvidenceId()); });

    auto* evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_attachButton);
    evidenceButtons->addWidget(m_addLinkButton);
    evidenceButtons->addWidget(m_openButton);
    evidenceButtons->addWidget(m_removeButton);
    evidenceButtons->addStretch(1);
    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidenceView, 1);
    evidenceRow->addLayout(evidenceButtons);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);
    auto* evidencePane = new QWidget(this);
    auto* evidenceLayout = new QVBoxLayout(evidencePane);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceLabel);
    evidenceLayout->addLayout(evidenceRow, 1);
    evidenceLayout->addLayout(progressRow);

    m_realizationSplitter = new QSplitter(Qt::Vertical, this);
    m_realizationSplitter->setObjectName(QStringLiteral("realizationSplitter"));
    m_realizationSplitter->setChildrenCollapsible(false);
    m_realizationSplitter->addWidget(m_realizationView);
    m_realizationSplitter->addWidget(evidencePane);
    m_realizationSplitter->setStretchFactor(0, 3);
    m_realizationSplitter->setStretchFactor(1, 1);

    m_assessmentPanel = new AssessmentPanel(this);
    m_objectionPanel = new ObjectionPanel(m_session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("evaluationTabWidget"));
    m_tabs->addTab(m_realizationSplitter, tr("Reali&zations and evidence"));
    m_tabs->addTab(m_assessmentPanel, tr("&Feedback and ratings"));
    m_tabs->addTab(m_objectionPanel, tr("&Objection"));
    m_colleaguePanel = new ColleaguePanel(m_session, this);
    m_tabs->addTab(m_colleaguePanel, tr("Co&lleagues"));

    auto* detail = new QWidget(this);
    auto* headerRow = new QHBoxLayout;
    auto* titleColumn = new QVBoxLayout;
    titleColumn->addWidget(m_titleLabel);
    titleColumn->addWidget(m_statusLabel);
    headerRow->addLayout(titleColumn, 1);
    headerRow->addWidget(m_pasteButton, 0, Qt::AlignTop);
    headerRow->addWidget(m_submitButton, 0, Qt::AlignTop);
    headerRow->addWidget(m_withdrawButton, 0, Qt::AlignTop);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(headerRow);
    detailLayout->addWidget(m_readOnlyLabel);
    detailLayout->addWidget(m_messageLabel);
    detailLayout->addWidget(m_tabs, 1);

    m_detailStack = new DetailStack(detail, this);

    m_pageSplitter = new QSplitter(Qt::Vertical, this);
    m_pageSplitter->setObjectName(QStringLiteral("evaluationsSplitter"));
    m_pageSplitter->setChildrenCollapsible(false);
    m_pageSplitter->addWidget(top);
    m_pageSplitter->addWidget(m_detailStack);
    m_pageSplitter->setStretchFactor(0, 1);
    m_pageSplitter->setStretchFactor(1, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pageSplitter);

    setTabOrder(m_planCombo, m_historyButton);
    setTabOrder(m_historyButton, m_periodView);
    setTabOrder(m_periodView, m_pasteButton);
    setTabOrder(m_pasteButton, m_submitButton);
    setTabOrder(m_submitButton, m_withdrawButton);
    setTabOrder(m_withdrawButton, m_tabs);
    setTabOrder(m_tabs, m_realizationView);
    setTabOrder(m_realizationView, m_evidenceView);
    setTabOrder(m_evidenceView, m_attachButton);
    setTabOrder(m_attachButton, m_addLinkButton);
    setTabOrder(m_addLinkButton, m_openButton);
    setTabOrder(m_openButton, m_removeButton);

    AppSettings settings;
    // The periods take a few rows; the indicators get most of the height, their evidence the rest.
    const int line = fontMetrics().height();
    if (!m_pageSplitter->restoreState(settings.viewState(kPageSplitterKey))) {
        m_pageSplitter->setSizes({line * 12, line * 36});
    }
    if (!m_realizationSplitter->restoreState(settings.viewState(kRealizationSplitterKey))) {
        m_realizationSplitter->setSizes({line * 22, line * 8});
    }
    m_realizationView->header()->restoreState(settings.viewState(kRealizationHeaderKey));
    m_periodView->horizontalHeader()->restoreState(settings.viewState(kPeriodHeaderKey));

    connect(m_planCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto id = m_planCombo->itemData(index).toUuid();
        if (!id.isNull() && id != currentPlanId()) {
            loadPlan(id, {});
        }
    });
    connect(m_periodView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const auto id = current.data(EvaluationListModel::EvaluationIdRole).toUuid();
            if (!id.isNull() && id != currentEvaluationId()) {
                loadEvaluation(id);
            }
        });
    connect(m_realizationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EvaluationsPage::updateEvidencePanel);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EvaluationsPage::updateEvidenceButtons);
    connect(m_evidenceView, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { openEvidence(index.data(EvidenceListModel::EvidenceIdRole).toUuid()); });
    connect(m_historyButton, &QPushButton::clicked, this, &EvaluationsPage::showHistory);
    connect(m_pasteButton, &QPushButton::clicked, this, &EvaluationsPage::pasteFromClipboard);
    connect(m_pasteAction, &QAction::triggered, this, &EvaluationsPage::pasteFromClipboard);
    connect(m_submitButton, &QPushButton::clicked, this, &EvaluationsPage::submit);
    connect(m_withdrawButton, &QPushButton::clicked, this, &EvaluationsPage::withdraw);
    connect(m_attachButton, &QPushButton::clicked, this, &EvaluationsPage::chooseFiles);
    connect(m_addLinkButton, &QPushButton::clicked, this, &EvaluationsPage::askForLink);
    connect(m_openButton, &QPushButton::clicked, this, [this]() { openEvidence(selectedEvidenceId()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this]() { removeEvidence(selectedEvidenceId()); });
    connect(m_objectionPanel, &ObjectionPanel::objectionFiled, this, [this](const QUuid& evaluationId) {
        m_undoStack->clear();
        emit statusMessage(tr("Your objection was filed."));
        emit m_session.documentChanged(evaluationId);
    });
    connect(m_pageSplitter, &QSplitter::splitterMoved, this, &EvaluationsPage::saveViewState);
    connect(m_realizationSplitter, &QSplitter::splitterMoved, this, &EvaluationsPage::saveViewState);
}

void EvaluationsPage::saveViewState()
{
    AppSettings settings;
    settings.setViewState(kPageSplitterKey, m_pageSplitter->saveState());
    settings.setViewState(kRealizationSplitterKey, m_realizationSplitter->saveState());
    settings.setViewState(kRealizationHeaderKey, m_realizationView->header()->saveState());
    settings.setViewState(kPeriodHeaderKey, m_periodView->horizontalHeader()->saveState());
}

// ---- Loading ----

void EvaluationsPage::reload()
{
    clearError();
    const auto keepPlan = currentPlanId();
    const auto keepEvaluation = currentEvaluationId();
    m_plans.clear();
    if (m_session.isOpen() && m_session.isSignedIn()) {
        const auto plans = PlanRepository(m_session.database()).listForEmployee(m_session.user().employeeId);
        if (plans) {
            m_plans = plans.value();
        } else {
            showError(plans.error());
        }
    }
    {
        const QSignalBlocker blocker(m_planCombo);
        m_planCombo->clear();
        for (const auto& plan : std::as_const(m_plans)) {
            m_planCombo->addItem(tr("SKP %1: %2 to %3 (%4)")
                                     .arg(QString::number(plan.startDate.year()), Formatting::date(plan.startDate),
                                         Formatting::date(plan.endDate), displayName(plan.status)),
                plan.id);
        }
    }
    if (m_plans.isEmpty()) {
        m_plan.reset();
        m_evaluation.reset();
        m_undoStack->clear();
        m_evaluationModel->setItems({}, m_session.today());
        m_realizationModel->clear();
        m_detailStack->showEmpty(
            tr("You have no SKP yet. Write your SKP under \"My plan\" first: its evaluations appear "
               "here once the %1 has approved it.")
                .arg(QLatin1String(kAssessorTitle)));
        m_historyButton->setEnabled(false);
        return;
    }
    QUuid planId = keepPlan;
    if (std::none_of(m_plans.cbegin(), m_plans.cend(), [&planId](const auto& plan) { return plan.id == planId; })) {
        // The current SKP: the one whose dates hold today; else the newest.
        const auto today = m_session.today();
        planId = m_plans.constFirst().id;
        for (const auto& plan : std::as_const(m_plans)) {
            if (plan.startDate <= today && today <= plan.endDate) {
                planId = plan.id;
                break;
            }
        }
    }
    m_plan.reset(); // read it again
    loadPlan(planId, keepEvaluation);
}

bool EvaluationsPage::selectPlan(const QUuid& planId)
{
    const int index = m_planCombo->findData(planId);
    if (index < 0) {
        return false;
    }
    if (planId != currentPlanId()) {
        loadPlan(planId, {});
    }
    return true;
}

QUuid EvaluationsPage::currentPlanId() const
{
    return m_plan ? m_plan->plan.id : QUuid();
}

QUuid EvaluationsPage::currentEvaluationId() const
{
    return m_evaluation ? m_evaluation->id : QUuid();
}

void EvaluationsPage::loadPlan(const QUuid& planId, const QUuid& preferredEvaluation)
{
    const auto& database = m_session.database();
    {
        const QSignalBlocker blocker(m_planCombo);
        m_planCombo->setCurrentIndex(m_planCombo->findData(planId));
    }
    const auto loaded = PlanRepository(database).load(planId);
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    m_plan = loaded.value();
    m_realizationModel->setPlan(m_plan->plan);
    m_realizationView->expandAll();
    for (int row = 0; row < m_realizationModel->rowCount(); ++row) {
        m_realizationView->setFirstColumnSpanned(row, {}, true);
    }

    QList<EvaluationListModel::Item> items;
    const auto evaluations = EvaluationRepository(database).listForPlan(planId);
    if (!evaluations) {
        showError(evaluations.error());
    } else {
        const WorkflowService workflow(database);
        for (const auto& evaluation : evaluations.value()) {
            EvaluationListModel::Item item;
            item.evaluation = evaluation;
            const auto state = workflow.state(DocumentKind::Evaluation, evaluation.id);
            item.pending = m_session.info().isReplica() && state && state->hasPending();
            items.append(item);
        }
    }
    m_evaluationModel->setItems(items, m_session.today());
    m_periodView->resizeColumnsToContents();
    m_historyButton->setEnabled(!items.isEmpty());
    if (items.isEmpty()) {
        m_undoStack->clear();
        m_evaluation.reset();
        m_detailStack->showEmpty(
            tr("This SKP has no evaluations yet. They appear once the %1 has approved the SKP; its "
               "status now is \"%2\".")
                .arg(QLatin1String(kAssessorTitle), displayName(m_plan->status)));
        m_assessmentPanel->setEvaluation(m_plan->plan, nullptr);
        m_objectionPanel->setEvaluation(nullptr, {});
        m_colleaguePanel->setEvaluation(nullptr, nullptr, {}, WorkflowState::EvaluationNotFilled);
        return;
    }
    m_detailStack->showDetail();
    const auto wanted = m_evaluationModel->rowOf(preferredEvaluation) >= 0
        ? preferredEvaluation
        : defaultEvaluation(items, m_session.today());
    m_evaluation.reset(); // so that loadEvaluation() reads it
    loadEvaluation(wanted);
}

bool EvaluationsPage::selectEvaluation(const QUuid& evaluationId)
{
    if (m_evaluationModel->rowOf(evaluationId) < 0) {
        return false;
    }
    if (evaluationId != currentEvaluationId()) {
        loadEvaluation(evaluationId);
    }
    return true;
}

void EvaluationsPage::loadEvaluation(const QUuid& evaluationId)
{
    const int row = m_evaluationModel->rowOf(evaluationId);
    if (row < 0) {
        return;
    }
    if (m_undoEvaluationId != evaluationId) {
        // The edits of another evaluation are no longer undone from here.
        m_undoStack->clear();
        m_undoEvaluationId = evaluationId;
    }
    clearError();
    m_evaluation = m_evaluationModel->items().at(row).evaluation;
    {
        const QSignalBlocker blocker(m_periodView->selectionModel());
        m_periodView->selectionModel()->setCurrentIndex(
            m_evaluationModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    refreshEvaluation();
}

void EvaluationsPage::refreshEvaluation()
{
    if (!m_evaluation || !m_plan) {
        return;
    }
    const auto& database = m_session.database();
    const auto loaded = EvaluationRepository(database).load(m_evaluation->id);
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    m_evaluation = loaded.value();
    const auto state = WorkflowService(database).state(DocumentKind::Evaluation, m_evaluation->id);
    if (state) {
        m_workflowState = state.value();
    } else {
        m_workflowState.reset();
    }
    const auto evidence = EvidenceStore(database).listForEvaluation(m_evaluation->id);
    if (evidence) {
        m_evidence = evidence.value();
    } else {
        m_evidence.clear();
        showError(evidence.error());
    }
    QHash<QUuid, int> counts;
    for (const auto& item : std::as_const(m_evidence)) {
        if (!item.indicatorId.isNull()) {
            ++counts[item.indicatorId];
        }
    }
    m_realizationModel->setValues(m_evaluation->realizations, counts);
    m_evaluationModel->updateItem(
        {*m_evaluation, m_session.info().isReplica() && m_workflowState && m_workflowState->hasPending()});
    updateEditability();
    updateHeader();
    updateEvidencePanel();
    m_assessmentPanel->setEvaluation(m_plan->plan, &*m_evaluation);
    m_objectionPanel->setEvaluation(&*m_evaluation, roles());
    m_colleaguePanel->setEvaluation(&m_plan->plan, &*m_evaluation, roles(),
        m_workflowState ? m_workflowState->effectiveState() : m_evaluation->status);
}

void EvaluationsPage::documentChanged(const QUuid& documentId)
{
    if (documentId.isNull()) {
        return;
    }
    if (documentId == currentEvaluationId()) {
        refreshEvaluation();
    } else if (documentId == currentPlanId()) {
        reload();
    }
}

// ---- State ----

ActorRoleSet EvaluationsPage::roles() const
{
    if (!m_plan || !m_evaluation) {
        return {};
    }
    // On one's own SKP the person is the Pegawai yang Dinilai (and the admin when they are one); the reporting lines
    // would only add the assessor roles, which nobody holds for themself.
    return ActorRoles::forDocument(ReportingLines(), m_plan->plan.employeeId, m_evaluation->period.end,
        m_session.user().employeeId, m_session.user().isAdmin);
}

TransitionContext EvaluationsPage::transitionContext() const
{
    TransitionContext context;
    context.today = m_session.today();
    if (m_evaluation) {
        context.entryDeadline = m_evaluation->period.entryDeadline;
        context.extendedUntil = m_evaluation->extendedUntil;
        if (m_evaluation->finalizedAt.isValid()) {
            context.finalizedOn = m_evaluation->finalizedAt.toLocalTime().date();
        }
    }
    return context;
}

void EvaluationsPage::updateEditability()
{
    m_editable = false;
    m_readOnlyReason.clear();
    bool showSubmit = false;
    bool showWithdraw = false;
    if (m_evaluation) {
        const auto state = m_workflowState ? m_workflowState->effectiveState() : m_evaluation->status;
        const Permissions permissions(roles(), DocumentKind::Evaluation, state);
        const auto context = transitionContext();
        const auto canEdit = permissions.canEdit(FieldGroup::Realizations);
        if (!canEdit) {
            m_readOnlyReason = canEdit.error();
        } else if (m_evaluation->period.locked) {
            m_readOnlyReason = tr("The personnel office has locked the period %1: nothing more can be entered.")
                                   .arg(m_evaluation->period.label());
        } else if (!context.isPeriodOpen()) {
            m_readOnlyReason = tr("The Batas Pengisian of this period passed on %1. Ask the personnel office to "
                                  "extend it if you still need to enter something.")
                                   .arg(Formatting::date(context.lastEntryDay()));
        } else {
            m_editable = true;
        }
        const auto& table = TransitionTable::standard();
        showSubmit = !table.rowsFor(DocumentKind::Evaluation, state, WorkflowCommand::Submit).isEmpty();
        showWithdraw = !table.rowsFor(DocumentKind::Evaluation, state, WorkflowCommand::Withdraw).isEmpty();
        const auto canSubmit = permissions.canDo(WorkflowCommand::Submit, context);
        m_submitButton->setEnabled(canSubmit.ok() && !m_evaluation->period.locked);
        m_submitButton->setToolTip(canSubmit
                ? tr("Send the realizations and evidence to the %1").arg(QLatin1String(kAssessorTitle))
                : canSubmit.error());
        const auto canWithdraw = permissions.canDo(WorkflowCommand::Withdraw, context);
        m_withdrawButton->setEnabled(canWithdraw.ok());
        m_withdrawButton->setToolTip(canWithdraw ? tr("Take the evaluation back to change it, before the %1 acts on "
                                                      "it")
                                                       .arg(QLatin1String(kAssessorTitle))
                                                 : canWithdraw.error());
    }
    m_submitButton->setVisible(showSubmit);
    m_withdrawButton->setVisible(showWithdraw);
    m_realizationModel->setEditable(m_editable);
    m_pasteAction->setEnabled(m_editable);
    m_pasteButton->setEnabled(m_editable);
    m_pasteButton->setVisible(m_editable || showSubmit);
    m_readOnlyLabel->setText(
        m_readOnlyReason.isEmpty() ? QString() : tr("This evaluation is read-only: %1").arg(m_readOnlyReason));
    m_readOnlyLabel->setVisible(!m_readOnlyReason.isEmpty());
    updateEvidenceButtons();
}

void EvaluationsPage::updateHeader()
{
    if (!m_evaluation) {
        m_titleLabel->clear();
        m_statusLabel->clear();
        return;
    }
    const auto& period = m_evaluation->period;
    m_titleLabel->setText(tr("<b>%1</b> (%2 to %3)")
                              .arg(period.label().toHtmlEscaped(), Formatting::date(period.start).toHtmlEscaped(),
                                  Formatting::date(period.end).toHtmlEscaped()));
    const EvaluationListModel::Item item {
        *m_evaluation, m_session.info().isReplica() && m_workflowState && m_workflowState->hasPending()};
    auto status = tr("Status: %1. Batas Pengisian: %2.")
                      .arg(EvaluationListModel::statusText(item),
                          EvaluationListModel::deadlineText(*m_evaluation, m_session.today()));
    if (m_evaluation->status == WorkflowState::EvaluationReturned && !m_evaluation->returnNote.isEmpty()) {
        status += QLatin1Char('\n')
            + tr("Returned by the %1: %2").arg(QLatin1String(kAssessorTitle), m_evaluation->returnNote);
    }
    if (m_workflowState) {
        if (const auto refusal = m_workflowState->refusal()) {
            status +=
                QLatin1Char('\n') + tr("The shared database refused the last step: %1").arg(refusal->refusalReason);
        }
    }
    m_statusLabel->setText(status);
}

QString EvaluationsPage::messageText() const
{
    return m_messageLabel->text();
}

void EvaluationsPage::showError(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        emit statusMessage(text);
    }
}

void EvaluationsPage::clearError()
{
    m_messageLabel->clear();
    m_messageLabel->hide();
}

// ---- Realizations ----

void EvaluationsPage::realizationEditRequested(const QModelIndex& index, const QString& text)
{
    const auto* entry = m_realizationModel->indicatorAt(index);
    if (!entry || !m_evaluation) {
        return;
    }
    if (!m_editable) {
        showError(m_readOnlyReason);
        return;
    }
    const auto after = m_realizationModel->edited(index, text);
    if (!after) {
        showError(after.error());
        return;
    }
    clearError();
    RealizationChange change;
    change.evaluationId = m_evaluation->id;
    change.before = m_realizationModel->realizationOf(entry->indicator.id);
    change.after = after.value();
    const auto field = index.column() == RealizationModel::ActionPlanColumn
        ? SaveRealizationCommand::Field::ActionPlan
        : SaveRealizationCommand::Field::Realization;
    m_undoStack->push(new SaveRealizationCommand(*m_context, change, field, entry->number));
}

void EvaluationsPage::pasteFromClipboard()
{
    const auto* clipboard = QGuiApplication::clipboard();
    const auto text = clipboard ? clipboard->text() : QString();
    if (text.trimmed().isEmpty()) {
        showError(tr("The clipboard holds no text. Copy the rows in your spreadsheet first."));
        return;
    }
    pasteText(text);
}

void EvaluationsPage::pasteText(const QString& text)
{
    if (!m_evaluation) {
        return;
    }
    if (!m_editable) {
        showError(m_readOnlyReason);
        return;
    }
    clearError();
    const auto targets = m_realizationModel->pasteTargets();
    RealizationPasteDialog dialog(RealizationPaste::parse(text, targets), targets, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QList<RealizationChange> changes;
    for (const auto& row : dialog.validRows()) {
        const auto index = m_realizationModel->indexOfIndicator(targets.at(row.target).indicatorId);
        const auto* entry = m_realizationModel->indicatorAt(index);
        if (!entry) {
            continue;
        }
        RealizationChange change;
        change.evaluationId = m_evaluation->id;
        change.before = m_realizationModel->realizationOf(entry->indicator.id);
        change.after = m_realizationModel->pasted(*entry, row);
        if (change.before && *change.before == change.after) {
            continue; // already stored as pasted
        }
        changes.append(change);
    }
    if (changes.isEmpty()) {
        emit statusMessage(tr("The pasted rows change nothing."));
        return;
    }
    const auto count = changes.size();
    m_undoStack->push(new PasteRealizationsCommand(*m_context, std::move(changes)));
    emit statusMessage(tr("%n realization(s) pasted.", nullptr, static_cast<int>(count)));
}

// ---- Workflow ----

bool EvaluationsPage::submit()
{
    if (!m_evaluation || !m_plan) {
        return false;
    }
    int missing = 0;
    for (const auto& result : m_realizationModel->results()) {
        for (const auto& entry : result.indicators) {
            if (!hasRealization(entry, m_realizationModel->realizationOf(entry.indicator.id))) {
                ++missing;
            }
        }
    }
    const auto assessor = m_evaluation->participants.assessor.name.isEmpty() ? QString::fromLatin1(kAssessorTitle)
                                                                             : m_evaluation->participants.assessor.name;
    auto question = tr("Submit the evaluation of %1 to %2? After that you can change nothing in it unless you "
                       "withdraw it before it is rated.")
                        .arg(m_evaluation->period.label(), assessor);
    if (missing > 0) {
        question += QStringLiteral("\n\n") + tr("Still without a realization: %n indicator(s).", nullptr, missing);
    }
    if (MessageBox::question(this, tr("Submit for evaluation"), question) != QMessageBox::Yes) {
        return false;
    }
    if (!runStep(WorkflowCommand::Submit)) {
        return false;
    }
    emit statusMessage(tr("The evaluation of %1 was submitted.").arg(m_evaluation->period.label()));
    return true;
}

bool EvaluationsPage::withdraw()
{
    if (!m_evaluation) {
        return false;
    }
    if (MessageBox::question(this, tr("Withdraw submission"),
            tr("Take the evaluation of %1 back from the %2 to change it? Submit it again when you are done.")
                .arg(m_evaluation->period.label(), QLatin1String(kAssessorTitle)))
        != QMessageBox::Yes) {
        return false;
    }
    if (!runStep(WorkflowCommand::Withdraw)) {
        return false;
    }
    emit statusMessage(tr("The evaluation of %1 was withdrawn.").arg(m_evaluation->period.label()));
    return true;
}

bool EvaluationsPage::runStep(WorkflowCommand command)
{
    clearError();
    WorkflowService::Request request;
    request.kind = DocumentKind::Evaluation;
    request.documentId = m_evaluation->id;
    request.command = command;
    request.roles = roles();
    request.actorId = m_session.user().employeeId;
    request.context.today = m_session.today();
    const auto outcome = WorkflowService(m_session.database()).execute(request);
    if (!outcome) {
        showError(outcome.error());
        return false;
    }
    // The edits before the step can no longer be undone from here.
    m_undoStack->clear();
    emit m_session.documentChanged(m_evaluation->id);
    return true;
}

void EvaluationsPage::showHistory()
{
    if (!m_evaluation || !m_plan) {
        return;
    }
    const auto title = tr("Evaluation %1, SKP %2 - %3")
                           .arg(m_evaluation->period.label(), QString::number(m_plan->plan.year()),
                               m_plan->participants.employee.name);
    HistoryDialog dialog(m_session.database(), m_evaluation->id, title, this);
    dialog.exec();
}

// ---- Evidence ----

QUuid EvaluationsPage::selectedIndicatorId() const
{
    const auto* entry = m_realizationModel->indicatorAt(m_realizationView->currentIndex());
    return entry ? entry->indicator.id : QUuid();
}

QUuid EvaluationsPage::selectedEvidenceId() const
{
    return m_evidenceView->currentIndex().data(EvidenceListModel::EvidenceIdRole).toUuid();
}

std::optional<EvidenceStore::Evidence> EvaluationsPage::evidenceById(const QUuid& evidenceId) const
{
    for (const auto& evidence : m_evidence) {
        if (evidence.id == evidenceId) {
            return evidence;
        }
    }
    return std::nullopt;
}

bool EvaluationsPage::selectIndicator(const QUuid& indicatorId)
{
    const auto index = m_realizationModel->indexOfIndicator(indicatorId, RealizationModel::RealizationColumn);
    if (!index.isValid()) {
        return false;
    }
    m_realizationView->setCurrentIndex(index);
    updateEvidencePanel();
    return true;
}

void EvaluationsPage::updateEvidencePanel()
{
    const auto* entry = m_realizationModel->indicatorAt(m_realizationView->currentIndex());
    const auto keep = selectedEvidenceId();
    if (!entry) {
        m_evidenceLabel->setText(tr("Choose an indicator in the table above to see and add its evidence."));
        m_evidenceModel->setEvidence({});
    } else {
        m_evidenceLabel->setText(tr("Evidence for indicator %1:").arg(entry->number));
        QList<EvidenceStore::Evidence> shown;
        for (const auto& evidence : std::as_const(m_evidence)) {
            if (evidence.indicatorId == entry->indicator.id) {
                shown.append(evidence);
            }
        }
        m_evidenceModel->setEvidence(shown);
        const int row = m_evidenceModel->rowOf(keep);
        if (row >= 0) {
            m_evidenceView->setCurrentIndex(m_evidenceModel->index(row, 0));
        }
    }
    updateEvidenceButtons();
}

void EvaluationsPage::updateEvidenceButtons()
{
    const bool hasIndicator = !selectedIndicatorId().isNull();
    const bool hasEvidence = !selectedEvidenceId().isNull();
    const bool idle = !m_job->isRunning();
    m_attachButton->setEnabled(m_editable && hasIndicator && idle);
    m_addLinkButton->setEnabled(m_editable && hasIndicator && idle);
    m_openButton->setEnabled(hasEvidence && idle);
    m_removeButton->setEnabled(m_editable && hasEvidence && idle);
}

void EvaluationsPage::chooseFiles()
{
    AppSettings settings;
    auto folder = QString::fromUtf8(settings.viewState(kFileFolderKey));
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const auto files = QFileDialog::getOpenFileNames(this, tr("Attach evidence files"), folder,
        tr("Evidence files (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    settings.setViewState(kFileFolderKey, QFileInfo(files.constFirst()).absolutePath().toUtf8());
    attachFiles(files);
}

void EvaluationsPage::attachFiles(const QStringList& paths)
{
    const auto* entry = m_realizationModel->indicatorAt(m_realizationView->currentIndex());
    if (!m_evaluation || paths.isEmpty() || m_job->isRunning()) {
        return;
    }
    if (!m_editable) {
        showError(m_readOnlyReason);
        return;
    }
    if (!entry) {
        showError(tr("Choose the indicator the evidence is for first."));
        return;
    }
    clearError();
    EvidenceStore::Target target;
    target.evaluationId = m_evaluation->id;
    target.workResultId = entry->workResultId;
    target.indicatorId = entry->indicator.id;
    m_progressBar->setRange(0, static_cast<int>(paths.size()));
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_progressLabel->setText(tr("Adding %n file(s)...", nullptr, static_cast<int>(paths.size())));
    m_progressLabel->show();
    m_job->attach(m_session.database().path(), target, paths);
    updateEvidenceButtons();
}

void EvaluationsPage::attachFinished(const QList<EvidenceFileJob::Outcome>& outcomes)
{
    m_progressBar->hide();
    m_progressLabel->hide();
    QList<EvidenceStore::Evidence> stored;
    QStringList errors;
    for (const auto& outcome : outcomes) {
        if (outcome.evidence) {
            stored.append(*outcome.evidence);
        } else {
            errors.append(outcome.error);
        }
    }
    if (!stored.isEmpty()) {
        if (stored.constFirst().evaluationId == currentEvaluationId()) {
            m_undoStack->push(new AddEvidenceCommand(*m_context, stored));
        } else {
            // Another evaluation is shown now: the files are stored, but not undone from here.
            emit m_session.documentChanged(stored.constFirst().evaluationId);
        }
        emit statusMessage(tr("%n evidence file(s) attached.", nullptr, static_cast<int>(stored.size())));
    }
    updateEvidenceButtons();
    if (!errors.isEmpty()) {
        MessageBox::warning(this, tr("Attach evidence"),
            tr("These files were not attached:\n\n%1").arg(errors.join(QStringLiteral("\n\n"))));
    }
}

void EvaluationsPage::askForLink()
{
    const auto* entry = m_realizationModel->indicatorAt(m_realizationView->currentIndex());
    if (!entry) {
        return;
    }
    AddLinkDialog dialog(entry->number, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addLink(dialog.url(), dialog.linkTitle())) {
            return;
        }
        MessageBox::warning(this, tr("Add a link as evidence"), messageText());
    }
}

bool EvaluationsPage::addLink(const QString& url, const QString& title)
{
    const auto* entry = m_realizationModel->indicatorAt(m_realizationView->currentIndex());
    if (!m_evaluation) {
        return false;
    }
    if (!m_editable) {
        showError(m_readOnlyReason);
        return false;
    }
    if (!entry) {
        showError(tr("Choose the indicator the evidence is for first."));
        return false;
    }
    EvidenceStore::Target target;
    target.evaluationId = m_evaluation->id;
    target.workResultId = entry->workResultId;
    target.indicatorId = entry->indicator.id;
    const auto added = EvidenceStore(m_session.database()).addLink(target, url, title);
    if (!added) {
        showError(added.error());
        return false;
    }
    clearError();
    m_undoStack->push(new AddEvidenceCommand(*m_context, {added.value()}));
    return true;
}

bool EvaluationsPage::removeEvidence(const QUuid& evidenceId)
{
    const auto evidence = evidenceById(evidenceId);
    if (!evidence) {
        return false;
    }
    if (!m_editable) {
        showError(m_readOnlyReason);
        return false;
    }
    clearError();
    m_undoStack->push(new RemoveEvidenceCommand(*m_context, *evidence));
    return true;
}

void EvaluationsPage::openEvidence(const QUuid& evidenceId)
{
    const auto evidence = evidenceById(evidenceId);
    if (!evidence) {
        return;
    }
    if (!evidence->url.isEmpty()) {
        if (!QDesktopServices::openUrl(QUrl(evidence->url))) {
            showError(tr("The web address %1 could not be opened in a browser.").arg(evidence->url));
        }
        return;
    }
    if (m_job->isRunning() || !m_openedFiles.isValid()) {
        return;
    }
    m_progressLabel->setText(tr("Opening \"%1\"...").arg(evidence->fileName));
    m_progressLabel->show();
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_job->copyOut(m_session.database().path(), *evidence, m_openedFiles.path());
    updateEvidenceButtons();
}

void EvaluationsPage::copyFinished(const EvidenceFileJob::Copy& copy)
{
    m_progressBar->hide();
    m_progressLabel->hide();
    updateEvidenceButtons();
    if (copy.path.isEmpty()) {
        showError(copy.error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.path))) {
        showError(tr("No program on this computer opens \"%1\".").arg(QFileInfo(copy.path).fileName()));
    }
}

QList<PrintableDocument> EvaluationsPage::printableDocuments() const
{
    QList<PrintableDocument> documents;
    const QUuid evaluationId = currentEvaluationId();
    if (!evaluationId.isNull()) {
        documents.append(
            {tr("Evaluasi Kinerja Pegawai of this period"), {ReportKind::Evaluation, evaluationId, {}, 0}});
        documents.append(
            {tr("Dokumen Evaluasi Kinerja Pegawai (one page)"), {ReportKind::EvaluationSummary, evaluationId, {}, 0}});
    }
    if (const QUuid planId = currentPlanId(); !planId.isNull())
        documents.append({tr("Sasaran Kinerja Pegawai (SKP) with its Lampiran"), {ReportKind::Plan, planId, {}, 0}});
    return documents;
}

} // namespace kinerja
