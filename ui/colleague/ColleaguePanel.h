// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/ColleagueRepository.h"
#include "core/storage/EmployeeRecord.h"
#include "core/storage/EvaluationRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace kinerja {

class ErrorLabel;
class ColleagueNoteModel;
class Session;

/**
 * The "Rekan kerja" tab of an evaluation, for the Pegawai yang Dinilai: the colleagues invited to comment on the
 * period (invite from the people of one's unit, withdraw), and what they wrote. Inviting and withdrawing are the
 * employee's while the evaluation is open (Permissions, FieldGroup::ColleagueInvitations) and take effect at once
 * (no undo: the colleague may already have seen the invitation); the notes are read-only here.
 */
class ColleaguePanel : public QWidget
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the panel.
    explicit ColleaguePanel(Session& session, QWidget* parent = nullptr);

    /// Shows an evaluation of `plan` in its effective `state`, for a person with `roles`; nullptrs empty the panel.
    void setEvaluation(const PerformancePlan* plan,
        const EvaluationRepository::StoredEvaluation* evaluation,
        const ActorRoleSet& roles,
        WorkflowState state);

    /// The people who can be invited now: active people of the user's unit, not the employee, the assessors or
    /// those already invited.
    QList<EmployeeRecord> candidates() const;
    /// Opens the dialog and invites the person chosen.
    void askAndInvite();
    /// Invites a colleague. False (with errorText()) when refused.
    bool invite(const QUuid& colleagueId, const QString& message);
    /// Asks for confirmation and withdraws the selected invitation. False (with errorText()) when refused.
    bool withdrawSelected();
    /// Selects the invitation of this colleague (for tests).
    bool selectInvitationOf(const QUuid& colleagueId);

    const QList<ColleagueRepository::Invitation>& invitations() const { return m_invitations; }
    ColleagueNoteModel* noteModel() const { return m_noteModel; }
    QString errorText() const;

signals:
    /// Invitations of the evaluation changed (stored).
    void invitationsChanged(const QUuid& evaluationId);

private:
    void load();
    void updateButtons();
    bool fail(const QString& text);

    Session& m_session; // not owned
    std::optional<PerformancePlan> m_plan;
    std::optional<EvaluationRepository::StoredEvaluation> m_evaluation;
    ActorRoleSet m_roles;
    WorkflowState m_state = WorkflowState::EvaluationNotFilled;
    QList<ColleagueRepository::Invitation> m_invitations;

    QLabel* m_explanationLabel = nullptr;
    QListWidget* m_invitationList = nullptr;
    QPushButton* m_inviteButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
    QLabel* m_notesLabel = nullptr;
    ColleagueNoteModel* m_noteModel = nullptr;
    QTableView* m_noteView = nullptr;
};

} // namespace kinerja
