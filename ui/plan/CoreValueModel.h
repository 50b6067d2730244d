// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"

#include <QAbstractTableModel>

namespace kinerja {

/**
 * PERILAKU KERJA of an SKP: the seven BerAKHLAK core values in printed order with their guidance (fixed, never
 * translated) and the assessor's special expectation for each. Read-only: the guidance is reference data and the
 * expectations belong to the Pejabat Penilai Kinerja.
 */
class CoreValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ValueColumn,
        GuidanceColumn,
        ExpectationColumn,
        ColumnCount
    };

    enum Role
    {
        CoreValueRole = Qt::UserRole + 1 ///< CoreValue as int
    };

    explicit CoreValueModel(QObject* parent = nullptr);

    void setPlan(const PerformancePlan& plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CoreValue> m_values;
    PerformancePlan m_plan;
};

} // namespace kinerja
