// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvaluationRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace kinerja {

/**
 * The evaluations (periods) of one SKP: periodic ones by date, then the annual one (EvaluationRepository::
 * listForPlan), with the status, a marker while a workflow step waits for the shared database, the Batas
 * Pengisian and whether the period is locked. A plan has at most 13 periods, so the list is loaded at once.
 */
class EvaluationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        DatesColumn,
        StatusColumn,
        DeadlineColumn,
        LockedColumn,
        ColumnCount
    };

    enum Role
    {
        EvaluationIdRole = Qt::UserRole + 1,
    };

    struct Item
    {
        EvaluationRepository::StoredEvaluation evaluation;
        bool pending = false; ///< a workflow step waits for the shared database
    };

    explicit EvaluationListModel(QObject* parent = nullptr);

    /// Replaces the list; `today` decides whether a deadline has passed.
    void setItems(QList<Item> items, QDate today);
    /// Replaces one item in place (same evaluation id); false when it is not in the list.
    bool updateItem(const Item& item);
    const QList<Item>& items() const { return m_items; }
    /// The row of an evaluation, or -1.
    int rowOf(const QUuid& evaluationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Submitted", or "Submitted (not sent yet)" while pending.
    static QString statusText(const Item& item);
    /// "10 Oktober 2026", with "(passed)" or the admin's extension.
    static QString deadlineText(const EvaluationRepository::StoredEvaluation& evaluation, QDate today);

private:
    QList<Item> m_items;
    QDate m_today;
};

} // namespace kinerja
