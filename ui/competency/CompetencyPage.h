// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"
#include "ui/Page.h"

#include <QUuid>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace kinerja {

class CompetencyActivityTableModel;
class Database;
class Session;

/**
 * "Competency development": the signed-in person's kegiatan pengembangan kompetensi of a chosen year (training,
 * seminars, coaching, e-learning...), with the year's JP against the minimum of 20 at the top (CompetencySummary).
 * Add, edit (a dialog) and remove (after a confirmation) are undo commands on the page's stack, each stored at once;
 * bad input is refused in the dialog with the reason and stores nothing. Every stored change emits
 * Session::documentChanged with the activity's id, so that the dashboard's JP follow.
 * Precondition: the session is open (the main window exists only then); the page reads the signed-in person's data.
 */
class CompetencyPage : public Page
{
    Q_OBJECT

public:
    explicit CompetencyPage(Session& session, QWidget* parent = nullptr);
    ~CompetencyPage() override;

    QString title() const override;
    QUndoStack* undoStack() const override { return m_undoStack; }
    void reload() override;

    int year() const;
    void setYear(int year);
    CompetencyActivityTableModel* model() const { return m_model; }

    /// Opens the dialog for a new activity (dated today when the year shown is this year) and, when accepted,
    /// pushes its AddCompetencyActivityCommand.
    void addActivity();
    /// Opens the dialog for the selected activity and, when accepted with changes, pushes an edit.
    void editSelectedActivity();
    /// Asks (MessageBox::question) and removes the selected activity.
    void removeSelectedActivity();
    /// Selects a row of the table (for tests and after a change); false when there is no such row.
    bool selectRow(int row);

    // For the undo commands (ui/competency/commands).
    const Database& database() const;
    QUuid authorId() const;
    /// An activity was stored (added, changed or revived): show its year, select it, update the totals.
    void activityStored(const CompetencyActivity& activity);
    /// An activity was tombstoned: update the list and the totals.
    void activityRemoved(const CompetencyActivity& activity);
    /// A stored change failed: tell the person what was not done and why.
    void reportFailure(const QString& action, const QString& error);

private:
    void buildUi();
    void loadYear();
    void updateSummary();
    void updateActions();
    int selectedRow() const;

    Session& m_session; // not owned; outlives the page
    QUndoStack* m_undoStack = nullptr;
    CompetencyActivityTableModel* m_model = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QProgressBar* m_summaryBar = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
};

} // namespace kinerja
