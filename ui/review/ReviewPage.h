// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/domain/ObjectionOutcome.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowCommand.h"
#include "core/storage/AssessorDesk.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/ReviewQueue.h"
#include "ui/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace kinerja {

class ErrorLabel;
class ExpectationEditor;
class FeedbackEditor;
class DetailStack;
class ColleagueNoteModel;
class PlanTreeModel;
class RealizationModel;
class ReviewQueueModel;
class Session;

/**
 * "Review queue", the assessor's desk (issue 5): every SKP and evaluation waiting for the signed-in Pejabat Penilai
 * Kinerja (ReviewQueue, also through a Plt./Plh. assignment), filtered by what waits and by name or NIP, with the
 * counts. Choosing one shows it beside the queue and acts on it without leaving: an SKP gets the assessor's special
 * expectations per core value and is approved or returned with a reason; an evaluation shows the realizations, gets its
 * Rating Hasil Kerja and Rating Perilaku Kerja with the Predikat Kinerja Pegawai shown live from the matrix, and is
 * rated, returned or finalized; an objection filed with the person as Atasan Pejabat Penilai Kinerja is decided (keep,
 * or change the ratings, with the reason). Beside the realizations: the colleagues' notes and the assessor's own
 * feedback per work result and per core value (FeedbackEditor). Ratings, rating, finalizing and feedback go through
 * AssessorDesk, which checks the person against the plan; approving and returning through WorkflowService with the role
 * the queue found; objections through ObjectionRepository::decide.
 */
class ReviewPage : public Page
{
    Q_OBJECT

public:
    explicit ReviewPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    ReviewQueueModel* queueModel() const { return m_model; }
    /// The assessor's feedback on the evaluation shown.
    FeedbackEditor* feedbackEditor() const { return m_feedbackEditor; }
    /// The notes of invited colleagues on the evaluation shown.
    ColleagueNoteModel* colleagueNotes() const { return m_noteModel; }
    /// Rows shown after the filters.
    int visibleCount() const;
    /// Shows one kind only; nothing shows everything.
    void setKindFilter(std::optional<ReviewQueue::Kind> kind);
    void setSearch(const QString& text);
    QString countsText() const;
    /// Selects the row of this document; false when it is not shown.
    bool selectDocument(const QUuid& documentId);
    std::optional<ReviewQueue::Item> currentItem() const { return m_current; }

    /// The selected SKP: approve, or return with the reason typed (false, with errorText(), when refused).
    bool approvePlan();
    bool returnDocument(const QString& reason);
    /// Stores the special expectations as typed in the SKP's "Special expectations" tab.
    bool saveExpectations();
    ExpectationEditor* expectationEditor() const { return m_expectationEditor; }
    /// Fills the rating form of the selected evaluation (as the combo boxes would).
    void setRatings(std::optional<Rating> result, std::optional<Rating> behavior, const QString& note);
    /// Stores the ratings and the note as they are in the form.
    bool saveRatings();
    /// Stores the ratings and takes the "rate" step: both ratings are required.
    bool rateEvaluation();
    bool finalizeEvaluation();
    /// Decides the selected objection as its Atasan Pejabat Penilai Kinerja: keep the result, or change it to the
    /// ratings in the form; the reason is required.
    bool decideObjection(ObjectionOutcome outcome, const QString& reason);
    /// The predikat the form's ratings give ("Baik"), or a dash.
    QString gradeText() const;
    QString errorText() const;

private:
    void buildUi();
    void applyFilter();
    void showCurrent();
    void showPlan();
    void showEvaluation();
    void updateGrade();
    void updateButtons();
    std::optional<Rating> formRating(const QComboBox* box) const;
    /// The signed-in person's desk: every change of an assessor goes through it.
    AssessorDesk desk() const;
    /// After a step through AssessorDesk: the status line and the queue again, or the refusal.
    bool stepDone(const Status& status, WorkflowCommand command);
    void showFeedback();
    void refreshFeedback();
    bool fail(const QString& text);

    Session& m_session; // not owned
    ReviewQueueModel* m_model = nullptr;
    QSortFilterProxyModel* m_kindFilter = nullptr;
    QSortFilterProxyModel* m_searchFilter = nullptr;
    std::optional<ReviewQueue::Item> m_current;
    std::optional<EvaluationRepository::StoredEvaluation> m_evaluation;
    PerformancePlan m_plan; ///< of the evaluation shown

    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_countsLabel = nullptr;
    QTableView* m_queueView = nullptr;
    DetailStack* m_detailStack = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    PlanTreeModel* m_planModel = nullptr;
    QTreeView* m_planView = nullptr;
    QTabWidget* m_planTabs = nullptr;
    ExpectationEditor* m_expectationEditor = nullptr;
    RealizationModel* m_realizationModel = nullptr;
    QTreeView* m_realizationView = nullptr;
    ColleagueNoteModel* m_noteModel = nullptr;
    QTableView* m_noteView = nullptr;
    QTabWidget* m_evaluationTabs = nullptr;
    FeedbackEditor* m_feedbackEditor = nullptr;
    QWidget* m_ratingBox = nullptr;
    QComboBox* m_resultCombo = nullptr;
    QComboBox* m_behaviorCombo = nullptr;
    QLabel* m_gradeLabel = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QWidget* m_objectionBox = nullptr;
    QLabel* m_objectionLabel = nullptr;
    QComboBox* m_outcomeCombo = nullptr;
    QPushButton* m_decideButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_rateButton = nullptr;
    QPushButton* m_finalizeButton = nullptr;
    QPushButton* m_returnButton = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
