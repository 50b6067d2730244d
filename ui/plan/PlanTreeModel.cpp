// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanTreeModel.h"

#include "ui/plan/TargetText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kinerja {

namespace {

constexpr ResultKind kSectionKinds[2] = {ResultKind::Main, ResultKind::Additional};

int sectionOf(ResultKind kind)
{
    return kind == ResultKind::Main ? 0 : 1;
}

QFont italicFont()
{
    QFont font;
    font.setItalic(true);
    return font;
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void PlanTreeModel::setPlan(const PerformancePlan& plan, const QHash<QUuid, QString>& parentTexts)
{
    beginResetModel();
    m_plan = plan;
    m_parentTexts = parentTexts;
    for (int section = 0; section < 2; ++section) {
        m_sections[section] = plan.resultsOfKind(kSectionKinds[section]);
    }
    endResetModel();
}

QModelIndex PlanTreeModel::sectionIndex(ResultKind kind, int column) const
{
    return index(sectionOf(kind), column);
}

QModelIndex PlanTreeModel::indexOf(const QUuid& id, int column) const
{
    if (id.isNull()) {
        return {};
    }
    for (int section = 0; section < 2; ++section) {
        const auto& results = m_sections[section];
        for (int row = 0; row < results.size(); ++row) {
            const auto& result = results.at(row);
            if (result.id == id) {
                return createIndex(row, column, quintptr(1 + section));
            }
            for (int i = 0; i < result.indicators.size(); ++i) {
                if (result.indicators.at(i).id == id) {
                    return createIndex(i, column, kIndicatorBase + quintptr(section) * kRowLimit + quintptr(row));
                }
            }
        }
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    const auto id = parent.internalId();
    if (id == 0) {
        return createIndex(row, column, quintptr(1 + parent.row()));
    }
    if (id <= 2) {
        const auto section = quintptr(id - 1);
        return createIndex(row, column, kIndicatorBase + section * kRowLimit + quintptr(parent.row()));
    }
    return {};
}

QModelIndex PlanTreeModel::parent(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return {};
    }
    const auto id = index.internalId();
    if (id == 0) {
        return {};
    }
    if (id <= 2) {
        return createIndex(int(id - 1), 0, quintptr(0));
    }
    const auto section = (id - kIndicatorBase) / kRowLimit;
    const auto resultRow = (id - kIndicatorBase) % kRowLimit;
    return createIndex(int(resultRow), 0, quintptr(1 + section));
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return 2;
    }
    if (parent.column() != 0) {
        return 0;
    }
    const auto id = parent.internalId();
    if (id == 0) {
        return parent.row() >= 0 && parent.row() < 2 ? int(m_sections[parent.row()].size()) : 0;
    }
    if (id <= 2) {
        const auto& results = m_sections[id - 1];
        return parent.row() < results.size() ? int(results.at(parent.row()).indicators.size()) : 0;
    }
    return 0;
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const WorkResult* PlanTreeModel::resultAt(const QModelIndex& index) const
{
    const auto id = index.internalId();
    if (id == 0) {
        return nullptr;
    }
    if (id <= 2) {
        const auto& results = m_sections[id - 1];
        return index.row() < results.size() ? &results.at(index.row()) : nullptr;
    }
    const auto& results = m_sections[(id - kIndicatorBase) / kRowLimit];
    const auto row = qsizetype((id - kIndicatorBase) % kRowLimit);
    return row < results.size() ? &results.at(row) : nullptr;
}

const Indicator* PlanTreeModel::indicatorAt(const QModelIndex& index) const
{
    if (index.internalId() < kIndicatorBase) {
        return nullptr;
    }
    const auto* result = resultAt(index);
    return result && index.row() < result->indicators.size() ? &result->indicators.at(index.row()) : nullptr;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto id = index.internalId();
    if (id == 0) {
        return sectionData(index.row(), index.column(), role);
    }
    if (id <= 2) {
        return resultData(int(id - 1), index.row(), index.column(), role);
    }
    const auto* result = resultAt(index);
    return result ? indicatorData(*result, index.row(), index.column(), role) : QVariant();
}

QVariant PlanTreeModel::sectionData(int section, int column, int role) const
{
    const auto kind = kSectionKinds[section];
    switch (role) {
    case Qt::DisplayRole:
        if (column != TextColumn) {
            return {};
        }
        return kind == ResultKind::Main ? tr("A. %1: main work results").arg(officialName(kind))
                                        : tr("B. %1: additional work results").arg(officialName(kind));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case ItemKindRole:
        return int(ItemKind::Section);
    case ResultKindRole:
        return int(kind);
    case ItemIdRole:
    case ResultIdRole:
        return QUuid();
    default:
        return {};
    }
}

QVariant PlanTreeModel::resultData(int section, int row, int column, int role) const
{
    const auto& result = m_sections[section].at(row);
    const bool empty = result.text.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column != TextColumn) {
            return {};
        }
        return empty ? tr("%1. (no text yet)").arg(row + 1)
                     : QStringLiteral("%1. %2").arg(row + 1).arg(result.text.simplified());
    case Qt::ToolTipRole:
        if (result.kind != ResultKind::Main) {
            return result.text;
        }
        if (!result.parentResultId.isNull()) {
            return tr("Cascades from: %1").arg(m_parentTexts.value(result.parentResultId, tr("(a result not found)")));
        }
        if (!result.intervenedText.trimmed().isEmpty()) {
            return tr("Cascades from (outside the system): %1").arg(result.intervenedText);
        }
        return tr("Not cascaded yet.");
    case Qt::FontRole:
        return empty && column == TextColumn ? QVariant(italicFont()) : QVariant();
    case Qt::ForegroundRole:
        return empty ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText)) : QVariant();
    case ItemKindRole:
        return int(ItemKind::Result);
    case ItemIdRole:
    case ResultIdRole:
        return result.id;
    case ResultKindRole:
        return int(result.kind);
    default:
        return {};
    }
}

QVariant PlanTreeModel::indicatorData(const WorkResult& result, int row, int column, int role) const
{
    const auto& indicator = result.indicators.at(row);
    const bool qualitative = m_plan.approach == PlanApproach::Qualitative;
    QString text = indicator.text.simplified();
    if (qualitative && indicator.target.kind() == IndicatorTarget::Kind::Narrative) {
        text = indicator.target.narrativeText().simplified();
    }
    const bool empty = text.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn:
            return empty ? tr("(no indicator yet)") : text;
        case AspectColumn:
            return qualitative ? QString() : officialName(indicator.aspect);
        case TargetColumn:
            return qualitative ? QString() : TargetText::display(indicator.target, indicator.unit);
        case PerspectiveColumn:
            return indicator.perspective ? officialName(*indicator.perspective) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == TextColumn && !empty ? text : QVariant();
    case Qt::FontRole:
        return empty && column == TextColumn ? QVariant(italicFont()) : QVariant();
    case Qt::ForegroundRole:
        return empty && column == TextColumn ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                                             : QVariant();
    case ItemKindRole:
        return int(ItemKind::Indicator);
    case ItemIdRole:
        return indicator.id;
    case ResultIdRole:
        return result.id;
    case ResultKindRole:
        return int(result.kind);
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TextColumn:
        return tr("Work result / indicator");
    case AspectColumn:
        return tr("Aspect");
    case TargetColumn:
        return tr("Target");
    case PerspectiveColumn:
        return tr("Perspective");
    default:
        return {};
    }
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace kinerja
