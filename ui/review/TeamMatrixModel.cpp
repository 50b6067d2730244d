// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/TeamMatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kinerja {

namespace {

// The internal id of a child is its top row + 1; a top row has 0.
constexpr quintptr kTop = 0;

} // namespace

TeamMatrixModel::TeamMatrixModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void TeamMatrixModel::setMatrix(TeamMatrix::Matrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int TeamMatrixModel::topCount() const
{
    return static_cast<int>(m_matrix.rows.size()) + (m_matrix.unlinked.isEmpty() ? 0 : 1);
}

const QList<TeamMatrix::Carried>& TeamMatrixModel::childrenOf(int topRow) const
{
    return isLooseGroup(topRow) ? m_matrix.unlinked : m_matrix.rows.at(topRow).carriedBy;
}

QModelIndex TeamMatrixModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < topCount() ? createIndex(row, column, kTop) : QModelIndex();
    }
    if (parent.internalId() != kTop || row >= childrenOf(parent.row()).size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TeamMatrixModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTop) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTop);
}

int TeamMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return topCount();
    }
    if (parent.internalId() != kTop || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(parent.row()).size());
}

int TeamMatrixModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TeamMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool text = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole;
    if (index.internalId() != kTop) {
        const auto& carried = childrenOf(static_cast<int>(index.internalId() - 1)).at(index.row());
        if (!text) {
            return {};
        }
        return index.column() == ResultColumn ? carried.text : carried.employeeName;
    }
    const int top = index.row();
    if (isLooseGroup(top)) {
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (!text) {
            return {};
        }
        return index.column() == ResultColumn ? tr("Results of your people that cascade from none of yours")
                                              : tr("%n result(s)", nullptr, static_cast<int>(m_matrix.unlinked.size()));
    }
    const auto& row = m_matrix.rows.at(top);
    if (role == Qt::FontRole && index.column() == ResultColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == PeopleColumn && row.carriedBy.isEmpty() && !row.additional) {
        return QBrush(QColor(0xa4, 0x00, 0x00)); // as ErrorLabel: worth a look, never an error
    }
    if (!text) {
        return {};
    }
    if (index.column() == ResultColumn) {
        return row.additional ? tr("%1 (additional)").arg(row.text) : row.text;
    }
    return row.carriedBy.isEmpty() ? tr("Nobody carries it")
                                   : tr("%n result(s)", nullptr, static_cast<int>(row.carriedBy.size()));
}

QVariant TeamMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    return section == ResultColumn ? tr("Work result") : tr("Carried by");
}

} // namespace kinerja
