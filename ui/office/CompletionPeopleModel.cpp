// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/CompletionPeopleModel.h"

#include "ui/widgets/Formatting.h"

#include <QBrush>
#include <QPalette>

namespace kinerja {

CompletionPeopleModel::CompletionPeopleModel(const Database& database, ActorRoleSet viewerRoles, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_roles(std::move(viewerRoles))
{ }

void CompletionPeopleModel::setFilter(const CompletionQueries::PeopleFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kPageSize;
    m_rows.clear();
    m_exhausted = true; // a view that reacts to the reset must not fetch inside it
    endResetModel();
    m_exhausted = false;
    fetchMore({});
}

QString CompletionPeopleModel::planStatusText(const CompletionQueries::Person& person)
{
    return person.planState ? displayName(*person.planState) : tr("No SKP yet");
}

QString CompletionPeopleModel::evaluationStatusText(const CompletionQueries::Person& person)
{
    return person.evaluationState ? displayName(*person.evaluationState) : tr("No evaluation");
}

bool CompletionPeopleModel::isLate(const CompletionQueries::Person& person, bool withPeriod)
{
    return withPeriod ? person.evaluationLate : person.planLate;
}

int CompletionPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompletionPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompletionPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& person = m_rows.at(index.row());
    const bool late = isLate(person, hasPeriod());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case NipColumn:
            return person.nip;
        case PositionColumn:
            return person.position;
        case UnitColumn:
            return person.unitName;
        case AssessorColumn:
            return person.assessorName;
        case PlanStatusColumn:
            return planStatusText(person);
        case PlanDeadlineColumn:
            return Formatting::date(person.planDeadline);
        case EvaluationStatusColumn:
            return hasPeriod() ? evaluationStatusText(person) : QString();
        case EvaluationDeadlineColumn:
            return hasPeriod() ? Formatting::date(person.evaluationDeadline) : QString();
        case LateColumn:
            return late ? tr("Late") : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == LateColumn && late) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c)); // dark red, readable on the light and the alternate rows
        }
        return {};
    case EmployeeIdRole:
        return person.employeeId;
    case LateRole:
        return late;
    default:
        return {};
    }
}

QVariant CompletionPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NipColumn:
        return tr("NIP");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    case AssessorColumn:
        return QStringLiteral("Pejabat Penilai Kinerja");
    case PlanStatusColumn:
        return tr("SKP status");
    case PlanDeadlineColumn:
        return tr("SKP deadline");
    case EvaluationStatusColumn:
        return tr("Evaluation status");
    case EvaluationDeadlineColumn:
        return tr("Batas pengisian");
    case LateColumn:
        return tr("Late");
    default:
        return {};
    }
}

bool CompletionPeopleModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CompletionPeopleModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_filter.year == 0) {
        return;
    }
    auto filter = m_filter;
    filter.offset = int(m_rows.size());
    filter.limit = kPageSize;
    const auto page = CompletionQueries(m_database, m_roles).people(filter);
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
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

} // namespace kinerja
