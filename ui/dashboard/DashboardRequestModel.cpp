// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardRequestModel.h"

#include "ui/widgets/Formatting.h"

#include <QFont>

namespace kinerja {

namespace {

using Request = DashboardQueries::Request;

QString ratingText(const std::optional<Rating>& rating)
{
    return rating ? officialName(*rating) : QStringLiteral("\u2013");
}

} // namespace

DashboardRequestModel::DashboardRequestModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void DashboardRequestModel::setRequests(const QList<DashboardQueries::Request>& requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

QString DashboardRequestModel::text(const DashboardQueries::Request& request)
{
    const auto day = Formatting::date(request.at.toLocalTime().date());
    switch (request.kind) {
    case Request::Kind::PlanReturned:
        return request.text.isEmpty()
            ? tr("To do: your SKP was returned for revision.")
            : tr("To do: your SKP was returned for revision with this note: %1").arg(request.text);
    case Request::Kind::EvaluationReturned:
        return request.text.isEmpty()
            ? tr("To do: your evaluation %1 was returned for correction.").arg(request.periodLabel)
            : tr("To do: your evaluation %1 was returned for correction with this note: %2")
                  .arg(request.periodLabel, request.text);
    case Request::Kind::Feedback:
        return (
            request.isNew ? tr("New: feedback from %1 on %2, %3 (%4): %5") : tr("Feedback from %1 on %2, %3 (%4): %5"))
            .arg(request.authorName, day, request.periodLabel, request.subject, request.text);
    case Request::Kind::Rating:
        if (request.grade) {
            return (request.isNew ? tr("New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, "
                                       "Predikat Kinerja Pegawai %5.")
                                  : tr("%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, "
                                       "Predikat Kinerja Pegawai %5."))
                .arg(request.periodLabel, day, ratingText(request.resultRating), ratingText(request.behaviorRating),
                    officialName(*request.grade));
        }
        return (request.isNew ? tr("New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4.")
                              : tr("%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4."))
            .arg(request.periodLabel, day, ratingText(request.resultRating), ratingText(request.behaviorRating));
    }
    return {};
}

int DashboardRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

QVariant DashboardRequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(request);
    case Qt::FontRole:
        if (request.isNew) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(request.kind);
    case DocumentIdRole:
        return request.documentId;
    case TargetPageRole:
        return request.kind == Request::Kind::PlanReturned ? QStringLiteral("planPage")
                                                           : QStringLiteral("evaluationsPage");
    case IsNewRole:
        return request.isNew;
    default:
        return {};
    }
}

} // namespace kinerja
