// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/CascadeTreeModel.h"

#include "ui/plan/TargetText.h"
#include "ui/widgets/Formatting.h"

#include <QFont>

namespace kinerja {

CascadeTreeModel::CascadeTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void CascadeTreeModel::setSources(const QList<CascadeSource::SourcePlan>& sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

QModelIndex CascadeTreeModel::indexOfResult(const QUuid& resultId) const
{
    for (int planRow = 0; planRow < m_sources.size(); ++planRow) {
        const auto& results = m_sources.at(planRow).results;
        for (int row = 0; row < results.size(); ++row) {
            if (results.at(row).id == resultId) {
                return createIndex(row, 0, quintptr(1 + planRow));
            }
        }
    }
    return {};
}

QModelIndex CascadeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    return parent.internalId() == 0 ? createIndex(row, column, quintptr(1 + parent.row())) : QModelIndex();
}

QModelIndex CascadeTreeModel::parent(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0) {
        return {};
    }
    return createIndex(int(index.internalId() - 1), 0, quintptr(0));
}

int CascadeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_sources.size());
    }
    if (parent.internalId() != 0 || parent.row() >= m_sources.size()) {
        return 0;
    }
    return int(m_sources.at(parent.row()).results.size());
}

int CascadeTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString CascadeTreeModel::resultNumber(const CascadeSource::SourcePlan& plan, int resultRow)
{
    int number = 0;
    const auto kind = plan.results.at(resultRow).kind;
    for (int row = 0; row <= resultRow; ++row) {
        if (plan.results.at(row).kind == kind) {
            ++number;
        }
    }
    return QStringLiteral("%1.%2").arg(kind == ResultKind::Main ? QLatin1Char('A') : QLatin1Char('B')).arg(number);
}

QVariant CascadeTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const auto& plan = m_sources.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SearchTextRole:
            return tr("SKP of %1, %2 – %3")
                .arg(plan.owner.name, Formatting::date(plan.startDate), Formatting::date(plan.endDate));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ResultIdRole:
            return QUuid();
        default:
            return {};
        }
    }
    const auto& plan = m_sources.at(int(index.internalId() - 1));
    const auto& result = plan.results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(resultNumber(plan, index.row()), result.text.simplified());
    case Qt::ToolTipRole: {
        QStringList lines {result.text};
        for (const auto& indicator : result.indicators) {
            const auto target = TargetText::display(indicator.target, indicator.unit);
            lines.append(target.isEmpty() || indicator.target.kind() == IndicatorTarget::Kind::Narrative
                    ? QStringLiteral("• %1").arg(indicator.text.isEmpty() ? target : indicator.text)
                    : QStringLiteral("• %1: %2").arg(indicator.text, target));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case SearchTextRole: {
        QStringList words {resultNumber(plan, index.row()), result.text};
        for (const auto& indicator : result.indicators) {
            words.append(indicator.text);
        }
        return words.join(QLatin1Char(' '));
    }
    case ResultIdRole:
        return result.id;
    default:
        return {};
    }
}

Qt::ItemFlags CascadeTreeModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace kinerja
