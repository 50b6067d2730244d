// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/ObjectionRepository.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kinerja {

class Session;

/**
 * The keberatan of one evaluation (domain.md 8.8; PP 30/2019 Ps 59): while the objection window runs (14 days
 * after the evaluation was finalized; the transition table and Workflow decide, with Session::today()), the
 * employee writes the reason (required) and files it with the Atasan Pejabat Penilai Kinerja
 * (ObjectionRepository::file, a workflow command); afterwards the panel shows the objection's state and the
 * decision. Filing is a workflow step, not an undoable edit.
 */
class ObjectionPanel : public QWidget
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the panel.
    explicit ObjectionPanel(Session& session, QWidget* parent = nullptr);

    /// Shows the objection side of an evaluation; nullptr empties the panel. `roles` are the person's roles.
    void setEvaluation(const EvaluationRepository::StoredEvaluation* evaluation, const ActorRoleSet& roles);

    void setReason(const QString& reason);
    /// Asks for confirmation and files the objection with the reason typed. False (with errorText()) when refused.
    bool fileObjection();

    /// The last day on which an objection may be filed; invalid before the evaluation is finalized.
    QDate lastDay() const;
    QString windowText() const;
    QString errorText() const;
    const QList<ObjectionRepository::StoredObjection>& objections() const { return m_objections; }

signals:
    /// An objection was filed on the evaluation (stored).
    void objectionFiled(const QUuid& evaluationId);

private:
    void showObjections();

    Session& m_session; // not owned
    std::optional<EvaluationRepository::StoredEvaluation> m_evaluation;
    ActorRoleSet m_roles;
    QList<ObjectionRepository::StoredObjection> m_objections;
    QLabel* m_windowLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QPushButton* m_fileButton = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_objectionLabel = nullptr;
};

} // namespace kinerja
