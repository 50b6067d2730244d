// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/colleague/ColleaguePanel.h"

#include "core/domain/Permissions.h"
#include "core/storage/EmployeeRepository.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/colleague/ColleagueNoteModel.h"
#include "ui/colleague/InviteColleagueDialog.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

constexpr int kColleagueRole = Qt::UserRole + 1;

} // namespace

ColleaguePanel::ColleaguePanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("colleaguePanel"));
    m_explanationLabel = new QLabel(this);
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setText(tr("Invite colleagues (rekan kerja) to comment on this period's work. They see only "
                                   "the work results and realizations of this period, no ratings or grade; their "
                                   "notes reach you and your %1 as input, never as a rating.")
                                    .arg(QLatin1String(kAssessorTitle)));

    m_invitationList = new QListWidget(this);
    m_invitationList->setObjectName(QStringLiteral("invitationList"));
    m_invitationList->setAccessibleName(tr("Invited colleagues"));
    m_invitationList->setMaximumHeight(m_invitationList->fontMetrics().lineSpacing() * 7);
    auto* invitationLabel = new QLabel(tr("&Invited colleagues:"), this);
    invitationLabel->setBuddy(m_invitationList);

    m_inviteButton = new QPushButton(tr("I&nvite a colleague..."), this);
    m_inviteButton->setObjectName(QStringLiteral("inviteButton"));
    m_withdrawButton = new QPushButton(tr("&Withdraw the invitation"), this);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawInvitationButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_inviteButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch(1);
    auto* invitationRow = new QHBoxLayout;
    invitationRow->addWidget(m_invitationList, 1);
    invitationRow->addLayout(buttons);

    m_errorLabel = new ErrorLabel(this);

    m_noteModel = new ColleagueNoteModel(this);
    m_noteView = new QTableView(this);
    m_noteView->setObjectName(QStringLiteral("colleagueNoteView"));
    m_noteView->setModel(m_noteModel);
    m_noteView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_noteView->setWordWrap(true);
    m_noteView->setAlternatingRowColors(true);
    m_noteView->verticalHeader()->hide();
    // a few notes: each row as high as its text at the width the columns have now
    m_noteView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noteView->horizontalHeader()->setSectionResizeMode(ColleagueNoteModel::AboutColumn, QHeaderView::Interactive);
    m_noteView->horizontalHeader()->setSectionResizeMode(ColleagueNoteModel::TextColumn, QHeaderView::Stretch);
    m_noteView->horizontalHeader()->setSectionResizeMode(
        ColleagueNoteModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_noteView->horizontalHeader()->setSectionResizeMode(
        ColleagueNoteModel::WrittenColumn, QHeaderView::ResizeToContents);
    m_noteView->setColumnWidth(ColleagueNoteModel::AboutColumn, 260);
    m_notesLabel = new QLabel(tr("Notes from &colleagues:"), this);
    m_notesLabel->setBuddy(m_noteView);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(invitationLabel);
    layout->addLayout(invitationRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_noteView, 1);

    connect(m_inviteButton, &QPushButton::clicked, this, &ColleaguePanel::askAndInvite);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ColleaguePanel::withdrawSelected);
    connect(m_invitationList, &QListWidget::currentRowChanged, this, &ColleaguePanel::updateButtons);
    updateButtons();
}

void ColleaguePanel::setEvaluation(const PerformancePlan* plan,
    const EvaluationRepository::StoredEvaluation* evaluation,
    const ActorRoleSet& roles,
    WorkflowState state)
{
    m_plan = plan ? std::optional<PerformancePlan>(*plan) : std::nullopt;
    m_evaluation = evaluation ? std::optional<EvaluationRepository::StoredEvaluation>(*evaluation) : std::nullopt;
    m_roles = roles;
    m_state = state;
    m_errorLabel->clearMessage();
    load();
}

void ColleaguePanel::load()
{
    m_invitations.clear();
    m_invitationList->clear();
    if (!m_plan || !m_evaluation || !m_session.isOpen()) {
        m_noteModel->clear();
        updateButtons();
        return;
    }
    const ColleagueRepository colleagues(m_session.database());
    const auto invitations = colleagues.invitationsOf(m_evaluation->id);
    if (!invitations) {
        fail(invitations.error());
    } else {
        m_invitations = invitations.value();
    }
    for (const auto& invitation : std::as_const(m_invitations)) {
        auto text = tr("%1, invited on %2")
                        .arg(invitation.colleagueName, Formatting::date(invitation.invitedAt.toLocalTime().date()));
        if (!invitation.message.isEmpty()) {
            text += QStringLiteral(": \u201c%1\u201d").arg(invitation.message.simplified());
        }
        auto* item = new QListWidgetItem(text, m_invitationList);
        item->setData(kColleagueRole, invitation.colleagueId);
        item->setToolTip(invitation.message);
    }
    if (m_invitations.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nobody is invited yet."), m_invitationList);
        item->setFlags(Qt::NoItemFlags);
    }
    const auto notes = colleagues.notesOn(m_evaluation->id);
    if (!notes) {
        fail(notes.error());
        m_noteModel->setNotes(*m_plan, {});
    } else {
        m_noteModel->setNotes(*m_plan, notes.value());
    }
    m_notesLabel->setText(
        notes && notes->isEmpty() ? tr("No notes from colleagues yet.") : tr("Notes from &colleagues:"));
    updateButtons();
}

void ColleaguePanel::updateButtons()
{
    const Permissions permissions(m_roles, DocumentKind::Evaluation, m_state);
    const auto canInvite =
        m_evaluation ? permissions.canEdit(FieldGroup::ColleagueInvitations) : Status::failure(QString());
    const bool isEmployee = m_roles.contains(ActorRole::Employee);
    m_inviteButton->setVisible(isEmployee);
    m_withdrawButton->setVisible(isEmployee);
    m_inviteButton->setEnabled(canInvite.ok());
    m_inviteButton->setToolTip(canInvite.ok() ? QString() : canInvite.error());
    const auto* item = m_invitationList->currentItem();
    m_withdrawButton->setEnabled(canInvite.ok() && item && !item->data(kColleagueRole).toUuid().isNull());
}

QList<EmployeeRecord> ColleaguePanel::candidates() const
{
    if (!m_plan || !m_session.isOpen()) {
        return {};
    }
    const EmployeeRepository employees(m_session.database());
    const auto me = employees.get(m_session.user().employeeId);
    if (!me || !*me || (*me)->unitId.isNull()) {
        return {};
    }
    const auto unit = employees.activeInUnitTree((*me)->unitId);
    if (!unit) {
        return {};
    }
    QSet<QUuid> excluded {m_plan->employeeId, m_plan->assessorId, m_plan->secondAssessorId};
    for (const auto& invitation : m_invitations) {
        excluded.insert(invitation.colleagueId);
    }
    QList<EmployeeRecord> result;
    for (const auto& record : unit.value()) {
        if (!excluded.contains(record.employee.id)) {
            result.append(record);
        }
    }
    return result;
}

void ColleaguePanel::askAndInvite()
{
    if (!m_evaluation) {
        return;
    }
    InviteColleagueDialog dialog(candidates(), m_evaluation->period.label(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    invite(dialog.colleagueId(), dialog.message());
}

bool ColleaguePanel::invite(const QUuid& colleagueId, const QString& message)
{
    m_errorLabel->clearMessage();
    if (!m_evaluation) {
        return false;
    }
    const auto allowed =
        Permissions(m_roles, DocumentKind::Evaluation, m_state).canEdit(FieldGroup::ColleagueInvitations);
    if (!allowed) {
        return fail(allowed.error());
    }
    const auto invited = ColleagueRepository(m_session.database())
                             .invite(m_evaluation->id, colleagueId, message, m_session.user().employeeId);
    if (!invited) {
        return fail(invited.error());
    }
    load();
    emit invitationsChanged(m_evaluation->id);
    return true;
}

bool ColleaguePanel::withdrawSelected()
{
    m_errorLabel->clearMessage();
    const auto* item = m_invitationList->currentItem();
    const auto colleagueId = item ? item->data(kColleagueRole).toUuid() : QUuid();
    if (!m_evaluation || colleagueId.isNull()) {
        return false;
    }
    const auto allowed =
        Permissions(m_roles, DocumentKind::Evaluation, m_state).canEdit(FieldGroup::ColleagueInvitations);
    if (!allowed) {
        return fail(allowed.error());
    }
    const auto found = std::find_if(m_invitations.cbegin(), m_invitations.cend(),
        [&colleagueId](const auto& invitation) { return invitation.colleagueId == colleagueId; });
    if (found == m_invitations.cend()) {
        return false;
    }
    const auto answer = MessageBox::question(this, tr("Withdraw the invitation"),
        tr("Withdraw the invitation of %1? They will no longer see this period's work; the notes they wrote stay.")
            .arg(found->colleagueName));
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const auto withdrawn = ColleagueRepository(m_session.database()).withdraw(found->id, m_session.user().employeeId);
    if (!withdrawn) {
        return fail(withdrawn.error());
    }
    load();
    emit invitationsChanged(m_evaluation->id);
    return true;
}

bool ColleaguePanel::selectInvitationOf(const QUuid& colleagueId)
{
    for (int row = 0; row < m_invitationList->count(); ++row) {
        if (m_invitationList->item(row)->data(kColleagueRole).toUuid() == colleagueId) {
            m_invitationList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString ColleaguePanel::errorText() const
{
    return m_errorLabel->message();
}

bool ColleaguePanel::fail(const QString& text)
{
    m_errorLabel->showMessage(text);
    return false;
}

} // namespace kinerja
