// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CompletionQueries.h"

#include <QAbstractItemModel>

#include <optional>

namespace kinerja {

/**
 * The units of the completion dashboard as a tree (style.md R11): each unit with the number of its people (its own
 * and those of the units below it) in each stage of the SKP and, when a period is chosen, of the evaluation, with the
 * share of the unit's people in parentheses. Read-only; setDashboard() replaces everything.
 */
class CompletionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Stage = CompletionQueries::Stage;

    enum Column
    {
        UnitColumn,
        PeopleColumn,
        NoPlanColumn,
        PlanNotSubmittedColumn,
        PlanSubmittedColumn,
        PlanApprovedColumn,
        PlanLateColumn,
        EvaluationNotRatedColumn,
        EvaluationRatedColumn,
        EvaluationFinalizedColumn,
        EvaluationLateColumn,
        ColumnCount
    };

    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, ///< QUuid of the row's unit
        CountRole, ///< int: the number in a count column (unit and below)
        StageRole ///< int (Stage) of a stage column; invalid for the others
    };

    explicit CompletionTreeModel(QObject* parent = nullptr);

    void setDashboard(const CompletionQueries::Dashboard& dashboard);
    const CompletionQueries::Dashboard& dashboard() const { return m_dashboard; }

    /// The stage counted in a column; nullopt for the unit, people and late columns.
    static std::optional<Stage> stageOfColumn(int column);
    /// The column of a stage.
    static int columnOfStage(Stage stage);
    /// The stage's name in the UI language.
    static QString stageTitle(Stage stage);
    /// The column's header: two short lines ("SKP\nlate").
    static QString columnTitle(int column);
    /// "12 (4%)": a count with its share of `total` people, in the UI language.
    static QString countWithShare(int count, int total);

    /// The unit row, or nullptr for an invalid index.
    const CompletionQueries::UnitRow* unitAt(const QModelIndex& index) const;
    /// The index (column 0) of a unit; invalid when it is not in the tree.
    QModelIndex indexOfUnit(const QUuid& unitId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int count(const CompletionQueries::Counts& counts, int column) const;

    CompletionQueries::Dashboard m_dashboard;
    QList<int> m_roots; ///< unit positions in m_dashboard.units
    QList<QList<int>> m_children; ///< per unit position: its children's positions
    QList<int> m_parent; ///< per unit position: the parent's position, -1 for a root
    QList<int> m_rowInParent; ///< per unit position: its row under its parent
};

} // namespace kinerja
