// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CompletionQueries.h"

#include <QAbstractTableModel>

namespace kinerja {

/**
 * The years of one unit as a table, beside the year-over-year charts (the same numbers, for the keyboard and screen
 * readers): per year the SKPs, the share approved on time, the share of evaluations submitted on time, and the
 * annual predikat given, per predikat. Read-only.
 */
class YearOverYearModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        PlansColumn,
        PlansOnTimeColumn,
        EvaluationsOnTimeColumn,
        FirstGradeColumn, ///< one column per predikat, in allPerformanceGrades() order
        ColumnCount = FirstGradeColumn + 5
    };

    explicit YearOverYearModel(QObject* parent = nullptr);

    void setRows(const QList<CompletionQueries::YearRow>& rows);
    const QList<CompletionQueries::YearRow>& rows() const { return m_rows; }

    /// The share in percent (0..100) of `part` in `whole`; nullopt when `whole` is 0 (nothing was due).
    static std::optional<double> share(int part, int whole);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CompletionQueries::YearRow> m_rows;
};

} // namespace kinerja
