// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RealizationPaste.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinerja {

/**
 * The preview of a spreadsheet paste: one row per pasted line with the indicator found, the value read (decimal
 * comma or point) and the action plan, and its status: ready, or the reason it is left out.
 */
class PasteRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        IndicatorColumn,
        RealizationColumn,
        ActionPlanColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        IsValidRole = Qt::UserRole + 1,
    };

    PasteRowModel(
        QList<RealizationPaste::Row> rows, QList<RealizationPaste::Target> targets, QObject* parent = nullptr);

    const QList<RealizationPaste::Row>& rows() const { return m_rows; }
    int validCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString realizationText(const RealizationPaste::Row& row) const;

    QList<RealizationPaste::Row> m_rows;
    QList<RealizationPaste::Target> m_targets;
};

} // namespace kinerja
