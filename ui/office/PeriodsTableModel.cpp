// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/PeriodsTableModel.h"

#include "core/Language.h"
#include "core/domain/IndonesianFormat.h"
#include "core/storage/PeriodRepository.h"

#include <QLocale>

namespace kinerja {

PeriodsTableModel::PeriodsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PeriodsTableModel::setPeriods(const QList<AssessmentPeriod>& periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

int PeriodsTableModel::rowOf(const QUuid& periodId) const
{
    for (int row = 0; row < m_periods.size(); ++row) {
        if (PeriodRepository::idOf(m_periods.at(row)) == periodId) {
            return row;
        }
    }
    return -1;
}

int PeriodsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int PeriodsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeriodsTableModel::dateText(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    if (Language::current() == QLatin1String("en")) {
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    }
    return IndonesianFormat::longDate(date);
}

QVariant PeriodsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AssessmentPeriod& period = m_periods.at(index.row());
    switch (role) {
    case PeriodIdRole:
        return PeriodRepository::idOf(period);
    case LockedRole:
        return period.locked;
    case DateRole:
        switch (index.column()) {
        case StartColumn:
            return period.start;
        case EndColumn:
            return period.end;
        case DeadlineColumn:
            return period.entryDeadline;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return period.typeCode(); // official code, not translated
        case LabelColumn:
            return period.label();
        case StartColumn:
            return dateText(period.start);
        case EndColumn:
            return dateText(period.end);
        case DeadlineColumn:
            return period.entryDeadline.isValid() ? dateText(period.entryDeadline) : tr("none");
        case StateColumn:
            return period.locked ? tr("Locked") : tr("Open");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn && !period.customLabel.isEmpty()) {
            AssessmentPeriod standard = period;
            standard.customLabel.clear();
            return tr("The agency's own label; the standard one is \"%1\".").arg(standard.label());
        }
        if (index.column() == StateColumn) {
            return period.locked ? tr("Closed by the personnel office: no more entries, whatever the date.")
                                 : tr("Entries are accepted until the deadline.");
        }
        return {};
    default:
        return {};
    }
}

QVariant PeriodsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        return tr("Label");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DeadlineColumn:
        return tr("Deadline (batas pengisian)");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kinerja
