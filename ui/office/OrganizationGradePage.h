// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DistributionGuideline.h"
#include "core/domain/OrganizationGrade.h"
#include "core/storage/AgencyAdministration.h"
#include "ui/Page.h"

#include <QUuid>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStringListModel;
class QTreeView;
class QUndoStack;

namespace kinerja {

class OrganizationGradeTreeModel;
class Session;

/**
 * Predikat kinerja organisasi, for the personnel office (admins): a period, the unit tree with each unit's
 * organisation grade and its employees' distribution of predikat (the unit with its sub-units; headcount, rated,
 * count per predikat), and beside the chosen unit the DistributionGuideline's warnings for the grade chosen in the
 * combo box: they change as soon as the grade changes, before it is stored, and never block anything. The admin
 * stores the grade on behalf of the official above the unit ("set by", asked every time) with Apply; the change is a
 * command on the page's undo stack through AgencyAdministration. For a unit below an OPD the OPD's own line is shown
 * too, since small units are judged at the level of the OPD.
 */
class OrganizationGradePage : public Page
{
    Q_OBJECT

public:
    explicit OrganizationGradePage(Session& session, QWidget* parent = nullptr);
    ~OrganizationGradePage() override;

    QString title() const override;
    QUndoStack* undoStack() const override { return m_undoStack; }
    void reload() override;

    OrganizationGradeTreeModel* model() const { return m_model; }
    QUuid periodId() const;
    /// Chooses the year and period shown (false when the period is not stored).
    bool selectPeriod(const QUuid& periodId);
    QUuid selectedUnitId() const;
    bool selectUnit(const QUuid& unitId);
    /// The grade chosen in the combo box (not necessarily stored).
    std::optional<OrganizationGrade> chosenGrade() const;
    void chooseGrade(std::optional<OrganizationGrade> grade);
    /// The warnings shown for the chosen unit and grade.
    QStringList warningTexts() const;
    /// Stores the chosen grade with the "set by" text (the Apply button).
    void apply();

    // For the command.
    AgencyAdministration administration() const;
    void reportFailure(const QString& action, const QString& error);
    void gradeStored(const QUuid& unitId, const QUuid& periodId);

private:
    void loadPeriods();
    void loadTree();
    void updatePanel();
    void updateWarnings();
    QString distributionText(const DistributionGuideline::Counts& counts, int headcount) const;

    Session& m_session; // not owned
    QUndoStack* m_undoStack = nullptr;
    OrganizationGradeTreeModel* m_model = nullptr;
    QStringListModel* m_warningsModel = nullptr;
    QSpinBox* m_yearSpinBox = nullptr;
    QComboBox* m_periodComboBox = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_gradeComboBox = nullptr;
    QLineEdit* m_setByLineEdit = nullptr;
    QPushButton* m_applyButton = nullptr;
    QLabel* m_storedLabel = nullptr;
    QLabel* m_distributionLabel = nullptr;
    QLabel* m_warningsLabel = nullptr;
    QListView* m_warningsView = nullptr;
    QLabel* m_opdLabel = nullptr;
    QLabel* m_permissionLabel = nullptr;
};

} // namespace kinerja
