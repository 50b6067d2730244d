// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/TeamMatrix.h"

#include <QAbstractItemModel>

namespace kinerja {

/**
 * The matriks peran hasil as a tree (TeamMatrix): one top row per work result of the assessor, its children the
 * people's results that cascade from it, then one last top row gathering the people's main results that cascade from
 * none of them. A result that nobody carries says so in the second column.
 */
class TeamMatrixModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ResultColumn,
        PeopleColumn,
        ColumnCount
    };

    explicit TeamMatrixModel(QObject* parent = nullptr);

    void setMatrix(TeamMatrix::Matrix matrix);
    const TeamMatrix::Matrix& matrix() const { return m_matrix; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The top rows: the assessor's results, then the loose group when there is one.
    int topCount() const;
    bool isLooseGroup(int topRow) const { return topRow == m_matrix.rows.size(); }
    const QList<TeamMatrix::Carried>& childrenOf(int topRow) const;

    TeamMatrix::Matrix m_matrix;
};

} // namespace kinerja
