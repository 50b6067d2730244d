// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/ProblemListModel.h"

#include <QApplication>
#include <QStyle>

namespace kinerja {

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ProblemListModel::setProblems(const QList<PlanProblem>& problems)
{
    if (problems == m_problems) {
        return;
    }
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& problem = m_problems.at(index.row());
    const bool error = problem.severity == ProblemSeverity::Error;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return problem.message;
    case Qt::AccessibleTextRole:
        return error ? tr("Problem: %1").arg(problem.message) : tr("Warning: %1").arg(problem.message);
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(
            error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case ResultIdRole:
        return problem.resultId;
    case IndicatorIdRole:
        return problem.indicatorId;
    case SeverityRole:
        return int(problem.severity);
    default:
        return {};
    }
}

} // namespace kinerja
