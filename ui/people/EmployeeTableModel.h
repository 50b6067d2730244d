// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EmployeeFilter.h"
#include "core/storage/EmployeeRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kinerja {

class Database;

/**
 * The employees of the file as a table (style.md R11), by name: fetched lazily, kPageSize rows at a time, as the
 * view scrolls (canFetchMore/fetchMore), each page after the last row's key (EmployeeRepository::pageAfter), so
 * that a province file of 60,000 people opens at once and row 50,000 comes as fast as row 200. setFilter()
 * restarts from the first page; unit names are read at construction and by reload(), not on every filter. Read-only.
 */
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    enum Column
    {
        NameColumn,
        NipColumn,
        RankColumn,
        PositionColumn,
        UnitColumn,
        ColumnCount
    };
    enum Role
    {
        EmployeeIdRole = Qt::UserRole + 1
    };

    explicit EmployeeTableModel(const Database& database, QObject* parent = nullptr);

    void setFilter(const EmployeeFilter& filter);
    /// Reads the unit names again and restarts from the first page (the data changed underneath).
    void reload();
    const EmployeeFilter& filter() const { return m_filter; }
    /// How many employees match the filter (all pages), or -1 when it could not be counted.
    int totalCount() const { return m_total; }
    const EmployeeRecord& record(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);

private:
    void reset();
    void loadUnitNames();

    const Database& m_database; // not owned
    EmployeeFilter m_filter;
    QList<EmployeeRecord> m_rows;
    QHash<QUuid, QString> m_unitNames;
    int m_total = 0;
    bool m_exhausted = false;
};

} // namespace kinerja
