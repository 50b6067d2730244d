// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/EmployeeTableModel.h"

#include "core/storage/EmployeeRepository.h"
#include "core/storage/OrgUnitRepository.h"

namespace kinerja {

EmployeeTableModel::EmployeeTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    loadUnitNames();
    reset();
}

void EmployeeTableModel::reload()
{
    loadUnitNames();
    reset();
}

void EmployeeTableModel::loadUnitNames()
{
    m_unitNames.clear();
    if (const auto units = OrgUnitRepository(m_database).all()) {
        for (const auto& unit : units.value()) {
            m_unitNames.insert(unit.id, unit.name);
        }
    }
}

void EmployeeTableModel::setFilter(const EmployeeFilter& filter)
{
    m_filter = filter;
    reset();
}

void EmployeeTableModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    const auto total = EmployeeRepository(m_database).count(m_filter);
    m_total = total ? total.value() : -1;
    endResetModel();
    if (!total) {
        emit errorOccurred(total.error());
    }
}

int EmployeeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EmployeeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EmployeeTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void EmployeeTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted) {
        return;
    }
    const EmployeeRecord* last = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    const auto page =
        EmployeeRepository(m_database)
            .pageAfter(last ? last->employee.name : QString(), last ? last->employee.id : QUuid(), kPageSize, m_filter);
    if (!page) {
        m_exhausted = true;
        emit errorOccurred(page.error());
        return;
    }
    const auto& rows = page.value();
    if (rows.size() < kPageSize) {
        m_exhausted = true;
    }
    if (rows.isEmpty()) {
        return;
    }
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

QVariant EmployeeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& row = m_rows.at(index.row());
    if (role == EmployeeIdRole) {
        return row.employee.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.employee.fullName();
    case NipColumn:
        return row.employee.formattedNip();
    case RankColumn:
        return row.employee.rank ? row.employee.rank->code() : QString();
    case PositionColumn:
        return row.positionTitle;
    case UnitColumn:
        return m_unitNames.value(row.unitId);
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NipColumn:
        return tr("NIP");
    case RankColumn:
        return tr("Rank");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    default:
        return {};
    }
}

} // namespace kinerja
