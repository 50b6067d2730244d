// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kinerja {

class Database;

/**
 * The audit trail of one document as a table, oldest first: when, who, what (the part of the document) and the
 * change (field: old -> new, or the workflow step). Names of people are looked up once per person.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit HistoryModel(const Database& database, QObject* parent = nullptr);

    /// Loads the entries of a document; false (and error()) when they could not be read.
    bool load(const QUuid& documentId);
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The readable name of a table ("realization" -> "Realization"), for the What column.
    static QString entityName(const QString& entity);
    /// One line per changed field, or the workflow step with its note.
    static QString describeChange(const AuditLog::Entry& entry);

private:
    QString personName(const QString& employeeId) const;

    const Database& m_database; // not owned
    QList<AuditLog::Entry> m_entries;
    mutable QHash<QString, QString> m_names;
    QString m_error;
};

} // namespace kinerja
