// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"
#include "core/storage/CompletionQueries.h"

#include <QAbstractTableModel>

namespace kinerja {

class Database;

/**
 * The people of the completion dashboard for one unit (and the units below it) and one stage, as a table
 * (style.md R11): name, NIP, jabatan, unit, Pejabat Penilai Kinerja, the SKP's status and deadline, the evaluation's
 * status and batas pengisian (with a period), and whether they are late. Fetched lazily, kPageSize rows at a time
 * (canFetchMore/fetchMore), through CompletionQueries::people(). Read-only.
 */
class CompletionPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    enum Column
    {
        NameColumn,
        NipColumn,
        PositionColumn,
        UnitColumn,
        AssessorColumn,
        PlanStatusColumn,
        PlanDeadlineColumn,
        EvaluationStatusColumn,
        EvaluationDeadlineColumn,
        LateColumn,
        ColumnCount
    };

    enum Role
    {
        EmployeeIdRole = Qt::UserRole + 1, ///< QUuid
        LateRole ///< bool: late for the SKP, or (with a period) for the evaluation
    };

    CompletionPeopleModel(const Database& database, ActorRoleSet viewerRoles, QObject* parent = nullptr);

    /// Restarts from the first page with these people (offset and limit are the model's).
    void setFilter(const CompletionQueries::PeopleFilter& filter);
    const CompletionQueries::PeopleFilter& filter() const { return m_filter; }
    bool hasPeriod() const { return !m_filter.periodId.isNull(); }

    const CompletionQueries::Person& person(int row) const { return m_rows.at(row); }

    /// A status cell's text: the state's display name, or "No SKP yet" / "No evaluation" when there is none.
    static QString planStatusText(const CompletionQueries::Person& person);
    static QString evaluationStatusText(const CompletionQueries::Person& person);
    /// Late for what the list is about: the evaluation with a period, else the SKP.
    static bool isLate(const CompletionQueries::Person& person, bool withPeriod);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);

private:
    const Database& m_database; // not owned
    ActorRoleSet m_roles;
    CompletionQueries::PeopleFilter m_filter;
    QList<CompletionQueries::Person> m_rows;
    bool m_exhausted = true;
};

} // namespace kinerja
