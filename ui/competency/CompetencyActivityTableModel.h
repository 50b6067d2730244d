// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CompetencyActivity.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * One person's kegiatan pengembangan kompetensi of one year (CompetencyRepository::forEmployee), by date: a few
 * dozen rows at most, so load() reads them at once. Read-only: changes go through the page's undo commands, which
 * call load() again. The Database is not owned and must outlive the model.
 */
class CompetencyActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        NameColumn,
        KindColumn,
        OrganizerColumn,
        LessonHoursColumn,
        CertificateColumn,
        ColumnCount
    };

    enum Role
    {
        ActivityIdRole = Qt::UserRole + 1 ///< QUuid
    };

    CompetencyActivityTableModel(const Database& database, QObject* parent = nullptr);

    /// Reads the activities of `employeeId` dated in `year`. On failure the model is left empty.
    Status load(const QUuid& employeeId, int year);

    QUuid employeeId() const { return m_employeeId; }
    int year() const { return m_year; }
    const QList<CompetencyActivity>& activities() const { return m_activities; }
    /// The activity of a row; precondition: 0 <= row < rowCount().
    const CompetencyActivity& activity(int row) const { return m_activities.at(row); }
    /// The row of an activity id, or -1.
    int rowOf(const QUuid& activityId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database& m_database; // not owned
    QUuid m_employeeId;
    int m_year = 0;
    QList<CompetencyActivity> m_activities;
};

} // namespace kinerja
