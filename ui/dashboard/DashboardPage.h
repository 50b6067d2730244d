// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DashboardQueries.h"
#include "ui/Page.h"

#include <QDateTime>

#include <optional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace kinerja {

class AchievementChart;
class AchievementTableModel;
class DashboardRequestModel;
class Session;

/**
 * "My year", the first page of every signed-in person (issue 4, "The employee's year"): this year's SKP and its
 * status, the next deadline with the days left, what the assessor asked for (returned documents, new feedback,
 * ratings), the achievement so far per indicator (a chart and the same numbers as a table) and the JP of competency
 * development against 20. Each part links to the page that handles it (navigationRequested).
 *
 * Read-only: no undo stack. All data comes from DashboardQueries::overview() for the signed-in person and
 * Session::today(); reload() reads it again, and so does every Session::documentChanged. Which feedback is new
 * depends on when the person last marked the list as read, kept per person in AppSettings::viewState.
 */
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Session& session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void reload() override;

    /// The overview shown, after the last successful reload().
    const std::optional<DashboardQueries::Overview>& overview() const { return m_overview; }

    /// When the signed-in person last marked the requests as read (UTC); invalid when never.
    QDateTime lastSeen() const;
    /// Marks every request shown as read (now) and reloads.
    void markAllRead();

    /// The settings key of a person's last look: "dashboard/lastSeen/<employee id>".
    static QString lastSeenKey(const QUuid& employeeId);

private:
    void buildUi();
    void showPlan(const DashboardQueries::Overview& overview);
    void showDeadline(const DashboardQueries::Overview& overview);
    void showRequests(const DashboardQueries::Overview& overview);
    void showCompetency(const DashboardQueries::Overview& overview);
    void showFailure(const QString& error);
    void openSelectedRequest();

    Session& m_session; // not owned; outlives the page
    std::optional<DashboardQueries::Overview> m_overview;

    QLabel* m_errorLabel = nullptr;
    QLabel* m_planHeadingLabel = nullptr;
    QLabel* m_planStatusLabel = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QLabel* m_planDetailsLabel = nullptr;
    QPushButton* m_planButton = nullptr;
    QLabel* m_deadlineLabel = nullptr;
    QLabel* m_daysLabel = nullptr;
    QPushButton* m_deadlineButton = nullptr;
    QString m_deadlinePage;
    QListView* m_requestView = nullptr;
    DashboardRequestModel* m_requestModel = nullptr;
    QLabel* m_requestInfoLabel = nullptr;
    QPushButton* m_openRequestButton = nullptr;
    QPushButton* m_markReadButton = nullptr;
    QTabWidget* m_achievementTabs = nullptr;
    AchievementChart* m_chart = nullptr;
    QTableView* m_achievementTable = nullptr;
    AchievementTableModel* m_achievementModel = nullptr;
    QProgressBar* m_competencyBar = nullptr;
    QLabel* m_competencyLabel = nullptr;
};

} // namespace kinerja
