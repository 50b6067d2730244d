// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ReviewQueue.h"

#include <QAbstractTableModel>

namespace kinerja {

/**
 * The rows of a ReviewQueue: what is waiting, for whom (name and NIP), which period, since when, and whether it
 * waits through an acting assignment (Plt./Plh.). Read-only; the page filters it with a proxy.
 */
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        EmployeeColumn,
        NipColumn,
        PeriodColumn,
        SinceColumn,
        ColumnCount
    };
    static constexpr int KindRole = Qt::UserRole + 1; ///< int(ReviewQueue::Kind)
    static constexpr int SearchRole = Qt::UserRole + 2; ///< name and NIP, case-folded

    explicit ReviewQueueModel(QObject* parent = nullptr);

    void setItems(const QList<ReviewQueue::Item>& items);
    const QList<ReviewQueue::Item>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewQueue::Item> m_items;
};

} // namespace kinerja
