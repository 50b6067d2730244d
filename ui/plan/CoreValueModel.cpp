// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/CoreValueModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kinerja {

CoreValueModel::CoreValueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_values(allCoreValues())
{ }

void CoreValueModel::setPlan(const PerformancePlan& plan)
{
    m_plan = plan;
    if (!m_values.isEmpty()) {
        emit dataChanged(index(0, ExpectationColumn), index(int(m_values.size()) - 1, ExpectationColumn));
    }
}

int CoreValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int CoreValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoreValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto value = m_values.at(index.row());
    const auto expectation = m_plan.specialExpectation(value);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn:
            return role == Qt::DisplayRole ? QVariant(coreValueNumber(value)) : QVariant();
        case ValueColumn:
            return officialName(value);
        case GuidanceColumn: {
            QStringList lines;
            const auto items = guidance(value);
            for (int i = 0; i < items.size(); ++i) {
                lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        case ExpectationColumn:
            return expectation.trimmed().isEmpty() ? tr("(none)") : expectation;
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == ValueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == ExpectationColumn && expectation.trimmed().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == ExpectationColumn && expectation.trimmed().isEmpty()
            ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
            : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case CoreValueRole:
        return int(value);
    default:
        return {};
    }
}

QVariant CoreValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case ValueColumn:
        return tr("Core value");
    case GuidanceColumn:
        return tr("Guidance (panduan perilaku)");
    case ExpectationColumn:
        return tr("Special expectation of the assessor");
    default:
        return {};
    }
}

} // namespace kinerja
