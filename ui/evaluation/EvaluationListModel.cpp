// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvaluationListModel.h"

#include "ui/widgets/Formatting.h"

namespace kinerja {

EvaluationListModel::EvaluationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvaluationListModel::setItems(QList<Item> items, QDate today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

bool EvaluationListModel::updateItem(const Item& item)
{
    const int row = rowOf(item.evaluation.id);
    if (row < 0) {
        return false;
    }
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int EvaluationListModel::rowOf(const QUuid& evaluationId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).evaluation.id == evaluationId) {
            return row;
        }
    }
    return -1;
}

int EvaluationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int EvaluationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvaluationListModel::statusText(const Item& item)
{
    const auto status = displayName(item.evaluation.status);
    return item.pending ? tr("%1 (not sent yet)").arg(status) : status;
}

QString EvaluationListModel::deadlineText(const EvaluationRepository::StoredEvaluation& evaluation, QDate today)
{
    const auto& deadline = evaluation.period.entryDeadline;
    if (!deadline.isValid()) {
        return tr("none");
    }
    if (evaluation.extendedUntil.isValid() && evaluation.extendedUntil > deadline) {
        return tr("%1, extended to %2").arg(Formatting::date(deadline), Formatting::date(evaluation.extendedUntil));
    }
    const bool open = evaluation.status == WorkflowState::EvaluationNotFilled
        || evaluation.status == WorkflowState::EvaluationReturned;
    if (open && today.isValid() && today > deadline) {
        return tr("%1 (passed)").arg(Formatting::date(deadline));
    }
    return Formatting::date(deadline);
}

QVariant EvaluationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& item = m_items.at(index.row());
    const auto& evaluation = item.evaluation;
    if (role == EvaluationIdRole) {
        return evaluation.id;
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && item.pending) {
        return tr("This step is recorded on this computer and waits to be sent to the shared database.");
    }
    if (role == Qt::ToolTipRole && index.column() == LockedColumn && evaluation.period.locked) {
        return tr("The personnel office has locked this period: nothing more can be entered.");
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case PeriodColumn:
        return evaluation.period.label(); // official wording, not translated
    case DatesColumn:
        return tr("%1 to %2").arg(Formatting::date(evaluation.period.start), Formatting::date(evaluation.period.end));
    case StatusColumn:
        return statusText(item);
    case DeadlineColumn:
        return deadlineText(evaluation, m_today);
    case LockedColumn:
        return evaluation.period.locked ? tr("Locked") : QString();
    default:
        return {};
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case DatesColumn:
        return tr("Dates");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return QStringLiteral("Batas Pengisian");
    case LockedColumn:
        return tr("Lock");
    default:
        return {};
    }
}

} // namespace kinerja
