// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ActorRole.h"
#include "core/storage/CompletionQueries.h"
#include "ui/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace kinerja {

class CompletionChart;
class CompletionPeopleModel;
class CompletionTreeModel;
class ErrorLabel;
class Session;
class YearOverYearView;

/**
 * "Pemantauan penyelesaian" for the personnel office (admins; issue 5): for a year and, optionally, one of its
 * periods, the units as a tree with how many of their people have no SKP, have not submitted it, wait for its
 * approval or have it approved, and for the period how many are not rated, rated or finalized, with a chart of the
 * selected unit. Choosing a unit and a stage (the Show list, or a click on a count) lists the people with their
 * Pejabat Penilai Kinerja, status and deadline, and whether they are late; the list can be exported to CSV. The
 * second tab shows the selected unit year over year. Read-only: nothing here changes data. CompletionQueries checks
 * that the person is an admin; a refusal is shown instead of the numbers.
 */
class CompletionPage : public Page
{
    Q_OBJECT

public:
    explicit CompletionPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    /// Shows another year (one of the year list); false when it is not there.
    bool setYear(int year);
    int year() const;
    /// Chooses a period of the year (null: none); false when it is not in the list.
    bool setPeriod(const QUuid& periodId);
    QUuid periodId() const;
    /// Selects a unit in the tree; false when it is not there.
    bool selectUnit(const QUuid& unitId);
    QUuid selectedUnitId() const;
    /// Lists the people of a stage (nullopt: everyone of the unit).
    void selectStage(std::optional<CompletionQueries::Stage> stage);

    /// Writes every person of the list (all pages) to a CSV file at `path` (CsvWriter: UTF-8, semicolons).
    Status exportTo(const QString& path);

    CompletionTreeModel* treeModel() const { return m_treeModel; }
    CompletionPeopleModel* peopleModel() const { return m_peopleModel; }
    CompletionChart* chart() const { return m_chart; }
    YearOverYearView* yearOverYearView() const { return m_yearView; }
    /// The refusal or read error shown, empty when none.
    QString errorText() const;

private:
    ActorRoleSet roles() const;
    void loadYears();
    void loadPeriods();
    void loadDashboard();
    void unitChanged();
    void stageChanged();
    void updatePeople();
    void updateYearOverYear();
    void treeClicked(const QModelIndex& index);
    void exportClicked();
    void saveLayout();
    QString periodLabel() const;

    Session& m_session; // not owned
    ErrorLabel* m_errorLabel = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_topSplitter = nullptr; ///< the lower half: people | chart
    QSplitter* m_mainSplitter = nullptr;
    QTreeView* m_treeView = nullptr;
    CompletionTreeModel* m_treeModel = nullptr;
    CompletionChart* m_chart = nullptr;
    QComboBox* m_stageCombo = nullptr;
    QLabel* m_peopleCountLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTableView* m_peopleView = nullptr;
    CompletionPeopleModel* m_peopleModel = nullptr;
    YearOverYearView* m_yearView = nullptr;
    bool m_yearViewStale = true;
    bool m_loading = false;
};

} // namespace kinerja
