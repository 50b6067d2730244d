// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DashboardQueries.h"

#include <QAbstractListModel>
#include <QList>

namespace kinerja {

/**
 * "What the assessor asked for" on the dashboard (DashboardQueries::Request): returned documents with their notes,
 * then feedback and ratings, newest first; at most DashboardQueries::kMaxRequests rows, so set at once. Each row is
 * one sentence that starts with a word saying why it is listed ("To do", "New"), never only a colour or a font;
 * new rows are also bold. TargetPageRole names the page that opens it.
 */
class DashboardRequestModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< int: DashboardQueries::Request::Kind
        DocumentIdRole, ///< QUuid: the plan or the evaluation
        TargetPageRole, ///< QString: the objectName of the page that shows it ("planPage", "evaluationsPage")
        IsNewRole ///< bool
    };

    explicit DashboardRequestModel(QObject* parent = nullptr);

    void setRequests(const QList<DashboardQueries::Request>& requests);
    const QList<DashboardQueries::Request>& requests() const { return m_requests; }

    /// The sentence shown for a request.
    static QString text(const DashboardQueries::Request& request);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<DashboardQueries::Request> m_requests;
};

} // namespace kinerja
