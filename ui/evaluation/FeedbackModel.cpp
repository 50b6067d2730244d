// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/FeedbackModel.h"

#include "ui/widgets/Formatting.h"

namespace kinerja {

FeedbackModel::FeedbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FeedbackModel::setFeedback(const PerformancePlan& plan, QList<EvaluationRepository::Feedback> feedback)
{
    beginResetModel();
    m_plan = plan;
    m_feedback = std::move(feedback);
    endResetModel();
}

void FeedbackModel::clear()
{
    setFeedback({}, {});
}

int FeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_feedback.size());
}

int FeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedbackModel::aboutText(const EvaluationRepository::Feedback& feedback) const
{
    if (feedback.coreValue) {
        return tr("Behaviour: %1").arg(officialName(*feedback.coreValue));
    }
    // Numbered as on the realization table: main results, then additional ones.
    int number = 0;
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        for (const auto& result : m_plan.resultsOfKind(kind)) {
            ++number;
            if (result.id == feedback.workResultId) {
                return tr("Work result %1: %2").arg(number).arg(result.text);
            }
        }
    }
    return tr("Work result");
}

QVariant FeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& feedback = m_feedback.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AboutColumn:
        return aboutText(feedback);
    case TextColumn:
        return feedback.text;
    case AuthorColumn:
        return feedback.authorName;
    case WrittenColumn:
        return Formatting::date(feedback.writtenAt.toLocalTime().date());
    default:
        return {};
    }
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AboutColumn:
        return tr("About");
    case TextColumn:
        return tr("Feedback");
    case AuthorColumn:
        return tr("From");
    case WrittenColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace kinerja
