// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CompletionQueries.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableView;

namespace kinerja {

class YearOverYearModel;

/**
 * Year over year for one unit (and the units under it), so that the agency can judge the cycle itself (issue 5):
 * a chart of the share of SKPs approved on time and of evaluations submitted on time per year, a chart of the
 * annual predikat per year (shares of the people graded), and the same numbers in a table. Only years that have
 * SKPs are shown; with a single year the note says so (nothing is invented for the years before).
 */
class YearOverYearView : public QWidget
{
    Q_OBJECT

public:
    explicit YearOverYearView(QWidget* parent = nullptr);

    void setRows(const QString& unitName, const QList<CompletionQueries::YearRow>& rows);

    YearOverYearModel* model() const { return m_model; }
    QChartView* onTimeChart() const { return m_onTimeChart; }
    QChartView* gradeChart() const { return m_gradeChart; }
    /// The note under the title (one year only, no annual predikat yet, ...).
    QString note() const;

private:
    void fillOnTimeChart(const QList<CompletionQueries::YearRow>& rows);
    void fillGradeChart(const QList<CompletionQueries::YearRow>& rows);

    QLabel* m_titleLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QChartView* m_onTimeChart = nullptr;
    QChartView* m_gradeChart = nullptr;
    QTableView* m_table = nullptr;
    YearOverYearModel* m_model = nullptr;
};

} // namespace kinerja
