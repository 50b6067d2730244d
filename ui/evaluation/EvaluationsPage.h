// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/domain/DocumentWorkflowState.h"
#include "core/domain/TransitionContext.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/EvidenceStore.h"
#include "core/storage/PlanRepository.h"
#include "ui/Page.h"
#include "ui/evaluation/EvidenceFileJob.h"

#include <QTemporaryDir>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace kinerja {

class DetailStack;
class AssessmentPanel;
class ColleaguePanel;
class EvaluationCommandContext;
class EvaluationListModel;
class EvidenceListModel;
class ObjectionPanel;
class RealizationModel;
class Session;

/**
 * "My evaluations": the periods of the signed-in person's SKPs (issue 4, "The employee's year").
 *
 * The person chooses one of their SKPs (the current one preselected) and one of its evaluations (periodic ones,
 * then the annual one, with status, a marker while a step waits for the shared database, Batas Pengisian and
 * lock). For the chosen evaluation the page shows, per indicator grouped by work result, the action plan, the
 * realisation, the achievement as information and the evidence count; below, the evidence of the selected
 * indicator. Every edit is an undo command stored at once, allowed only while Permissions lets the employee change
 * realisations and the period is open (else the reason is shown and everything is read-only). Evidence files are
 * read, checked and hashed on a worker thread (EvidenceFileJob). Realisations can be pasted from a spreadsheet
 * (Ctrl+V) with a preview, applied as one undo step. Submit and withdraw are workflow steps (WorkflowService);
 * the assessor's feedback and ratings and the objection (keberatan) have their own tabs.
 *
 * The undo stack holds the edits of the evaluation shown: it is cleared when another evaluation is chosen and after
 * a workflow step, because the earlier edits may no longer be made.
 */
class EvaluationsPage : public Page
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the page; a person must be signed in.
    explicit EvaluationsPage(Session& session, QWidget* parent = nullptr);
    ~EvaluationsPage() override;

    QString title() const override;
    QUndoStack* undoStack() const override;
    QList<PrintableDocument> printableDocuments() const override;
    void reload() override;

    /// Shows an SKP of the person; false when it is not theirs.
    bool selectPlan(const QUuid& planId);
    /// Shows an evaluation of the SKP shown; false when there is none with this id.
    bool selectEvaluation(const QUuid& evaluationId);
    QUuid currentPlanId() const;
    QUuid currentEvaluationId() const;
    const std::optional<EvaluationRepository::StoredEvaluation>& currentEvaluation() const { return m_evaluation; }

    /// Whether the employee may change realisations and evidence now; else readOnlyReason() says why.
    bool isEditable() const { return m_editable; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The last error shown on the page (a refused edit or step).
    QString messageText() const;

    RealizationModel* realizationModel() const { return m_realizationModel; }
    EvaluationListModel* evaluationModel() const { return m_evaluationModel; }
    EvidenceListModel* evidenceModel() const { return m_evidenceModel; }
    AssessmentPanel* assessmentPanel() const { return m_assessmentPanel; }
    ObjectionPanel* objectionPanel() const { return m_objectionPanel; }
    ColleaguePanel* colleaguePanel() const { return m_colleaguePanel; }
    EvidenceFileJob* evidenceJob() const { return m_job; }

    /// Selects an indicator's row; its evidence is listed below. False when the SKP has no such indicator.
    bool selectIndicator(const QUuid& indicatorId);
    /// Attaches files from disk to the selected indicator (worker thread; see evidenceJob()).
    void attachFiles(const QStringList& paths);
    /// Adds a link as evidence of the selected indicator. False (with the reason shown) when refused.
    bool addLink(const QString& url, const QString& title);
    /// Removes the evidence with this id (of the selected indicator), undoably.
    bool removeEvidence(const QUuid& evidenceId);
    /// Opens a piece of evidence: a link in the browser, a file from a temporary copy.
    void openEvidence(const QUuid& evidenceId);

    /// Reads tab-separated rows, shows the preview and applies the valid rows as one undo step when confirmed.
    void pasteText(const QString& text);
    void pasteFromClipboard();

    /// Asks for confirmation and submits the evaluation to the assessor. False when refused or cancelled.
    bool submit();
    /// Asks for confirmation and withdraws the submission. False when refused or cancelled.
    bool withdraw();
    /// The roles of the person for the evaluation shown.
    ActorRoleSet roles() const;

private:
    void buildUi();
    void loadPlan(const QUuid& planId, const QUuid& preferredEvaluation);
    void loadEvaluation(const QUuid& evaluationId);
    void refreshEvaluation();
    void updateEditability();
    void updateHeader();
    void updateEvidencePanel();
    void updateEvidenceButtons();
    void documentChanged(const QUuid& documentId);
    void realizationEditRequested(const QModelIndex& index, const QString& text);
    void attachFinished(const QList<EvidenceFileJob::Outcome>& outcomes);
    void copyFinished(const EvidenceFileJob::Copy& copy);
    bool runStep(WorkflowCommand command);
    void chooseFiles();
    void askForLink();
    void showHistory();
    void showError(const QString& text);
    void clearError();
    TransitionContext transitionContext() const;
    QUuid selectedIndicatorId() const;
    QUuid selectedEvidenceId() const;
    std::optional<EvidenceStore::Evidence> evidenceById(const QUuid& evidenceId) const;
    void saveViewState();

    Session& m_session; // not owned
    QUndoStack* m_undoStack = nullptr;
    QUuid m_undoEvaluationId; ///< the evaluation whose edits m_undoStack holds
    EvaluationCommandContext* m_context = nullptr;
    EvidenceFileJob* m_job = nullptr;
    QTemporaryDir m_openedFiles; ///< copies of evidence files opened in other programs

    QList<PlanRepository::Summary> m_plans;
    std::optional<PlanRepository::StoredPlan> m_plan;
    std::optional<EvaluationRepository::StoredEvaluation> m_evaluation;
    std::optional<DocumentWorkflowState> m_workflowState;
    QList<EvidenceStore::Evidence> m_evidence; ///< of the evaluation shown
    bool m_editable = false;
    QString m_readOnlyReason;

    EvaluationListModel* m_evaluationModel = nullptr;
    RealizationModel* m_realizationModel = nullptr;
    EvidenceListModel* m_evidenceModel = nullptr;

    QSplitter* m_pageSplitter = nullptr;
    QSplitter* m_realizationSplitter = nullptr;
    QComboBox* m_planCombo = nullptr;
    QPushButton* m_historyButton = nullptr;
    QTableView* m_periodView = nullptr;
    DetailStack* m_detailStack = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_pasteButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QAction* m_pasteAction = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_realizationView = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QTableView* m_evidenceView = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_addLinkButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    AssessmentPanel* m_assessmentPanel = nullptr;
    ColleaguePanel* m_colleaguePanel = nullptr;
    ObjectionPanel* m_objectionPanel = nullptr;
};

} // namespace kinerja
