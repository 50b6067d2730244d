// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/OrgTree.h"
#include "core/domain/OrganizationGrade.h"
#include "core/storage/UnitDistribution.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The unit tree (OrgTree) for one period with, per unit, its predikat kinerja organisasi and the distribution of its
 * employees' predikat (the unit with its sub-units, UnitDistribution): headcount, rated, and the count per
 * PerformanceGrade. A unit's distribution is read the first time a row is shown and kept until the period changes
 * or invalidate() (one query per visible unit, a few ms each; docs/benchmarks.md). Read-only.
 */
class OrganizationGradeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        GradeColumn,
        HeadcountColumn,
        RatedColumn,
        FirstGradeColumn, ///< Sangat Baik; the next four columns follow PerformanceGrade's order
        ColumnCount = FirstGradeColumn + 5
    };

    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, ///< QUuid
        GradeCodeRole, ///< OrganizationGrade codeName(), empty when none
        CountRole ///< int: the number shown in a count column
    };

    /// `database` is not owned and must outlive the model.
    explicit OrganizationGradeTreeModel(const Database& database, QObject* parent = nullptr);

    /// Replaces the tree, the period and its grades; distributions are read again.
    void setData(const OrgTree& tree, const QUuid& periodId, const QHash<QUuid, OrganizationGrade>& grades);
    /// Changes one unit's grade as shown.
    void setGrade(const QUuid& unitId, std::optional<OrganizationGrade> grade);
    /// Forgets the distributions read so far.
    void invalidate();

    const OrgTree& tree() const { return m_tree; }
    QUuid periodId() const { return m_periodId; }
    std::optional<OrganizationGrade> grade(const QUuid& unitId) const;
    /// The unit's distribution with its sub-units (read when not known yet); nullopt when it cannot be read.
    std::optional<UnitDistribution::Distribution> distribution(const QUuid& unitId) const;
    QModelIndex indexOf(const QUuid& unitId, int column = UnitColumn) const;
    QUuid unitId(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<QUuid>& childrenOf(int position) const;

    const Database& m_database; // not owned
    OrgTree m_tree;
    QUuid m_periodId;
    QHash<QUuid, OrganizationGrade> m_grades;
    QList<QUuid> m_ids; ///< by position (the internal id of an index)
    QHash<QUuid, int> m_positions;
    QList<QUuid> m_roots;
    QHash<QUuid, QList<QUuid>> m_children;
    QHash<QUuid, int> m_rows; ///< row under the parent
    mutable QHash<QUuid, std::optional<UnitDistribution::Distribution>> m_distributions;
};

} // namespace kinerja
