// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanListModel.h"

#include "ui/widgets/Formatting.h"

#include <algorithm>

namespace kinerja {

PlanListModel::PlanListModel(const Database& database, QObject* parent)
    : QAbstractListModel(parent)
    , m_database(database)
{ }

bool PlanListModel::setEmployee(const QUuid& employeeId)
{
    m_employeeId = employeeId;
    return reload();
}

bool PlanListModel::reload()
{
    beginResetModel();
    m_plans.clear();
    m_error.clear();
    m_atEnd = m_employeeId.isNull();
    if (!m_atEnd) {
        m_plans = fetch(0);
    }
    endResetModel();
    return m_error.isEmpty();
}

QList<PlanRepository::Summary> PlanListModel::fetch(int offset)
{
    const auto listed =
        PlanRepository(m_database).listForEmployee(m_employeeId, {offset, PlanRepository::kFirstPage.limit});
    if (!listed) {
        m_error = listed.error();
        m_atEnd = true;
        return {};
    }
    auto page = listed.value();
    m_atEnd = page.size() < PlanRepository::kFirstPage.limit;
    // The repository gives the years newest first; within a year the latest start comes first here.
    std::stable_sort(page.begin(), page.end(), [](const auto& a, const auto& b) {
        return a.startDate.year() != b.startDate.year() ? a.startDate.year() > b.startDate.year()
                                                        : a.startDate > b.startDate;
    });
    return page;
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return label(plan);
    case PlanIdRole:
        return plan.id;
    case StatusRole:
        return static_cast<int>(plan.status);
    case StartDateRole:
        return plan.startDate;
    case EndDateRole:
        return plan.endDate;
    default:
        return {};
    }
}

bool PlanListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PlanListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const auto more = fetch(static_cast<int>(m_plans.size()));
    if (more.isEmpty()) {
        return;
    }
    const auto first = static_cast<int>(m_plans.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_plans.append(more);
    endInsertRows();
}

int PlanListModel::rowOf(const QUuid& planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId) {
            return row;
        }
    }
    return -1;
}

QString PlanListModel::label(const PlanRepository::Summary& plan)
{
    return tr("%1 – %2 · %3")
        .arg(Formatting::date(plan.startDate), Formatting::date(plan.endDate), displayName(plan.status));
}

} // namespace kinerja
