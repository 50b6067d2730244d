// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Rating.h"
#include "core/storage/AssessorDesk.h"
#include "core/storage/AssessorTeam.h"
#include "ui/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kinerja {

class ErrorLabel;
class Session;
class TeamRatingModel;

/**
 * "Team ratings", the batch view of the assessor's desk (issue 5): everyone the signed-in Pejabat Penilai Kinerja
 * assesses in one period, in one grid, to rate and finalize many in one sitting. The ratings are chosen in the grid
 * (or set for all chosen rows at once) and the predikat follows live; "Rate the chosen" stores each chosen row's
 * ratings with the rate step, "Finalize the chosen" finalizes the chosen rated rows after a confirmation. Each row goes
 * through AssessorDesk on its own: a refused row says why in the grid and the others are done. Beside the grid: how
 * the team's predikat are distributed in the period.
 */
class TeamRatingPage : public Page
{
    Q_OBJECT

public:
    explicit TeamRatingPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    TeamRatingModel* model() const { return m_model; }
    /// The periods offered, latest first.
    const QList<AssessorTeam::Period>& periods() const { return m_periods; }
    /// Shows the team in the period at `index` of periods().
    void setPeriodIndex(int index);
    /// Sets the ratings of every chosen row that takes ratings.
    void setRatingsOfChosen(std::optional<Rating> result, std::optional<Rating> behavior);
    /// Chooses the rows waiting for a rating (submitted) or for finalizing (rated).
    void chooseWaiting(WorkflowState state);
    /// Rates the chosen rows; returns how many were rated.
    int rateChosen();
    /// Finalizes the chosen rows after asking; returns how many were finalized.
    int finalizeChosen();
    QString summaryText() const;
    QString errorText() const;

private:
    void buildUi();
    void readPeriods();
    QString periodText(const AssessorTeam::Period& period) const;
    void updatePeriodTexts();
    void showPeriod();
    /// After a batch: the grid read again, each row's outcome, the refused rows keeping their chosen ratings.
    int finishBatch(const QList<AssessorDesk::LineOutcome>& outcomes, const QString& doneText);
    void updateSummary();
    void updateButtons();
    std::optional<Rating> comboRating(const QComboBox* box) const;

    Session& m_session; // not owned
    QList<AssessorTeam::Period> m_periods;
    TeamRatingModel* m_model = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_distributionLabel = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_resultCombo = nullptr;
    QComboBox* m_behaviorCombo = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_chooseToRateButton = nullptr;
    QPushButton* m_chooseToFinalizeButton = nullptr;
    QPushButton* m_rateButton = nullptr;
    QPushButton* m_finalizeButton = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
