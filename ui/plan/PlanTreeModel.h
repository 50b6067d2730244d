// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace kinerja {

/**
 * The work results of an SKP as a tree, as the form prints them: two sections ("A. UTAMA", "B. TAMBAHAN"), their
 * work results in order, and each result's indicators beneath it. Read-only: edits go through the page's undo
 * commands, after which setPlan() shows the stored plan again.
 *
 * Columns: the text (result or indicator), the aspect, the target with its satuan, and (JPT forms) the perspective.
 * Internal ids: 0 for a section; 1 + section for a result; kIndicatorBase + section * kRowLimit + result row for an
 * indicator, so that parent() needs no pointers into the plan.
 */
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        AspectColumn,
        TargetColumn,
        PerspectiveColumn,
        ColumnCount
    };

    enum class ItemKind
    {
        Section,
        Result,
        Indicator
    };

    enum Role
    {
        ItemKindRole = Qt::UserRole + 1, ///< ItemKind as int
        ItemIdRole, ///< the result's or indicator's id; null for a section
        ResultKindRole, ///< ResultKind as int (every row)
        ResultIdRole ///< the result the row belongs to; null for a section
    };

    explicit PlanTreeModel(QObject* parent = nullptr);

    /// Shows a plan; `parentTexts` are the texts of the assessor's results, by id, for the tooltips.
    void setPlan(const PerformancePlan& plan, const QHash<QUuid, QString>& parentTexts = {});
    const PerformancePlan& plan() const { return m_plan; }

    /// The row of a section.
    QModelIndex sectionIndex(ResultKind kind, int column = 0) const;
    /// The row of a result or an indicator by id; invalid when there is none.
    QModelIndex indexOf(const QUuid& id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    static constexpr quintptr kIndicatorBase = 3;
    static constexpr quintptr kRowLimit = 1U << 20;

    const WorkResult* resultAt(const QModelIndex& index) const;
    const Indicator* indicatorAt(const QModelIndex& index) const;
    QVariant sectionData(int section, int column, int role) const;
    QVariant resultData(int section, int row, int column, int role) const;
    QVariant indicatorData(const WorkResult& result, int row, int column, int role) const;

    PerformancePlan m_plan;
    QList<WorkResult> m_sections[2]; ///< main, additional; each in printed order
    QHash<QUuid, QString> m_parentTexts;
};

} // namespace kinerja
