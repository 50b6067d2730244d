// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/CompetencyActivityTableModel.h"

#include "core/storage/CompetencyRepository.h"
#include "ui/widgets/Formatting.h"

namespace kinerja {

CompetencyActivityTableModel::CompetencyActivityTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

Status CompetencyActivityTableModel::load(const QUuid& employeeId, int year)
{
    const auto read = CompetencyRepository(m_database).forEmployee(employeeId, year);
    beginResetModel();
    m_employeeId = employeeId;
    m_year = year;
    m_activities = read ? read.value() : QList<CompetencyActivity>();
    endResetModel();
    return read ? success() : read.propagate<Done>();
}

int CompetencyActivityTableModel::rowOf(const QUuid& activityId) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities.at(row).id == activityId) {
            return row;
        }
    }
    return -1;
}

int CompetencyActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_activities.size());
}

int CompetencyActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetencyActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& activity = m_activities.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            return Formatting::date(activity.date);
        case NameColumn:
            return activity.name;
        case KindColumn:
            return CompetencyActivity::officialName(activity.kind);
        case OrganizerColumn:
            return activity.organizer;
        case LessonHoursColumn:
            return role == Qt::DisplayRole
                ? Formatting::number(activity.lessonHours, 0)
                : tr("%n JP (%1 minutes)", nullptr, activity.lessonHours)
                      .arg(Formatting::number(CompetencyActivity::minutesFromLessonHours(activity.lessonHours), 0));
        case CertificateColumn:
            return activity.certificateReference;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LessonHoursColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == ActivityIdRole) {
        return activity.id;
    }
    return {};
}

QVariant CompetencyActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case NameColumn:
        return tr("Activity");
    case KindColumn:
        return tr("Form");
    case OrganizerColumn:
        return tr("Organiser");
    case LessonHoursColumn:
        return tr("JP");
    case CertificateColumn:
        return tr("Certificate or notes");
    default:
        return {};
    }
}

} // namespace kinerja
