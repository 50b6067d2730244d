// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewQueueModel.h"

#include "ui/widgets/Formatting.h"

namespace kinerja {

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReviewQueueModel::setItems(const QList<ReviewQueue::Item>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const auto& item = m_items.at(index.row());
    if (role == KindRole) {
        return static_cast<int>(item.kind);
    }
    if (role == SearchRole) {
        return (item.employeeName + QLatin1Char(' ') + item.employeeNip).toCaseFolded();
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == EmployeeColumn) {
            return QStringLiteral("%1\nNIP %2").arg(item.employeeName, item.employeeNip);
        }
        return item.acting ? tr("Waits for the official you stand in for (Plt./Plh.).") : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return item.acting ? tr("%1 (Plt./Plh.)").arg(ReviewQueue::displayName(item.kind))
                           : ReviewQueue::displayName(item.kind);
    case EmployeeColumn:
        return item.employeeName;
    case NipColumn:
        return item.employeeNip;
    case PeriodColumn:
        return item.periodLabel.isEmpty() ? tr("SKP %1").arg(item.periodStart.year())
                                          : QStringLiteral("%1 %2").arg(item.periodLabel).arg(item.periodStart.year());
    case SinceColumn:
        return item.since.isValid() ? Formatting::date(item.since.toLocalTime().date()) : QString();
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        return tr("To do");
    case EmployeeColumn:
        return tr("Employee");
    case NipColumn:
        return tr("NIP");
    case PeriodColumn:
        return tr("Period");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace kinerja
