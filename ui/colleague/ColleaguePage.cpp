// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/colleague/ColleaguePage.h"

#include "core/domain/CoreValue.h"
#include "core/domain/Permissions.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/colleague/ColleagueNoteModel.h"
#include "ui/evaluation/RealizationModel.h"
#include "ui/widgets/DetailStack.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/Formatting.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

constexpr int kInvitationRole = Qt::UserRole + 1;
const QString kValuePrefix = QStringLiteral("value:");

} // namespace

ColleaguePage::ColleaguePage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("colleaguePage"));
    buildUi();
    connect(&m_session, &Session::documentChanged, this, [this](const QUuid& id) {
        if (m_current && id == m_current->invitation.evaluationId) {
            loadRequest();
        }
    });
}

QString ColleaguePage::title() const
{
    return tr("Feedback for colleagues");
}

void ColleaguePage::buildUi()
{
    m_requestList = new QListWidget(this);
    m_requestList->setObjectName(QStringLiteral("requestList"));
    m_requestList->setAccessibleName(tr("Requests for feedback"));
    auto* requestLabel = new QLabel(tr("&Requests for feedback:"), this);
    requestLabel->setBuddy(m_requestList);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(requestLabel);
    leftLayout->addWidget(m_requestList, 1);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);

    m_realizationModel = new RealizationModel(this);
    m_realizationView = new QTreeView(this);
    m_realizationView->setObjectName(QStringLiteral("colleagueRealizationView"));
    m_realizationView->setAccessibleName(tr("Work results with their indicators and realizations"));
    m_realizationView->setModel(m_realizationModel);
    m_realizationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_realizationView->setAlternatingRowColors(true);
    m_realizationView->setWordWrap(true);
    m_realizationView->setUniformRowHeights(false);
    RealizationModel::setUpHeader(*m_realizationView->header());
    // a colleague does not see the evidence
    m_realizationView->setColumnHidden(RealizationModel::EvidenceColumn, true);

    m_noteModel = new ColleagueNoteModel(this);
    m_noteView = new QTableView(this);
    m_noteView->setObjectName(QStringLiteral("myNoteView"));
    m_noteView->setModel(m_noteModel);
    m_noteView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_noteView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noteView->setWordWrap(true);
    m_noteView->verticalHeader()->hide();
    // a few notes: each row as high as its text at the width the columns have now
    m_noteView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noteView->setColumnHidden(ColleagueNoteModel::AuthorColumn, true);
    m_noteView->horizontalHeader()->setSectionResizeMode(ColleagueNoteModel::TextColumn, QHeaderView::Stretch);
    m_noteView->horizontalHeader()->setSectionResizeMode(
        ColleagueNoteModel::WrittenColumn, QHeaderView::ResizeToContents);
    m_noteView->setColumnWidth(ColleagueNoteModel::AboutColumn, 240);
    auto* notesLabel = new QLabel(tr("My &notes:"), this);
    notesLabel->setBuddy(m_noteView);

    m_subjectCombo = new QComboBox(this);
    m_subjectCombo->setObjectName(QStringLiteral("subjectComboBox"));
    m_subjectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subjectCombo->setMinimumContentsLength(30);
    auto* subjectLabel = new QLabel(tr("&About:"), this);
    subjectLabel->setBuddy(m_subjectCombo);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("What went well, and what could be better? Be specific and kind."));
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 5);
    auto* noteLabel = new QLabel(tr("New n&ote:"), this);
    noteLabel->setBuddy(m_noteEdit);
    m_addButton = new QPushButton(tr("A&dd the note"), this);
    m_addButton->setObjectName(QStringLiteral("addNoteButton"));
    m_removeButton = new QPushButton(tr("Re&move the note"), this);
    m_removeButton->setObjectName(QStringLiteral("removeNoteButton"));
    m_errorLabel = new ErrorLabel(this);

    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subjectCombo, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_removeButton);
    buttonRow->addStretch(1);
    auto* notesPane = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPane);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(notesLabel);
    notesLayout->addWidget(m_noteView, 1);
    notesLayout->addLayout(subjectRow);
    notesLayout->addWidget(noteLabel);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addLayout(buttonRow);
    notesLayout->addWidget(m_errorLabel);

    auto* detailSplitter = new QSplitter(Qt::Vertical, this);
    detailSplitter->setChildrenCollapsible(false);
    detailSplitter->addWidget(m_realizationView);
    detailSplitter->addWidget(notesPane);
    detailSplitter->setStretchFactor(0, 3);
    detailSplitter->setStretchFactor(1, 2);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_titleLabel);
    detailLayout->addWidget(m_messageLabel);
    detailLayout->addWidget(m_stateLabel);
    detailLayout->addWidget(detailSplitter, 1);

    m_detailStack = new DetailStack(detail, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_requestList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_requests.size()) {
            m_current = m_requests.at(row);
            loadRequest();
        }
    });
    connect(m_addButton, &QPushButton::clicked, this, &ColleaguePage::addNote);
    connect(m_removeButton, &QPushButton::clicked, this, &ColleaguePage::removeSelectedNote);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ColleaguePage::updateActions);
    connect(m_noteView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ColleaguePage::updateActions);
}

void ColleaguePage::reload()
{
    m_errorLabel->clearMessage();
    const auto keep = m_current ? m_current->invitation.id : QUuid();
    m_requests.clear();
    m_current.reset();
    if (m_session.isOpen() && m_session.isSignedIn()) {
        const auto requests = ColleagueRepository(m_session.database()).requestsFor(m_session.user().employeeId);
        if (requests) {
            m_requests = requests.value();
        } else {
            fail(requests.error());
        }
    }
    {
        const QSignalBlocker blocker(m_requestList);
        m_requestList->clear();
        for (const auto& request : std::as_const(m_requests)) {
            auto* item = new QListWidgetItem(tr("%1\n%2 to %3")
                                                 .arg(request.employeeName, Formatting::date(request.periodStart),
                                                     Formatting::date(request.periodEnd)),
                m_requestList);
            item->setData(kInvitationRole, request.invitation.id);
        }
    }
    if (m_requests.isEmpty()) {
        m_detailStack->showEmpty(tr("Nobody has asked you for feedback yet. When a colleague invites you to comment on "
                                    "a period's work, the request appears here."));
        return;
    }
    if (keep.isNull() || !showRequest(keep)) {
        m_requestList->setCurrentRow(0);
    }
}

bool ColleaguePage::showRequest(const QUuid& invitationId)
{
    for (int row = 0; row < m_requestList->count(); ++row) {
        if (m_requestList->item(row)->data(kInvitationRole).toUuid() == invitationId) {
            if (m_requestList->currentRow() == row) {
                m_current = m_requests.at(row);
                loadRequest();
            } else {
                m_requestList->setCurrentRow(row);
            }
            return true;
        }
    }
    return false;
}

void ColleaguePage::loadRequest()
{
    m_errorLabel->clearMessage();
    m_canWrite = false;
    if (!m_current) {
        return;
    }
    const auto& database = m_session.database();
    const auto evaluation = EvaluationRepository(database).load(m_current->invitation.evaluationId);
    if (!evaluation) {
        fail(evaluation.error());
        return;
    }
    const auto plan = PlanRepository(database).load(evaluation->planId);
    if (!plan) {
        fail(plan.error());
        return;
    }
    m_plan = plan->plan;
    const auto state = WorkflowService(database).state(DocumentKind::Evaluation, evaluation->id);
    const auto effective = state ? state->effectiveState() : evaluation->status;
    const Permissions permissions({ActorRole::InvitedColleague}, DocumentKind::Evaluation, effective);
    m_titleLabel->setText(
        tr("%1, %2 (%3 to %4)")
            .arg(m_current->employeeName, evaluation->period.label(), Formatting::date(evaluation->period.start),
                Formatting::date(evaluation->period.end)));
    m_messageLabel->setText(m_current->invitation.message.isEmpty()
            ? tr("Invited on %1.").arg(Formatting::date(m_current->invitation.invitedAt.toLocalTime().date()))
            : tr("Invited on %1: \u201c%2\u201d")
                  .arg(Formatting::date(m_current->invitation.invitedAt.toLocalTime().date()),
                      m_current->invitation.message));
    const auto canView = permissions.canView();
    if (!canView) {
        m_realizationModel->clear();
        m_stateLabel->setText(canView.error());
    } else {
        m_realizationModel->setPlan(*m_plan);
        m_realizationModel->setValues(evaluation->realizations, {});
        m_realizationModel->setEditable(false);
        m_realizationView->expandAll();
        for (int row = 0; row < m_realizationModel->rowCount(); ++row) {
            m_realizationView->setFirstColumnSpanned(row, {}, true);
        }
        const auto canEdit = permissions.canEdit(FieldGroup::ColleagueFeedback);
        m_canWrite = canEdit.ok();
        m_stateLabel->setText(m_canWrite ? tr("Your notes reach %1 and the %2 as input, never as a rating.")
                                               .arg(m_current->employeeName, QLatin1String(kAssessorTitle))
                                         : canEdit.error());
    }
    {
        const QSignalBlocker blocker(m_subjectCombo);
        m_subjectCombo->clear();
        m_subjectCombo->addItem(tr("The period as a whole"), QString());
        const auto labels = ColleagueNoteModel::resultLabels(*m_plan);
        for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
            for (const auto& result : m_plan->resultsOfKind(kind)) {
                m_subjectCombo->addItem(tr("Work result %1").arg(labels.value(result.id)), result.id.toString());
            }
        }
        for (const auto value : allCoreValues()) {
            m_subjectCombo->addItem(
                tr("Core value: %1").arg(officialName(value)), kValuePrefix + DocumentCodes::code(value));
        }
    }
    loadNotes();
    m_detailStack->showDetail();
}

void ColleaguePage::loadNotes()
{
    if (!m_current || !m_plan) {
        m_noteModel->clear();
        updateActions();
        return;
    }
    const auto notes = ColleagueRepository(m_session.database()).notesOn(m_current->invitation.evaluationId);
    QList<ColleagueRepository::Note> mine;
    if (!notes) {
        fail(notes.error());
    } else {
        for (const auto& note : notes.value()) {
            if (note.invitationId == m_current->invitation.id) {
                mine.append(note);
            }
        }
    }
    m_noteModel->setNotes(*m_plan, mine);
    updateActions();
}

void ColleaguePage::updateActions()
{
    m_subjectCombo->setEnabled(m_canWrite);
    m_noteEdit->setReadOnly(!m_canWrite);
    m_addButton->setEnabled(m_canWrite && !m_noteEdit->toPlainText().trimmed().isEmpty());
    m_removeButton->setEnabled(m_canWrite && m_noteView->selectionModel()->hasSelection());
}

bool ColleaguePage::setNoteSubject(const QString& key)
{
    const int index = m_subjectCombo->findData(key);
    if (index < 0) {
        return false;
    }
    m_subjectCombo->setCurrentIndex(index);
    return true;
}

void ColleaguePage::setNoteText(const QString& text)
{
    m_noteEdit->setPlainText(text);
}

bool ColleaguePage::addNote()
{
    m_errorLabel->clearMessage();
    if (!m_current) {
        return false;
    }
    if (!m_canWrite) {
        return fail(tr("Notes can no longer be added to this period."));
    }
    ColleagueRepository::Note note;
    note.invitationId = m_current->invitation.id;
    const auto key = m_subjectCombo->currentData().toString();
    if (key.startsWith(kValuePrefix)) {
        note.coreValue = DocumentCodes::coreValueFromCode(key.mid(kValuePrefix.size()));
    } else if (!key.isEmpty()) {
        note.workResultId = QUuid::fromString(key);
    }
    note.text = m_noteEdit->toPlainText();
    const auto added = ColleagueRepository(m_session.database()).addNote(note);
    if (!added) {
        return fail(added.error());
    }
    m_noteEdit->clear();
    loadNotes();
    emit statusMessage(tr("Your note was saved."));
    emit m_session.documentChanged(m_current->invitation.evaluationId);
    return true;
}

bool ColleaguePage::selectNote(int row)
{
    if (row < 0 || row >= m_noteModel->rowCount()) {
        return false;
    }
    m_noteView->selectRow(row);
    return true;
}

bool ColleaguePage::removeSelectedNote()
{
    m_errorLabel->clearMessage();
    const auto rows = m_noteView->selectionModel()->selectedRows();
    if (!m_current || rows.isEmpty() || !m_canWrite) {
        return false;
    }
    const auto& note = m_noteModel->notes().at(rows.first().row());
    const auto answer = MessageBox::question(
        this, tr("Remove the note"), tr("Remove your note about \u201c%1\u201d?").arg(m_noteModel->aboutText(note)));
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const auto removed = ColleagueRepository(m_session.database()).removeNote(note.id, m_session.user().employeeId);
    if (!removed) {
        return fail(removed.error());
    }
    loadNotes();
    emit m_session.documentChanged(m_current->invitation.evaluationId);
    return true;
}

QString ColleaguePage::errorText() const
{
    return m_errorLabel->message();
}

bool ColleaguePage::fail(const QString& text)
{
    m_errorLabel->showMessage(text);
    return false;
}

} // namespace kinerja
