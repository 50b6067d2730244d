// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DashboardQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinerja {

/**
 * The achievement so far per indicator of the current plan (DashboardQueries::IndicatorProgress), one row per
 * indicator: the numbers behind AchievementChart, which draws from this model, and its text alternative in a table.
 * A plan has 3 to 20 indicators: the rows are set at once, no paging.
 */
class AchievementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IndicatorColumn,
        TargetColumn,
        RealizationColumn,
        AchievementColumn,
        ColumnCount
    };

    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1,
        /// qint64 tenths of a percent (1333 = 133,3 %); an invalid QVariant when there is no percentage
        PercentTenthsRole,
        /// the short label of a bar: the indicator's text
        BarLabelRole,
        /// the percentage as text ("133,3%"), or why there is none
        BarTextRole,
        /// one sentence with every number of the row, for tooltips and screen readers
        DescriptionRole
    };

    explicit AchievementTableModel(QObject* parent = nullptr);

    void setIndicators(const QList<DashboardQueries::IndicatorProgress>& indicators);
    const QList<DashboardQueries::IndicatorProgress>& indicators() const { return m_indicators; }

    /// "133,3%" / "133.3%": one decimal, in the interface language.
    static QString percentText(qint64 tenths);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString targetText(const DashboardQueries::IndicatorProgress& progress) const;
    QString realizationText(const DashboardQueries::IndicatorProgress& progress) const;
    QString achievementText(const DashboardQueries::IndicatorProgress& progress) const;
    QString description(const DashboardQueries::IndicatorProgress& progress) const;

    QList<DashboardQueries::IndicatorProgress> m_indicators;
};

} // namespace kinerja
