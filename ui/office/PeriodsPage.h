// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/EvaluationCadence.h"
#include "core/storage/AgencyAdministration.h"
#include "ui/Page.h"

#include <QUuid>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QUndoStack;

namespace kinerja {

class PeriodsTableModel;
class Session;

/**
 * Periode penilaian, for the personnel office (admins): the periods of a year with their type, label, dates, batas
 * pengisian and lock. The admin creates the year's periods for a cadence (the agency's cadence of that year is
 * preselected), sets or clears a deadline, locks (after a confirmation) or reopens a period, and sets or restores a
 * period's own label. Every change is a command on the page's undo stack that calls AgencyAdministration, which
 * refuses anyone but an admin; a refusal or bad input is shown and changes nothing.
 */
class PeriodsPage : public Page
{
    Q_OBJECT

public:
    explicit PeriodsPage(Session& session, QWidget* parent = nullptr);
    ~PeriodsPage() override;

    QString title() const override;
    QUndoStack* undoStack() const override { return m_undoStack; }
    void reload() override;

    /// The year shown.
    int year() const;
    void setYear(int year);
    /// The selected period; null when none.
    QUuid selectedPeriodId() const;
    void selectPeriod(const QUuid& periodId);
    PeriodsTableModel* model() const { return m_model; }

    /// The actions, as the buttons do them (public for tests and the keyboard).
    void createYear();
    void applyDeadline();
    void clearDeadline();
    void toggleLock();
    void applyLabel();
    void restoreLabel();

    // For the commands.
    AgencyAdministration administration() const;
    void reportFailure(const QString& action, const QString& error);
    void periodStored(const QUuid& periodId);
    void yearCreated(int year, int periodCount);

private:
    void loadYear();
    void updateEditor();

    Session& m_session; // not owned
    QUndoStack* m_undoStack = nullptr;
    PeriodsTableModel* m_model = nullptr;
    QSpinBox* m_yearSpinBox = nullptr;
    QComboBox* m_cadenceComboBox = nullptr;
    QPushButton* m_createButton = nullptr;
    QLabel* m_yearLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_selectedLabel = nullptr;
    QLineEdit* m_labelLineEdit = nullptr;
    QPushButton* m_labelButton = nullptr;
    QPushButton* m_restoreLabelButton = nullptr;
    QDateEdit* m_deadlineDateEdit = nullptr;
    QPushButton* m_deadlineButton = nullptr;
    QPushButton* m_clearDeadlineButton = nullptr;
    QPushButton* m_lockButton = nullptr;
    QLabel* m_permissionLabel = nullptr;
};

} // namespace kinerja
