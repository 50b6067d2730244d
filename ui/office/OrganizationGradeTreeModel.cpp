// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/OrganizationGradeTreeModel.h"

#include "core/domain/PerformanceGrade.h"

namespace kinerja {

OrganizationGradeTreeModel::OrganizationGradeTreeModel(const Database& database, QObject* parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{ }

void OrganizationGradeTreeModel::setData(
    const OrgTree& tree, const QUuid& periodId, const QHash<QUuid, OrganizationGrade>& grades)
{
    beginResetModel();
    m_tree = tree;
    m_periodId = periodId;
    m_grades = grades;
    m_ids.clear();
    m_positions.clear();
    m_children.clear();
    m_rows.clear();
    m_distributions.clear();
    for (const auto& unit : m_tree.units()) {
        m_positions.insert(unit.id, static_cast<int>(m_ids.size()));
        m_ids.append(unit.id);
    }
    m_roots = m_tree.roots();
    for (int row = 0; row < m_roots.size(); ++row) {
        m_rows.insert(m_roots.at(row), row);
    }
    for (const auto& id : std::as_const(m_ids)) {
        const QList<QUuid> children = m_tree.children(id);
        for (int row = 0; row < children.size(); ++row) {
            m_rows.insert(children.at(row), row);
        }
        m_children.insert(id, children);
    }
    endResetModel();
}

void OrganizationGradeTreeModel::setGrade(const QUuid& unitId, std::optional<OrganizationGrade> grade)
{
    if (grade) {
        m_grades.insert(unitId, *grade);
    } else {
        m_grades.remove(unitId);
    }
    const QModelIndex changed = indexOf(unitId, GradeColumn);
    if (changed.isValid()) {
        emit dataChanged(changed, changed);
    }
}

void OrganizationGradeTreeModel::invalidate()
{
    m_distributions.clear();
    if (!m_roots.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

std::optional<OrganizationGrade> OrganizationGradeTreeModel::grade(const QUuid& unitId) const
{
    const auto found = m_grades.constFind(unitId);
    return found == m_grades.constEnd() ? std::nullopt : std::optional<OrganizationGrade>(*found);
}

std::optional<UnitDistribution::Distribution> OrganizationGradeTreeModel::distribution(const QUuid& unitId) const
{
    const auto cached = m_distributions.constFind(unitId);
    if (cached != m_distributions.constEnd()) {
        return *cached;
    }
    std::optional<UnitDistribution::Distribution> read;
    if (!m_periodId.isNull()) {
        auto result = UnitDistribution(m_database).of(unitId, m_periodId);
        if (result) {
            read = std::move(result).value();
        }
    }
    m_distributions.insert(unitId, read);
    return read;
}

const QList<QUuid>& OrganizationGradeTreeModel::childrenOf(int position) const
{
    if (position < 0) {
        return m_roots;
    }
    static const QList<QUuid> none;
    const auto found = m_children.constFind(m_ids.at(position));
    return found == m_children.constEnd() ? none : *found;
}

QModelIndex OrganizationGradeTreeModel::indexOf(const QUuid& unitId, int column) const
{
    const auto position = m_positions.constFind(unitId);
    if (position == m_positions.constEnd()) {
        return {};
    }
    return createIndex(m_rows.value(unitId), column, static_cast<quintptr>(*position));
}

QUuid OrganizationGradeTreeModel::unitId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    return m_ids.value(static_cast<qsizetype>(index.internalId()));
}

QModelIndex OrganizationGradeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<QUuid>& siblings = childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1);
    return createIndex(row, column, static_cast<quintptr>(m_positions.value(siblings.at(row))));
}

QModelIndex OrganizationGradeTreeModel::parent(const QModelIndex& child) const
{
    if (!checkIndex(child, CheckIndexOption::DoNotUseParent) || !child.isValid()) {
        return {};
    }
    const auto parentId = m_tree.parent(m_ids.at(static_cast<qsizetype>(child.internalId())));
    if (!parentId) {
        return {};
    }
    return indexOf(*parentId);
}

int OrganizationGradeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1).size());
}

int OrganizationGradeTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant OrganizationGradeTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QUuid id = m_ids.at(static_cast<qsizetype>(index.internalId()));
    const OrgUnit* unit = m_tree.unit(id);
    if (role == UnitIdRole) {
        return id;
    }
    if (role == GradeCodeRole) {
        const auto grade = this->grade(id);
        return grade ? codeName(*grade) : QString();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= HeadcountColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == UnitColumn && unit) {
        return m_tree.pathText(id);
    }
    if (role != Qt::DisplayRole && role != CountRole) {
        return {};
    }
    const int column = index.column();
    if (column == UnitColumn) {
        return role == Qt::DisplayRole && unit ? unit->name : QVariant();
    }
    if (column == GradeColumn) {
        const auto grade = this->grade(id);
        return role == Qt::DisplayRole && grade ? officialName(*grade) : QVariant(); // official term
    }
    const auto read = distribution(id);
    if (!read) {
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("?")) : QVariant();
    }
    int count = 0;
    if (column == HeadcountColumn) {
        count = read->headcount;
    } else if (column == RatedColumn) {
        count = read->rated();
    } else {
        count = read->counts.count(static_cast<PerformanceGrade>(column - FirstGradeColumn));
    }
    return count;
}

QVariant OrganizationGradeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section >= FirstGradeColumn && section < ColumnCount) {
        return officialName(static_cast<PerformanceGrade>(section - FirstGradeColumn));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case GradeColumn:
        return tr("Organisation grade");
    case HeadcountColumn:
        return tr("Employees");
    case RatedColumn:
        return tr("Rated");
    default:
        if (section >= FirstGradeColumn && section < ColumnCount) {
            return abbreviation(static_cast<PerformanceGrade>(section - FirstGradeColumn)); // SB, B, BP, K, SK
        }
        return {};
    }
}

} // namespace kinerja
