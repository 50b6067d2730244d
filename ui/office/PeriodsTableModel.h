// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AssessmentPeriod.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinerja {

/**
 * The assessment periods of one year for the periods page: type, label, dates, batas pengisian and lock, one row per
 * period in PeriodRepository's order (by cadence and number, the annual period last). At most 19 rows a year, so it
 * is filled at once. Read-only: changes go through the page's commands (AgencyAdministration).
 */
class PeriodsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        LabelColumn,
        StartColumn,
        EndColumn,
        DeadlineColumn,
        StateColumn,
        ColumnCount
    };

    enum Role
    {
        PeriodIdRole = Qt::UserRole + 1, ///< QUuid of the row's period
        LockedRole, ///< bool
        DateRole ///< the QDate of a date column (invalid when none), for sorting and tests
    };

    explicit PeriodsTableModel(QObject* parent = nullptr);

    /// Replaces the rows.
    void setPeriods(const QList<AssessmentPeriod>& periods);
    const QList<AssessmentPeriod>& periods() const { return m_periods; }
    /// The row of the period with this id, -1 when it is not shown.
    int rowOf(const QUuid& periodId) const;
    /// Precondition: 0 <= row < rowCount().
    const AssessmentPeriod& period(int row) const { return m_periods.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A date as the UI shows it: "31 Januari 2026" in Indonesian, "31 January 2026" in English.
    static QString dateText(QDate date);

private:
    QList<AssessmentPeriod> m_periods;
};

} // namespace kinerja
