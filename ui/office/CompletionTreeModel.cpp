// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/CompletionTreeModel.h"

#include "ui/widgets/Formatting.h"

#include <QHash>

namespace kinerja {

CompletionTreeModel::CompletionTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void CompletionTreeModel::setDashboard(const CompletionQueries::Dashboard& dashboard)
{
    beginResetModel();
    m_dashboard = dashboard;
    const auto& units = m_dashboard.units;
    m_roots.clear();
    m_children = QList<QList<int>>(units.size());
    m_parent = QList<int>(units.size(), -1);
    m_rowInParent = QList<int>(units.size(), 0);
    QHash<QUuid, int> position;
    for (int i = 0; i < units.size(); ++i) {
        position.insert(units[i].unitId, i);
        const auto parent = position.constFind(units[i].parentId); // depth first: the parent came before
        if (units[i].parentId.isNull() || parent == position.constEnd()) {
            m_rowInParent[i] = int(m_roots.size());
            m_roots.append(i);
        } else {
            m_parent[i] = *parent;
            m_rowInParent[i] = int(m_children[*parent].size());
            m_children[*parent].append(i);
        }
    }
    endResetModel();
}

std::optional<CompletionTreeModel::Stage> CompletionTreeModel::stageOfColumn(int column)
{
    switch (column) {
    case NoPlanColumn:
        return Stage::NoPlan;
    case PlanNotSubmittedColumn:
        return Stage::PlanNotSubmitted;
    case PlanSubmittedColumn:
        return Stage::PlanSubmitted;
    case PlanApprovedColumn:
        return Stage::PlanApproved;
    case EvaluationNotRatedColumn:
        return Stage::EvaluationNotRated;
    case EvaluationRatedColumn:
        return Stage::EvaluationRated;
    case EvaluationFinalizedColumn:
        return Stage::EvaluationFinalized;
    default:
        return std::nullopt;
    }
}

int CompletionTreeModel::columnOfStage(Stage stage)
{
    switch (stage) {
    case Stage::NoPlan:
        return NoPlanColumn;
    case Stage::PlanNotSubmitted:
        return PlanNotSubmittedColumn;
    case Stage::PlanSubmitted:
        return PlanSubmittedColumn;
    case Stage::PlanApproved:
        return PlanApprovedColumn;
    case Stage::EvaluationNotRated:
        return EvaluationNotRatedColumn;
    case Stage::EvaluationRated:
        return EvaluationRatedColumn;
    case Stage::EvaluationFinalized:
        return EvaluationFinalizedColumn;
    }
    return NoPlanColumn;
}

QString CompletionTreeModel::stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::NoPlan:
        return tr("No SKP yet");
    case Stage::PlanNotSubmitted:
        return tr("SKP not submitted");
    case Stage::PlanSubmitted:
        return tr("SKP awaiting approval");
    case Stage::PlanApproved:
        return tr("SKP approved");
    case Stage::EvaluationNotRated:
        return tr("Not rated yet");
    case Stage::EvaluationRated:
        return tr("Rated");
    case Stage::EvaluationFinalized:
        return tr("Finalized");
    }
    return {};
}

QString CompletionTreeModel::countWithShare(int count, int total)
{
    const QString number = Formatting::number(count, 0);
    if (total <= 0) {
        return number;
    }
    const double share = 100.0 * count / total;
    return tr("%1 (%2%)").arg(number, Formatting::number(share, 0));
}

const CompletionQueries::UnitRow* CompletionTreeModel::unitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    const auto position = qsizetype(index.internalId());
    return position < m_dashboard.units.size() ? &m_dashboard.units[position] : nullptr;
}

QModelIndex CompletionTreeModel::indexOfUnit(const QUuid& unitId) const
{
    for (int i = 0; i < m_dashboard.units.size(); ++i) {
        if (m_dashboard.units[i].unitId == unitId) {
            return createIndex(m_rowInParent[i], 0, quintptr(i));
        }
    }
    return {};
}

QModelIndex CompletionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_roots.size() ? createIndex(row, column, quintptr(m_roots[row])) : QModelIndex();
    }
    if (parent.model() != this) {
        return {};
    }
    const auto& children = m_children.value(qsizetype(parent.internalId()));
    return row < children.size() ? createIndex(row, column, quintptr(children[row])) : QModelIndex();
}

QModelIndex CompletionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = m_parent.value(qsizetype(child.internalId()), -1);
    return parent < 0 ? QModelIndex() : createIndex(m_rowInParent[parent], 0, quintptr(parent));
}

int CompletionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_roots.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    return int(m_children.value(qsizetype(parent.internalId())).size());
}

int CompletionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

int CompletionTreeModel::count(const CompletionQueries::Counts& counts, int column) const
{
    if (const auto stage = stageOfColumn(column)) {
        return counts.count(*stage);
    }
    switch (column) {
    case PeopleColumn:
        return counts.people;
    case PlanLateColumn:
        return counts.planLate;
    case EvaluationLateColumn:
        return counts.evaluationLate;
    default:
        return 0;
    }
}

QVariant CompletionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto* unit = unitAt(index);
    if (!unit) {
        return {};
    }
    const int column = index.column();
    const auto& counts = unit->total;
    switch (role) {
    case Qt::DisplayRole:
        if (column == UnitColumn) {
            return unit->name;
        }
        if (column == PeopleColumn) {
            return Formatting::number(counts.people, 0);
        }
        return countWithShare(count(counts, column), counts.people);
    case Qt::ToolTipRole:
        if (column == UnitColumn) {
            return tr("%1: %n employee(s) in this unit and the units under it", nullptr, counts.people).arg(unit->name);
        }
        if (column == PlanNotSubmittedColumn && counts.planReturned > 0) {
            return tr("%n of them returned for revision", nullptr, counts.planReturned);
        }
        if (column == EvaluationNotRatedColumn && counts.evaluationSubmitted > 0) {
            return tr("%n of them submitted, waiting for the rating", nullptr, counts.evaluationSubmitted);
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == UnitColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case UnitIdRole:
        return unit->unitId;
    case CountRole:
        return column == UnitColumn ? QVariant() : QVariant(count(counts, column));
    case StageRole:
        if (const auto stage = stageOfColumn(column)) {
            return int(*stage);
        }
        return {};
    default:
        return {};
    }
}

QString CompletionTreeModel::columnTitle(int column)
{
    // Two lines, so that the columns stay narrow enough for a 1366 x 768 screen; the tooltip has the whole title.
    switch (column) {
    case UnitColumn:
        return tr("Unit");
    case PeopleColumn:
        return tr("Employees");
    case NoPlanColumn:
        return tr("SKP\nnone yet");
    case PlanNotSubmittedColumn:
        return tr("SKP\nnot submitted");
    case PlanSubmittedColumn:
        return tr("SKP\nwaiting");
    case PlanApprovedColumn:
        return tr("SKP\napproved");
    case PlanLateColumn:
        return tr("SKP\nlate");
    case EvaluationNotRatedColumn:
        return tr("Evaluation\nnot rated");
    case EvaluationRatedColumn:
        return tr("Evaluation\nrated");
    case EvaluationFinalizedColumn:
        return tr("Evaluation\nfinalized");
    case EvaluationLateColumn:
        return tr("Entry\nlate");
    default:
        return {};
    }
}

QVariant CompletionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return columnTitle(section);
    }
    if (role == Qt::ToolTipRole) {
        if (const auto stage = stageOfColumn(section)) {
            return stageTitle(*stage);
        }
        switch (section) {
        case PlanLateColumn:
            return tr("SKP approved after its deadline, or not approved and the deadline has passed");
        case EvaluationLateColumn:
            return tr("Evaluation submitted after the batas pengisian, or not submitted and the batas pengisian has "
                      "passed");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kinerja
