// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/YearOverYearModel.h"

#include "ui/office/CompletionTreeModel.h"
#include "ui/widgets/Formatting.h"

namespace kinerja {

namespace {

QString percentText(std::optional<double> value)
{
    return value ? QCoreApplication::translate("kinerja::YearOverYearModel", "%1%").arg(Formatting::number(*value, 0))
                 : QStringLiteral("–");
}

} // namespace

YearOverYearModel::YearOverYearModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void YearOverYearModel::setRows(const QList<CompletionQueries::YearRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

std::optional<double> YearOverYearModel::share(int part, int whole)
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return 100.0 * part / whole;
}

int YearOverYearModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearOverYearModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearOverYearModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case YearColumn:
        return QString::number(row.year); // a year has no thousands separator
    case PlansColumn:
        return Formatting::number(row.plans, 0);
    case PlansOnTimeColumn:
        return percentText(share(row.plansOnTime, row.plansDue));
    case EvaluationsOnTimeColumn:
        return percentText(share(row.evaluationsOnTime, row.evaluationsDue));
    default:
        break;
    }
    const int gradeIndex = index.column() - FirstGradeColumn;
    const auto grades = allPerformanceGrades();
    if (gradeIndex < 0 || gradeIndex >= grades.size()) {
        return {};
    }
    if (row.annualGraded == 0) {
        return QStringLiteral("–");
    }
    return CompletionTreeModel::countWithShare(row.grades.value(grades[gradeIndex], 0), row.annualGraded);
}

QVariant YearOverYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PlansOnTimeColumn:
            return tr("Of the SKPs whose deadline has passed or that are approved: approved by the deadline");
        case EvaluationsOnTimeColumn:
            return tr("Of the evaluations whose batas pengisian has passed or that are submitted: submitted by the "
                      "batas pengisian");
        default:
            return section >= FirstGradeColumn ? tr("Predikat of the annual evaluation, once it is set") : QVariant();
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case YearColumn:
        return tr("Year");
    case PlansColumn:
        return tr("SKPs");
    case PlansOnTimeColumn:
        return tr("SKP on time");
    case EvaluationsOnTimeColumn:
        return tr("Evaluations on time");
    default:
        break;
    }
    const auto grades = allPerformanceGrades();
    const int gradeIndex = section - FirstGradeColumn;
    return gradeIndex >= 0 && gradeIndex < grades.size() ? officialName(grades[gradeIndex]) : QVariant();
}

} // namespace kinerja
