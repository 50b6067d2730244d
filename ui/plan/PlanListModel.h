// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PlanRepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The SKPs of one employee for the plan selector, newest first (by year, then start date), labelled by their dates
 * and status: "1 Juli 2026 – 31 Desember 2026 · Draft". Fetches PlanRepository::listForEmployee lazily, 200 rows a
 * page (style.md R11).
 */
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PlanIdRole = Qt::UserRole + 1,
        StatusRole, ///< WorkflowState as int
        StartDateRole,
        EndDateRole
    };

    /// `database` is not owned and must outlive the model.
    explicit PlanListModel(const Database& database, QObject* parent = nullptr);

    /// Lists the plans of this employee (the first page at once); false (and error()) when they could not be read.
    bool setEmployee(const QUuid& employeeId);
    /// Reads the list again from the first page.
    bool reload();
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// The row of a plan, or -1 when it is not (yet) loaded.
    int rowOf(const QUuid& planId) const;
    /// Precondition: 0 <= row < rowCount().
    const PlanRepository::Summary& summary(int row) const { return m_plans.at(row); }
    /// The plans loaded so far, in the model's order.
    const QList<PlanRepository::Summary>& plans() const { return m_plans; }

    /// The label of a plan in the selector.
    static QString label(const PlanRepository::Summary& plan);

private:
    QList<PlanRepository::Summary> fetch(int offset);

    const Database& m_database; // not owned
    QUuid m_employeeId;
    QList<PlanRepository::Summary> m_plans;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace kinerja
