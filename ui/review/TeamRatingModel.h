// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AssessorTeam.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace kinerja {

/**
 * The batch grid of the assessor's desk: one row per evaluation of the team in a period (AssessorTeam), with a check
 * box to choose rows, the two ratings editable in place while the evaluation takes ratings (submitted or rated), the
 * predikat that the ratings in the row give (GradeMatrix, live) and what the last batch did to the row. Edits stay in
 * the model until a batch stores them (AssessorDesk).
 */
class TeamRatingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeColumn,
        StateColumn,
        ResultColumn,
        BehaviorColumn,
        GradeColumn,
        OutcomeColumn,
        ColumnCount
    };
    /// ResultColumn and BehaviorColumn: the rating code (Rating codeName(), empty for none), for the editor.
    static constexpr int RatingCodeRole = Qt::UserRole + 1;

    explicit TeamRatingModel(QObject* parent = nullptr);

    void setMembers(QList<AssessorTeam::Member> members);
    const QList<AssessorTeam::Member>& members() const { return m_members; }

    /// The ratings shown in the row: the edited ones, else the stored ones.
    std::optional<Rating> resultRating(int row) const;
    std::optional<Rating> behaviorRating(int row) const;
    void setRatings(int row, std::optional<Rating> result, std::optional<Rating> behavior);
    /// True while the row's evaluation takes ratings (submitted or rated).
    bool isRatable(int row) const;

    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    /// Checks exactly the rows for which `wanted` is true.
    void checkWhere(const std::function<bool(const AssessorTeam::Member&)>& wanted);
    QList<int> checkedRows() const;

    /// What the last batch did to the row ("Rated", or why it was refused); empty for none.
    void setOutcome(int row, const QString& text, bool ok);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Edit
    {
        std::optional<Rating> result;
        std::optional<Rating> behavior;
    };
    struct Outcome
    {
        QString text;
        bool ok = true;
    };

    QList<AssessorTeam::Member> m_members;
    QHash<int, Edit> m_edits; ///< row -> ratings edited in the grid
    QList<bool> m_checked;
    QHash<int, Outcome> m_outcomes;
};

} // namespace kinerja
