// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewPage.h"

#include "core/domain/GradeMatrix.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Permissions.h"
#include "core/storage/AssessorDesk.h"
#include "core/storage/ColleagueRepository.h"
#include "core/storage/ObjectionRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/colleague/ColleagueNoteModel.h"
#include "ui/evaluation/RealizationModel.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/review/ExpectationEditor.h"
#include "ui/review/FeedbackEditor.h"
#include "ui/review/RatingDelegate.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/widgets/DetailStack.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/Formatting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

QPlainTextEdit* shortTextEdit(QWidget* parent, const QString& placeholder, const char* name)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

} // namespace

ReviewPage::ReviewPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    buildUi();
}

QString ReviewPage::title() const
{
    return tr("Review queue");
}

void ReviewPage::buildUi()
{
    m_model = new ReviewQueueModel(this);
    m_kindFilter = new QSortFilterProxyModel(this);
    m_kindFilter->setSourceModel(m_model);
    m_kindFilter->setFilterRole(ReviewQueueModel::KindRole);
    m_searchFilter = new QSortFilterProxyModel(this);
    m_searchFilter->setSourceModel(m_kindFilter);
    m_searchFilter->setFilterRole(ReviewQueueModel::SearchRole);
    m_searchFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->addItem(tr("Everything waiting"), -1);
    for (const auto kind : {ReviewQueue::Kind::PlanToApprove, ReviewQueue::Kind::EvaluationToRate,
             ReviewQueue::Kind::EvaluationToFinalize, ReviewQueue::Kind::ObjectionToDecide}) {
        m_kindCombo->addItem(ReviewQueue::displayName(kind), static_cast<int>(kind));
    }
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kindCombo);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Name or NIP"));
    m_searchEdit->setClearButtonEnabled(true);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);

    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_queueView->setAccessibleName(tr("Documents waiting for you"));
    m_queueView->setModel(m_searchFilter);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setWordWrap(false);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::EmployeeColumn, QHeaderView::Stretch);
    // the NIP is in the employee's tooltip and the document's title: the names need the room at 1366 x 768
    m_queueView->setColumnHidden(ReviewQueueModel::NipColumn, true);
    m_queueView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_searchEdit, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_countsLabel);
    leftLayout->addWidget(m_queueView, 1);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setWordWrap(true);

    m_planModel = new PlanTreeModel(this);
    m_planView = new QTreeView(this);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setModel(m_planModel);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setWordWrap(true);
    m_planView->header()->setStretchLastSection(false);
    m_planView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_planView->header()->setSectionResizeMode(PlanTreeModel::TextColumn, QHeaderView::Stretch);

    m_realizationModel = new RealizationModel(this);
    m_realizationView = new QTreeView(this);
    m_realizationView->setObjectName(QStringLiteral("reviewRealizationView"));
    m_realizationView->setModel(m_realizationModel);
    m_realizationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_realizationView->setAlternatingRowColors(true);
    m_realizationView->setWordWrap(true);
    m_realizationView->setUniformRowHeights(false);
    RealizationModel::setUpHeader(*m_realizationView->header());

    // an evaluation: its realizations, and beside them what invited colleagues wrote (input, never a rating)
    m_noteModel = new ColleagueNoteModel(this);
    m_noteView = new QTableView(this);
    m_noteView->setObjectName(QStringLiteral("reviewColleagueNoteView"));
    m_noteView->setModel(m_noteModel);
    m_noteView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_noteView->setWordWrap(true);
    m_noteView->verticalHeader()->hide();
    m_noteView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noteView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noteView->horizontalHeader()->setSectionResizeMode(ColleagueNoteModel::TextColumn, QHeaderView::Stretch);
    m_evaluationTabs = new QTabWidget(this);
    m_evaluationTabs->setObjectName(QStringLiteral("reviewEvaluationTabs"));
    m_evaluationTabs->addTab(m_realizationView, tr("Reali&zations"));
    m_evaluationTabs->addTab(m_noteView, tr("Notes from &colleagues"));
    m_feedbackEditor = new FeedbackEditor(m_session, this);
    m_evaluationTabs->addTab(m_feedbackEditor, tr("Feed&back"));
    connect(m_feedbackEditor, &FeedbackEditor::feedbackChanged, this, &ReviewPage::refreshFeedback);
    // an SKP: its content, and beside it the assessor's special expectations per core value
    m_expectationEditor = new ExpectationEditor(this);
    m_planTabs = new QTabWidget(this);
    m_planTabs->setObjectName(QStringLiteral("reviewPlanTabs"));
    m_planTabs->addTab(m_planView, tr("S&KP"));
    m_planTabs->addTab(m_expectationEditor, tr("Special ex&pectations"));
    connect(m_expectationEditor, &ExpectationEditor::saveRequested, this, &ReviewPage::saveExpectations);
    m_contentStack = new QStackedWidget(this);
    m_contentStack->addWidget(m_planTabs);
    m_contentStack->addWidget(m_evaluationTabs);

    m_resultCombo = new QComboBox(this);
    m_resultCombo->setObjectName(QStringLiteral("resultRatingComboBox"));
    RatingDelegate::fillRatings(m_resultCombo);
    m_behaviorCombo = new QComboBox(this);
    m_behaviorCombo->setObjectName(QStringLiteral("behaviorRatingComboBox"));
    RatingDelegate::fillRatings(m_behaviorCombo);
    m_gradeLabel = new QLabel(this);
    m_gradeLabel->setObjectName(QStringLiteral("gradeLabel"));
    QFont gradeFont = m_gradeLabel->font();
    gradeFont.setBold(true);
    m_gradeLabel->setFont(gradeFont);
    m_noteEdit = shortTextEdit(this, tr("Catatan / rekomendasi (optional)"), "ratingNoteEdit");
    m_ratingBox = new QWidget(this);
    auto* ratingForm = new QFormLayout(m_ratingBox);
    ratingForm->setContentsMargins(0, 0, 0, 0);
    // official terms, printed the same in every language
    ratingForm->addRow(QStringLiteral("Rating Hasil Kerja:"), m_resultCombo);
    ratingForm->addRow(QStringLiteral("Rating Perilaku Kerja:"), m_behaviorCombo);
    ratingForm->addRow(QStringLiteral("Predikat Kinerja Pegawai:"), m_gradeLabel);
    ratingForm->addRow(tr("&Note:"), m_noteEdit);

    m_reasonEdit = shortTextEdit(this, tr("Why it goes back, and what to change (required to return)"), "reasonEdit");
    m_reasonLabel = new QLabel(tr("Reason for &returning:"), this);
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_outcomeCombo = new QComboBox(this);
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeComboBox"));
    for (const auto outcome : allObjectionOutcomes()) {
        m_outcomeCombo->addItem(displayName(outcome), codeName(outcome));
    }
    m_objectionLabel = new QLabel(this);
    m_objectionLabel->setObjectName(QStringLiteral("objectionLabel"));
    m_objectionLabel->setWordWrap(true);
    m_objectionBox = new QWidget(this);
    auto* objectionForm = new QFormLayout(m_objectionBox);
    objectionForm->setContentsMargins(0, 0, 0, 0);
    objectionForm->addRow(m_objectionLabel);
    objectionForm->addRow(tr("&Decision:"), m_outcomeCombo);
    m_decideButton = new QPushButton(tr("Dec&ide"), this);
    m_decideButton->setObjectName(QStringLiteral("decideButton"));
    m_approveButton = new QPushButton(tr("&Approve the SKP"), this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_saveButton = new QPushButton(tr("Sa&ve the ratings"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRatingsButton"));
    m_rateButton = new QPushButton(tr("Rat&e"), this);
    m_rateButton->setObjectName(QStringLiteral("rateButton"));
    m_finalizeButton = new QPushButton(tr("&Finalize"), this);
    m_finalizeButton->setObjectName(QStringLiteral("finalizeButton"));
    m_returnButton = new QPushButton(tr("Re&turn"), this);
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    auto* buttons = new QHBoxLayout;
    for (auto* button :
        {m_approveButton, m_saveButton, m_rateButton, m_finalizeButton, m_returnButton, m_decideButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_errorLabel = new ErrorLabel(this);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_titleLabel);
    detailLayout->addWidget(m_stateLabel);
    detailLayout->addWidget(m_contentStack, 1);
    detailLayout->addWidget(m_objectionBox);
    detailLayout->addWidget(m_ratingBox);
    detailLayout->addWidget(m_reasonLabel);
    detailLayout->addWidget(m_reasonEdit);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_errorLabel);

    m_detailStack = new DetailStack(detail, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // the queue's columns (what, who, NIP, period, since) need about as much room as the document
    splitter->setSizes({fontMetrics().averageCharWidth() * 75, fontMetrics().averageCharWidth() * 115});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ReviewPage::applyFilter);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const auto source = m_kindFilter->mapToSource(m_searchFilter->mapToSource(current));
            m_current =
                source.isValid() ? std::optional<ReviewQueue::Item>(m_model->items().at(source.row())) : std::nullopt;
            showCurrent();
        });
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::updateGrade);
    connect(m_behaviorCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::updateGrade);
    connect(m_approveButton, &QPushButton::clicked, this, &ReviewPage::approvePlan);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPage::saveRatings);
    connect(m_rateButton, &QPushButton::clicked, this, &ReviewPage::rateEvaluation);
    connect(m_finalizeButton, &QPushButton::clicked, this, &ReviewPage::finalizeEvaluation);
    connect(m_returnButton, &QPushButton::clicked, this, [this] { returnDocument(m_reasonEdit->toPlainText()); });
    connect(m_decideButton, &QPushButton::clicked, this, [this] {
        const auto code = m_outcomeCombo->currentData().toString();
        if (const auto outcome = objectionOutcomeFromCode(code)) {
            decideObjection(*outcome, m_reasonEdit->toPlainText());
        }
    });
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::updateButtons);
}

void ReviewPage::reload()
{
    m_errorLabel->clearMessage();
    const auto keep = m_current ? m_current->documentId : QUuid();
    QList<ReviewQueue::Item> items;
    if (m_session.isOpen() && m_session.isSignedIn()) {
        const auto queue = ReviewQueue(m_session.database()).waitingFor(m_session.user().employeeId, m_session.today());
        if (queue) {
            items = *queue;
        } else {
            fail(queue.error());
        }
    }
    m_current.reset();
    m_model->setItems(items);
    const auto counts = ReviewQueue::count(items);
    m_countsLabel->setText(
        tr("Waiting for you: %1 SKP to approve, %2 evaluations to rate, %3 to finalize, %4 objections to decide.")
            .arg(counts.plans)
            .arg(counts.toRate)
            .arg(counts.toFinalize)
            .arg(counts.objections));
    if (!keep.isNull() && selectDocument(keep)) {
        return;
    }
    if (m_searchFilter->rowCount() > 0) {
        m_queueView->selectRow(0);
    } else {
        showCurrent();
    }
}

QString ReviewPage::countsText() const
{
    return m_countsLabel->text();
}

int ReviewPage::visibleCount() const
{
    return m_searchFilter->rowCount();
}

void ReviewPage::setKindFilter(std::optional<ReviewQueue::Kind> kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(kind ? static_cast<int>(*kind) : -1));
}

void ReviewPage::setSearch(const QString& text)
{
    m_searchEdit->setText(text);
}

void ReviewPage::applyFilter()
{
    const int kind = m_kindCombo->currentData().toInt();
    if (kind < 0) {
        m_kindFilter->setFilterFixedString(QString());
    } else {
        m_kindFilter->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(kind)));
    }
    m_searchFilter->setFilterFixedString(m_searchEdit->text().simplified().toCaseFolded());
    if (m_current && !selectDocument(m_current->documentId)) {
        m_current.reset();
        showCurrent();
    }
}

bool ReviewPage::selectDocument(const QUuid& documentId)
{
    for (int row = 0; row < m_searchFilter->rowCount(); ++row) {
        const auto source = m_kindFilter->mapToSource(m_searchFilter->mapToSource(m_searchFilter->index(row, 0)));
        if (m_model->items().at(source.row()).documentId == documentId) {
            m_queueView->selectRow(row);
            m_current = m_model->items().at(source.row());
            showCurrent();
            return true;
        }
    }
    return false;
}

void ReviewPage::showCurrent()
{
    m_errorLabel->clearMessage();
    m_evaluation.reset();
    if (!m_current) {
        m_detailStack->showEmpty(m_model->rowCount() == 0
                ? tr("Nothing is waiting for you. SKPs and evaluations that your staff submit appear here.")
                : tr("Choose a document in the list."));
        return;
    }
    m_detailStack->showDetail();
    m_reasonEdit->clear();
    if (m_current->kind == ReviewQueue::Kind::PlanToApprove) {
        showPlan();
    } else {
        showEvaluation();
    }
    updateButtons();
}

void ReviewPage::showPlan()
{
    const auto plan = PlanRepository(m_session.database()).load(m_current->planId);
    if (!plan) {
        fail(plan.error());
        return;
    }
    m_titleLabel->setText(
        tr("SKP %1 of %2 (NIP %3)")
            .arg(QString::number(plan->plan.year()), m_current->employeeName, m_current->employeeNip));
    m_stateLabel->setText(tr("Submitted on %1. Approve it, or return it with what to change.")
                              .arg(Formatting::date(m_current->since.toLocalTime().date())));
    m_planModel->setPlan(plan->plan);
    m_planView->expandAll();
    m_expectationEditor->setPlan(plan->plan,
        Permissions({ActorRole::Assessor}, DocumentKind::Plan, m_current->state)
            .canEdit(FieldGroup::BehaviorExpectations)
            .ok());
    m_planTabs->setCurrentIndex(0);
    m_contentStack->setCurrentWidget(m_planTabs);
    m_ratingBox->hide();
    m_objectionBox->hide();
    m_reasonLabel->setText(tr("Reason for &returning:"));
    m_reasonEdit->setPlaceholderText(tr("Why it goes back, and what to change (required to return)"));
}

void ReviewPage::showEvaluation()
{
    const auto& database = m_session.database();
    const auto evaluation = EvaluationRepository(database).load(m_current->evaluationId);
    const auto plan = evaluation ? PlanRepository(database).load(evaluation->planId)
                                 : Result<PlanRepository::StoredPlan>::failure(evaluation.error());
    if (!plan) {
        fail(plan.error());
        return;
    }
    m_evaluation = evaluation.value();
    m_titleLabel->setText(
        tr("%1, %2 (%3 to %4), NIP %5")
            .arg(m_current->employeeName, m_evaluation->period.label(), Formatting::date(m_evaluation->period.start),
                Formatting::date(m_evaluation->period.end), m_current->employeeNip));
    const auto since = Formatting::date(m_current->since.toLocalTime().date());
    m_stateLabel->setText(m_current->kind == ReviewQueue::Kind::EvaluationToRate
            ? tr("Submitted on %1: rate the results and the behaviour.").arg(since)
            : m_current->kind == ReviewQueue::Kind::EvaluationToFinalize
            ? tr("Rated on %1: finalize it when the ratings are final.").arg(since)
            : tr("An objection filed on %1: keep the result or change the ratings, with the reason.").arg(since));
    m_realizationModel->setPlan(plan->plan);
    m_realizationModel->setValues(m_evaluation->realizations, {});
    m_realizationModel->setEditable(false);
    m_realizationView->expandAll();
    for (int row = 0; row < m_realizationModel->rowCount(); ++row) {
        m_realizationView->setFirstColumnSpanned(row, {}, true);
    }
    const auto notes = ColleagueRepository(database).notesOn(m_evaluation->id);
    m_noteModel->setNotes(plan->plan, notes ? notes.value() : QList<ColleagueRepository::Note>());
    m_evaluationTabs->setTabText(1, tr("Notes from &colleagues (%1)").arg(m_noteModel->rowCount()));
    m_plan = plan->plan;
    showFeedback();
    m_evaluationTabs->setCurrentIndex(0);
    m_contentStack->setCurrentWidget(m_evaluationTabs);
    m_ratingBox->show();
    setRatings(m_evaluation->resultRating, m_evaluation->behaviorRating, m_evaluation->note);
    const bool objection = m_current->kind == ReviewQueue::Kind::ObjectionToDecide;
    m_objectionBox->setVisible(objection);
    m_reasonLabel->setText(objection ? tr("&Reason for the decision:") : tr("Reason for &returning:"));
    m_reasonEdit->setPlaceholderText(objection ? tr("Why the result stays or changes (required)")
                                               : tr("Why it goes back, and what to change (required to return)"));
    if (objection) {
        const auto filed = ObjectionRepository(database).load(m_current->documentId);
        m_objectionLabel->setText(
            filed ? tr("The employee objects: \u201c%1\u201d").arg(filed->reason) : filed.error());
        m_outcomeCombo->setCurrentIndex(0);
    }
}

void ReviewPage::setRatings(std::optional<Rating> result, std::optional<Rating> behavior, const QString& note)
{
    m_resultCombo->setCurrentIndex(result ? m_resultCombo->findData(codeName(*result)) : 0);
    m_behaviorCombo->setCurrentIndex(behavior ? m_behaviorCombo->findData(codeName(*behavior)) : 0);
    m_noteEdit->setPlainText(note);
    updateGrade();
}

std::optional<Rating> ReviewPage::formRating(const QComboBox* box) const
{
    // the empty first entry ("—") is no rating
    const auto rating = parseRating(box->currentData().toString());
    return rating ? std::optional<Rating>(*rating) : std::nullopt;
}

void ReviewPage::updateGrade()
{
    m_gradeLabel->setText(gradeText());
}

QString ReviewPage::gradeText() const
{
    const auto result = formRating(m_resultCombo);
    const auto behavior = formRating(m_behaviorCombo);
    return result && behavior ? officialName(GradeMatrix::grade(*result, *behavior)) : QStringLiteral("\u2014");
}

void ReviewPage::updateButtons()
{
    const bool plan = m_current && m_current->kind == ReviewQueue::Kind::PlanToApprove;
    const bool objection = m_current && m_current->kind == ReviewQueue::Kind::ObjectionToDecide;
    const bool evaluation = m_current && !plan && !objection && m_evaluation;
    m_approveButton->setVisible(plan);
    m_saveButton->setVisible(evaluation);
    m_rateButton->setVisible(evaluation);
    m_finalizeButton->setVisible(evaluation);
    m_returnButton->setVisible(!objection);
    m_decideButton->setVisible(objection);
    if (!m_current) {
        return;
    }
    if (objection) {
        // the ratings are the new ones, asked for only when the result changes
        const bool change = m_outcomeCombo->currentData().toString() == codeName(ObjectionOutcome::Changed);
        m_resultCombo->setEnabled(change);
        m_behaviorCombo->setEnabled(change);
        m_noteEdit->setEnabled(false);
        TransitionContext context;
        context.today = m_session.today();
        context.reason = QStringLiteral("x");
        context.outcome = ObjectionOutcome::Confirmed;
        const auto allowed = Permissions({ActorRole::SecondAssessor}, DocumentKind::Objection, m_current->state)
                                 .canDo(WorkflowCommand::Decide, context);
        m_decideButton->setEnabled(allowed.ok());
        m_decideButton->setToolTip(allowed.ok() ? QString() : allowed.error());
        return;
    }
    m_resultCombo->setEnabled(true);
    m_behaviorCombo->setEnabled(true);
    m_noteEdit->setEnabled(true);
    const auto kind = plan ? DocumentKind::Plan : DocumentKind::Evaluation;
    const Permissions permissions({ActorRole::Assessor}, kind, m_current->state);
    TransitionContext context;
    context.today = m_session.today();
    context.reason = QStringLiteral("x"); // the reason is checked when the step is taken
    const auto enable = [&](QPushButton* button, const Status& allowed) {
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed.ok() ? QString() : allowed.error());
    };
    enable(m_approveButton, permissions.canDo(WorkflowCommand::Approve, context));
    enable(m_returnButton, permissions.canDo(WorkflowCommand::Return, context));
    enable(m_saveButton, permissions.canEdit(FieldGroup::Ratings));
    enable(m_rateButton, permissions.canDo(WorkflowCommand::Rate, context));
    enable(m_finalizeButton, permissions.canDo(WorkflowCommand::Finalize, context));
}

AssessorDesk ReviewPage::desk() const
{
    return AssessorDesk(m_session.database(), m_session.user().employeeId, m_session.today());
}

bool ReviewPage::approvePlan()
{
    m_errorLabel->clearMessage();
    if (!m_current || m_current->kind != ReviewQueue::Kind::PlanToApprove) {
        return false;
    }
    return stepDone(desk().approvePlan(m_current->planId), WorkflowCommand::Approve);
}

bool ReviewPage::saveExpectations()
{
    m_errorLabel->clearMessage();
    if (!m_current || m_current->kind != ReviewQueue::Kind::PlanToApprove) {
        return false;
    }
    const auto saved = desk().setSpecialExpectations(m_current->planId, m_expectationEditor->expectations());
    if (!saved) {
        return fail(saved.error());
    }
    emit statusMessage(tr("The special expectations for %1 are saved.").arg(m_current->employeeName));
    emit m_session.documentChanged(m_current->planId);
    return true;
}

bool ReviewPage::returnDocument(const QString& reason)
{
    m_errorLabel->clearMessage();
    if (!m_current || m_current->kind == ReviewQueue::Kind::ObjectionToDecide) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return fail(tr("Write why it goes back and what to change first."));
    }
    const auto returned = m_current->kind == ReviewQueue::Kind::PlanToApprove
        ? desk().returnPlan(m_current->planId, reason)
        : desk().returnEvaluation(m_current->evaluationId, reason);
    return stepDone(returned, WorkflowCommand::Return);
}

bool ReviewPage::saveRatings()
{
    m_errorLabel->clearMessage();
    if (!m_evaluation || !m_current) {
        return false;
    }
    const auto saved = desk().saveRatings(
        m_evaluation->id, formRating(m_resultCombo), formRating(m_behaviorCombo), m_noteEdit->toPlainText());
    if (!saved) {
        return fail(saved.error());
    }
    emit m_session.documentChanged(m_evaluation->id);
    return true;
}

bool ReviewPage::rateEvaluation()
{
    m_errorLabel->clearMessage();
    if (!m_evaluation || !m_current) {
        return false;
    }
    const auto result = formRating(m_resultCombo);
    const auto behavior = formRating(m_behaviorCombo);
    if (!result || !behavior) {
        return fail(tr("Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first."));
    }
    const auto rated = desk().rate(m_evaluation->id, *result, *behavior, m_noteEdit->toPlainText());
    return stepDone(rated, WorkflowCommand::Rate);
}

bool ReviewPage::finalizeEvaluation()
{
    m_errorLabel->clearMessage();
    if (!m_evaluation || !m_current) {
        return false;
    }
    if (!m_evaluation->grade) {
        return fail(tr("The evaluation has no Predikat Kinerja Pegawai yet: rate it first."));
    }
    const auto finalized = desk().finalize(m_evaluation->id);
    return stepDone(finalized, WorkflowCommand::Finalize);
}

bool ReviewPage::stepDone(const Status& status, WorkflowCommand command)
{
    if (!status) {
        return fail(status.error());
    }
    emit statusMessage(
        tr("%1: %2 for %3.")
            .arg(displayName(command), ReviewQueue::displayName(m_current->kind), m_current->employeeName));
    emit m_session.documentChanged(m_current->documentId);
    reload();
    return true;
}

void ReviewPage::showFeedback()
{
    const bool editable = m_current && m_current->kind != ReviewQueue::Kind::ObjectionToDecide
        && Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, m_evaluation->status)
               .canEdit(FieldGroup::Feedback)
               .ok();
    m_feedbackEditor->setEvaluation(m_plan, *m_evaluation, editable);
    m_evaluationTabs->setTabText(2, tr("Feed&back (%1)").arg(m_evaluation->feedback.size()));
}

void ReviewPage::refreshFeedback()
{
    if (!m_evaluation) {
        return;
    }
    const auto evaluation = EvaluationRepository(m_session.database()).load(m_evaluation->id);
    if (!evaluation) {
        fail(evaluation.error());
        return;
    }
    m_evaluation->feedback = evaluation->feedback;
    showFeedback();
    emit m_session.documentChanged(m_evaluation->id);
}

bool ReviewPage::decideObjection(ObjectionOutcome outcome, const QString& reason)
{
    m_errorLabel->clearMessage();
    if (!m_current || m_current->kind != ReviewQueue::Kind::ObjectionToDecide) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return fail(tr("Write the reason for the decision first."));
    }
    const bool change = outcome == ObjectionOutcome::Changed;
    const auto decided = ObjectionRepository(m_session.database())
                             .decide(m_current->documentId, m_session.user().employeeId, outcome, reason.trimmed(),
                                 change ? formRating(m_resultCombo) : std::nullopt,
                                 change ? formRating(m_behaviorCombo) : std::nullopt, m_session.today());
    if (!decided) {
        return fail(decided.error());
    }
    emit statusMessage(tr("The objection of %1 was decided: %2.").arg(m_current->employeeName, displayName(outcome)));
    emit m_session.documentChanged(m_current->evaluationId);
    reload();
    return true;
}

QString ReviewPage::errorText() const
{
    return m_errorLabel->message();
}

bool ReviewPage::fail(const QString& text)
{
    m_errorLabel->showMessage(text);
    return false;
}

} // namespace kinerja
