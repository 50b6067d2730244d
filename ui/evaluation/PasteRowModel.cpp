// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/PasteRowModel.h"

#include "ui/widgets/Formatting.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace kinerja {

PasteRowModel::PasteRowModel(
    QList<RealizationPaste::Row> rows, QList<RealizationPaste::Target> targets, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::move(rows))
    , m_targets(std::move(targets))
{ }

int PasteRowModel::validCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RealizationPaste::Row& row) { return row.isValid(); }));
}

int PasteRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PasteRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PasteRowModel::realizationText(const RealizationPaste::Row& row) const
{
    if (!row.isValid()) {
        return row.cells.value(row.target >= 0 && row.cells.size() > 2 ? 2 : 1);
    }
    if (!row.hasRealization) {
        return tr("(unchanged)");
    }
    if (!row.value) {
        return row.text;
    }
    const auto unit = row.target >= 0 ? m_targets.at(row.target).unit.trimmed() : QString();
    const auto number = Formatting::decimal(*row.value);
    return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

QVariant PasteRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& row = m_rows.at(index.row());
    if (role == IsValidRole) {
        return row.isValid();
    }
    if (role == Qt::ForegroundRole && !row.isValid()) {
        return QBrush(QColor(0xa4, 0x00, 0x00));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return QString::number(row.line);
    case IndicatorColumn:
        if (row.target < 0) {
            return row.cells.value(0);
        }
        return QStringLiteral("%1 %2").arg(m_targets.at(row.target).number, m_targets.at(row.target).text);
    case RealizationColumn:
        return realizationText(row);
    case ActionPlanColumn:
        if (!row.isValid()) {
            return QString();
        }
        return row.hasActionPlan ? row.actionPlan : tr("(unchanged)");
    case StatusColumn:
        return row.isValid() ? tr("Ready") : tr("Left out: %1").arg(row.error);
    default:
        return {};
    }
}

QVariant PasteRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case IndicatorColumn:
        return tr("Indicator");
    case RealizationColumn:
        return tr("Realization");
    case ActionPlanColumn:
        return tr("Action plan");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace kinerja
