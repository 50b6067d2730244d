// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ResultKind.h"
#include "core/storage/PlanStarter.h"
#include "ui/Page.h"
#include "ui/plan/commands/PlanEdits.h"

#include <QUuid>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace kinerja {

class AppendixListModel;
class CascadeDialog;
class CoreValueModel;
class HistoryDialog;
class IndicatorEditor;
class PlanDocument;
class PlanListModel;
class PlanTreeModel;
class ProblemListModel;
class ResultEditor;
class Session;

/**
 * "My plan": the signed-in person's SKP editor (issue 4). A selector of their plans (newest first, this year's
 * current one preselected); the header with the snapshots of the three people, the period and the status; the work
 * results with their indicators as a tree with a form beneath; the BerAKHLAK values with the assessor's special
 * expectations (read-only); the appendix; and beside it the validation problems, which block Submit. Submit and
 * Recall go through WorkflowService; new plans (blank, copied from last year, or for a new position) through
 * PlanStarter; History opens the audit trail.
 *
 * Every edit is an undo command on undoStack() (ui/plan/commands), stored at once. Whether the person may edit is
 * PlanDocument's (Permissions) answer; a read-only plan says why in one line. Keyboard: Insert adds (a result in a
 * section, an indicator under a result, a line in an appendix list), Delete removes after a question, Ctrl+Up and
 * Ctrl+Down move.
 */
class PlanPage : public Page
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the page.
    explicit PlanPage(Session& session, QWidget* parent = nullptr);
    ~PlanPage() override;

    QString title() const override;
    QUndoStack* undoStack() const override;
    QList<PrintableDocument> printableDocuments() const override;
    void reload() override;

    PlanDocument* document() const { return m_document; }
    /// The plan shown; null when the person has none.
    QUuid currentPlanId() const;
    /// Shows another of the person's plans; false when it is not in the list or could not be opened.
    bool selectPlan(const QUuid& planId);

    /// The result or indicator selected in the tree; null for a section or nothing.
    QUuid currentItemId() const;
    /// Selects a result or an indicator in the tree (and shows its form).
    bool selectItem(const QUuid& id);
    /// Selects the section heading of a kind.
    void selectSection(ResultKind kind);
    /// Hands typing that waits for a pause to the undo stack now.
    void commitPendingEdits();

    /// Adds a result of a kind (after the selected one of that kind); false when the plan is read-only.
    bool addResult(ResultKind kind);
    /// Adds an indicator to the selected result (after the selected indicator); false when there is none.
    bool addIndicator();
    /// Removes the selected result or indicator after asking (MessageBox::question).
    bool removeCurrent();
    /// Moves the selected result or indicator up (-1) or down (+1).
    bool moveCurrent(int delta);
    /// Opens the cascade picker for the selected main result.
    bool chooseCascade();
    /// Clears the cascade of the selected main result.
    bool clearCascade();

    bool addAppendixLine(AppendixSection section, const QString& text = {});
    bool removeAppendixLine(AppendixSection section, int row);
    bool editAppendixLine(AppendixSection section, int row, const QString& text);
    bool moveAppendixLine(AppendixSection section, int row, int delta);

    /// Submits the plan after asking; false when refused (the reason was shown).
    bool submit();
    /// Recalls the submitted plan after asking.
    bool recall();

    /// "New plan": a blank SKP of this year, starting with the person's position this year.
    bool newBlankPlan();
    /// "New plan": a copy of last year's SKP ("copy, then edit").
    bool copyLastYearPlan();
    /// "New plan for a new position": a blank SKP from the start of the person's current position.
    bool newPlanForNewPosition();
    /// Opens the history of the plan.
    void showHistory();

    /// Tests: called with the dialog instead of exec(); the dialog's result() decides.
    void setCascadeDialogDriver(std::function<void(CascadeDialog&)> driver) { m_cascadeDriver = std::move(driver); }
    void setHistoryDialogDriver(std::function<void(HistoryDialog&)> driver) { m_historyDriver = std::move(driver); }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct AppendixList
    {
        AppendixListModel* model = nullptr;
        QListView* view = nullptr;
        QPushButton* addButton = nullptr;
        QPushButton* removeButton = nullptr;
        QPushButton* upButton = nullptr;
        QPushButton* downButton = nullptr;
    };

    QWidget* createHeader();
    QWidget* createResultsTab();
    QWidget* createBehaviorTab();
    QWidget* createAppendixTab();
    QWidget* createProblemsPanel();
    void createActions();

    void openPlan(const QUuid& planId);
    void planChosen(int row);
    int preferredRow() const;
    void showDocument(const QUuid& focus);
    void showHeader();
    void showEditor();
    void updateActions();
    void updateWorkflow();
    void problemActivated(const QModelIndex& index);
    void documentChanged(const QUuid& documentId);
    void reportError(const QString& message);
    void push(QUndoCommand* command);
    bool ensureEditable();
    QModelIndex currentTreeIndex() const;
    bool createPlan(const QString& question, const std::function<bool(QUuid&)>& create);
    /// True (after telling the person) when a live plan already starts on the date.
    bool planStartsOn(QDate date);
    /// Loads every plan of the list (it fetches in pages).
    void fetchAllPlans();
    /// Where a plan started today would start and end (this year, from the current position); nullopt after
    /// telling the user why not (an error, or a plan that already starts then).
    std::optional<PlanStarter::Start> startThisYear(const PlanStarter& starter);
    /// Takes the id of a created plan, or reports why it was not created.
    bool created(const Result<PerformancePlan>& plan, QUuid& planId);
    void saveViewState();

    Session& m_session; // not owned
    QUndoStack* m_undoStack = nullptr;
    PlanDocument* m_document = nullptr;
    bool m_refreshing = false;

    PlanListModel* m_planList = nullptr;
    QComboBox* m_planCombo = nullptr;
    QToolButton* m_newPlanButton = nullptr;
    QAction* m_newBlankAction = nullptr;
    QAction* m_copyLastYearAction = nullptr;
    QAction* m_newPositionAction = nullptr;
    QPushButton* m_historyButton = nullptr;
    QLabel* m_returnNoteLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    QLabel* m_noPlanLabel = nullptr;

    QLabel* m_employeeLabel = nullptr;
    QLabel* m_assessorLabel = nullptr;
    QLabel* m_secondAssessorLabel = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_approachCombo = nullptr;

    QTabWidget* m_tabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    PlanTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    QPushButton* m_addMainButton = nullptr;
    QPushButton* m_addAdditionalButton = nullptr;
    QPushButton* m_addIndicatorButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_moveUpButton = nullptr;
    QPushButton* m_moveDownButton = nullptr;
    QStackedWidget* m_editorStack = nullptr;
    QLabel* m_editorHintLabel = nullptr;
    ResultEditor* m_resultEditor = nullptr;
    IndicatorEditor* m_indicatorEditor = nullptr;

    CoreValueModel* m_valueModel = nullptr;
    QTableView* m_valueView = nullptr;

    std::array<AppendixList, 3> m_appendix;

    ProblemListModel* m_problemModel = nullptr;
    QListView* m_problemView = nullptr;
    QLabel* m_problemsTitleLabel = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_recallButton = nullptr;
    QLabel* m_submitReasonLabel = nullptr;

    QAction* m_insertAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;

    std::function<void(CascadeDialog&)> m_cascadeDriver;
    std::function<void(HistoryDialog&)> m_historyDriver;
};

} // namespace kinerja
