// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CascadeSource.h"

#include <QAbstractItemModel>

namespace kinerja {

/**
 * The assessor's approved SKPs and their work results as a two-level tree for the cascade picker: an SKP (whose, and
 * its dates) with its results beneath, "A.1", "A.2" for the main ones and "B.1" for the additional ones, as on the
 * form. Only results can be selected. SearchTextRole holds the text a filter matches (the result with its
 * indicators). Internal id: 0 for an SKP row, 1 + SKP row for a result row.
 */
class CascadeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        ResultIdRole = Qt::UserRole + 1, ///< null for an SKP row
        SearchTextRole
    };

    explicit CascadeTreeModel(QObject* parent = nullptr);

    void setSources(const QList<CascadeSource::SourcePlan>& sources);
    /// The row of a result by id; invalid when there is none.
    QModelIndex indexOfResult(const QUuid& resultId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// "A.1" / "B.2": the result's number on the assessor's form.
    static QString resultNumber(const CascadeSource::SourcePlan& plan, int resultRow);

private:
    QList<CascadeSource::SourcePlan> m_sources;
};

} // namespace kinerja
