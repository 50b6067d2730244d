// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Page.h"

class QLabel;
class QSpinBox;
class QTreeView;

namespace kinerja {

class ErrorLabel;
class Session;
class TeamMatrixModel;

/**
 * "Team matrix", the matriks peran hasil of the signed-in Pejabat Penilai Kinerja for a year (issue 5): their own
 * work results with the results of their people that cascade from each, the results nobody carries and the people's
 * results that cascade from none of theirs (TeamMatrix). Read-only: the cascade is set in each person's SKP.
 */
class TeamMatrixPage : public Page
{
    Q_OBJECT

public:
    explicit TeamMatrixPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    TeamMatrixModel* model() const { return m_model; }
    void setYear(int year);
    QString summaryText() const;

private:
    void showYear();

    Session& m_session; // not owned
    TeamMatrixModel* m_model = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTreeView* m_view = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
