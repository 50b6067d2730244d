// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/RealizationModel.h"

#include "core/domain/Achievement.h"
#include "ui/widgets/Formatting.h"

#include <QFont>
#include <QHeaderView>

namespace kinerja {

namespace {

QString withUnit(const QString& number, const QString& unit)
{
    return unit.trimmed().isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit.trimmed());
}

} // namespace

void RealizationModel::setUpHeader(QHeaderView& header)
{
    header.setStretchLastSection(false);
    header.setSectionResizeMode(QHeaderView::ResizeToContents);
    header.setSectionResizeMode(NumberColumn, QHeaderView::Interactive);
    header.setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    header.setSectionResizeMode(ActionPlanColumn, QHeaderView::Interactive);
    header.resizeSection(NumberColumn, header.fontMetrics().horizontalAdvance(QStringLiteral("00.00")) + 36);
    header.resizeSection(ActionPlanColumn, header.fontMetrics().averageCharWidth() * 24);
}

RealizationModel::RealizationModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void RealizationModel::setPlan(const PerformancePlan& plan)
{
    beginResetModel();
    m_results.clear();
    m_realizations.clear();
    m_evidenceCounts.clear();
    int resultNumber = 0;
    int order = 0;
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        for (const auto& result : plan.resultsOfKind(kind)) {
            ResultEntry entry;
            entry.number = QString::number(++resultNumber);
            entry.result = result;
            int indicatorNumber = 0;
            for (const auto& indicator : result.indicators) {
                IndicatorEntry item;
                item.number = QStringLiteral("%1.%2").arg(resultNumber).arg(++indicatorNumber);
                item.workResultId = result.id;
                item.indicator = indicator;
                item.numeric = indicator.target.isNumeric()
                    || (indicator.target.isNone() && plan.approach == PlanApproach::Quantitative);
                item.order = order++;
                entry.indicators.append(item);
            }
            m_results.append(entry);
        }
    }
    endResetModel();
}

void RealizationModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_realizations.clear();
    m_evidenceCounts.clear();
    endResetModel();
}

void RealizationModel::setValues(const QList<Realization>& realizations, const QHash<QUuid, int>& evidenceCounts)
{
    m_realizations.clear();
    for (const auto& realization : realizations) {
        if (!realization.indicatorId.isNull()) {
            m_realizations.insert(realization.indicatorId, realization);
        }
    }
    m_evidenceCounts = evidenceCounts;
    for (int row = 0; row < m_results.size(); ++row) {
        const auto parentIndex = index(row, 0);
        const int children = static_cast<int>(m_results.at(row).indicators.size());
        if (children > 0) {
            emit dataChanged(index(0, 0, parentIndex), index(children - 1, ColumnCount - 1, parentIndex));
        }
    }
}

void RealizationModel::setEditable(bool editable)
{
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    // Flags changed: tell the views to ask again.
    for (int row = 0; row < m_results.size(); ++row) {
        const auto parentIndex = index(row, 0);
        const int children = static_cast<int>(m_results.at(row).indicators.size());
        if (children > 0) {
            emit dataChanged(index(0, 0, parentIndex), index(children - 1, ColumnCount - 1, parentIndex));
        }
    }
}

const RealizationModel::IndicatorEntry* RealizationModel::indicatorAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0) {
        return nullptr;
    }
    const auto resultRow = static_cast<qsizetype>(index.internalId() - 1);
    if (resultRow >= m_results.size() || index.row() >= m_results.at(resultRow).indicators.size()) {
        return nullptr;
    }
    return &m_results.at(resultRow).indicators.at(index.row());
}

QModelIndex RealizationModel::indexOfIndicator(const QUuid& indicatorId, int column) const
{
    for (int row = 0; row < m_results.size(); ++row) {
        const auto& indicators = m_results.at(row).indicators;
        for (int child = 0; child < indicators.size(); ++child) {
            if (indicators.at(child).indicator.id == indicatorId) {
                return index(child, column, index(row, 0));
            }
        }
    }
    return {};
}

std::optional<RealizationModel::Realization> RealizationModel::realizationOf(const QUuid& indicatorId) const
{
    const auto found = m_realizations.constFind(indicatorId);
    if (found == m_realizations.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QList<RealizationPaste::Target> RealizationModel::pasteTargets() const
{
    QList<RealizationPaste::Target> targets;
    for (const auto& result : m_results) {
        for (const auto& entry : result.indicators) {
            RealizationPaste::Target target;
            target.number = entry.number;
            target.workResultId = entry.workResultId;
            target.indicatorId = entry.indicator.id;
            target.text =
                entry.indicator.text.isEmpty() ? entry.indicator.target.narrativeText() : entry.indicator.text;
            target.unit = entry.indicator.unit;
            target.numeric = entry.numeric;
            targets.append(target);
        }
    }
    return targets;
}

Result<RealizationModel::Realization> RealizationModel::edited(const QModelIndex& index, const QString& text) const
{
    const auto* entry = indicatorAt(index);
    if (!entry) {
        return Result<Realization>::failure(tr("Choose an indicator first."));
    }
    auto row = realizationOf(entry->indicator.id).value_or(Realization {});
    if (row.indicatorId.isNull()) {
        row.workResultId = entry->workResultId;
        row.indicatorId = entry->indicator.id;
        row.order = entry->order;
    }
    if (index.column() == ActionPlanColumn) {
        row.actionPlan = text.trimmed();
    } else if (index.column() == RealizationColumn) {
        if (!entry->numeric) {
            row.description = text.trimmed();
        } else if (text.trimmed().isEmpty()) {
            row.value.reset();
        } else {
            const auto value = RealizationPaste::parseNumber(text, entry->indicator.unit);
            if (!value) {
                return Result<Realization>::failure(tr("Indicator %1: %2").arg(entry->number, value.error()));
            }
            row.value = value.value();
        }
    } else {
        return Result<Realization>::failure(tr("This column cannot be changed."));
    }
    return row;
}

RealizationModel::Realization RealizationModel::pasted(
    const IndicatorEntry& entry, const RealizationPaste::Row& pastedRow) const
{
    auto row = realizationOf(entry.indicator.id).value_or(Realization {});
    if (row.indicatorId.isNull()) {
        row.workResultId = entry.workResultId;
        row.indicatorId = entry.indicator.id;
        row.order = entry.order;
    }
    if (pastedRow.hasRealization) {
        if (entry.numeric) {
            row.value = pastedRow.value;
        } else {
            row.description = pastedRow.text;
        }
    }
    if (pastedRow.hasActionPlan) {
        row.actionPlan = pastedRow.actionPlan;
    }
    return row;
}

QString RealizationModel::targetText(const Indicator& indicator)
{
    const auto& target = indicator.target;
    switch (target.kind()) {
    case IndicatorTarget::Kind::None:
        return tr("no target yet");
    case IndicatorTarget::Kind::Number:
        return withUnit(Formatting::decimal(target.value()), indicator.unit);
    case IndicatorTarget::Kind::Range:
        return withUnit(QStringLiteral("%1\u2013%2")
                            .arg(Formatting::decimal(target.minimum()), Formatting::decimal(target.maximum())),
            indicator.unit);
    case IndicatorTarget::Kind::Narrative:
        return target.narrativeText();
    }
    return {};
}

QString RealizationModel::realizationText(const IndicatorEntry& entry, const Realization& realization)
{
    if (!entry.numeric) {
        return realization.description;
    }
    return realization.value ? withUnit(Formatting::decimal(*realization.value), entry.indicator.unit) : QString();
}

QString RealizationModel::achievementText(const IndicatorEntry& entry, const std::optional<Realization>& realization)
{
    if (!entry.numeric || !realization || !realization->value) {
        return {};
    }
    const auto achievement = Achievement::of(entry.indicator, *realization->value);
    const auto tenths = achievement.percentTenths();
    if (!tenths) {
        return {};
    }
    return QStringLiteral("%1%").arg(Formatting::number(static_cast<double>(*tenths) / 10.0, 1));
}

QModelIndex RealizationModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RealizationModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int RealizationModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_results.size());
    }
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_results.size()) {
        return static_cast<int>(m_results.at(parent.row()).indicators.size());
    }
    return 0;
}

int RealizationModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant RealizationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        return resultData(m_results.at(index.row()), index.column(), role);
    }
    const auto* entry = indicatorAt(index);
    return entry ? indicatorData(*entry, index.column(), role) : QVariant();
}

QVariant RealizationModel::resultData(const ResultEntry& entry, int column, int role) const
{
    switch (role) {
    case WorkResultIdRole:
        return entry.result.id;
    case IsResultRole:
        return true;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == NumberColumn) {
            // Official words, as on the form: "UTAMA" / "TAMBAHAN".
            return QStringLiteral("%1. %2 (%3)").arg(entry.number, entry.result.text, officialName(entry.result.kind));
        }
        return {};
    default:
        return {};
    }
}

QVariant RealizationModel::indicatorData(const IndicatorEntry& entry, int column, int role) const
{
    const auto& indicator = entry.indicator;
    const auto realization = realizationOf(indicator.id);
    switch (role) {
    case IndicatorIdRole:
        return indicator.id;
    case WorkResultIdRole:
        return entry.workResultId;
    case IsResultRole:
        return false;
    case Qt::TextAlignmentRole:
        if ((column == RealizationColumn && entry.numeric) || column == AchievementColumn || column == EvidenceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::EditRole:
        if (column == ActionPlanColumn) {
            return realization ? realization->actionPlan : QString();
        }
        if (column == RealizationColumn) {
            if (!realization) {
                return QString();
            }
            if (!entry.numeric) {
                return realization->description;
            }
            return realization->value ? Formatting::decimal(*realization->value) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case IndicatorColumn:
            return indicator.direction == IndicatorDirection::LowerIsBetter
                ? tr("%1\nLower is better: a realization below the target is an achievement above 100%.")
                      .arg(indicator.text)
                : indicator.text;
        case RealizationColumn:
            if (realization && entry.numeric && !realization->description.isEmpty()) {
                return realization->description;
            }
            return realizationText(entry, realization.value_or(Realization {}));
        case AchievementColumn: {
            if (!realization || (entry.numeric && !realization->value)) {
                return tr("No realization yet.");
            }
            if (!entry.numeric) {
                return Achievement::of(indicator.target, indicator.direction, Decimal()).explanation();
            }
            const auto achievement = Achievement::of(indicator, *realization->value);
            return achievement.hasPercentage() ? tr("Information only: the achievement does not decide the rating.")
                                               : achievement.explanation();
        }
        case ActionPlanColumn:
            return realization ? realization->actionPlan : QString();
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NumberColumn:
            return entry.number;
        case IndicatorColumn: {
            const auto text = indicator.text.isEmpty() ? indicator.target.narrativeText() : indicator.text;
            const auto shown = QStringLiteral("%1: %2").arg(officialName(indicator.aspect), text);
            return indicator.direction == IndicatorDirection::LowerIsBetter ? tr("%1 (lower is better)").arg(shown)
                                                                            : shown;
        }
        case TargetColumn:
            return targetText(indicator);
        case ActionPlanColumn:
            return realization ? realization->actionPlan : QString();
        case RealizationColumn:
            return realization ? realizationText(entry, *realization) : QString();
        case AchievementColumn: {
            const auto text = achievementText(entry, realization);
            if (text.isEmpty() && realization && entry.numeric && realization->value) {
                return tr("n/a");
            }
            return text;
        }
        case EvidenceColumn:
            return QString::number(m_evidenceCounts.value(indicator.id));
        default:
            return {};
        }
    default:
        return {};
    }
}

bool RealizationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const auto text = value.toString();
    if (text.trimmed() == data(index, Qt::EditRole).toString().trimmed()) {
        return false;
    }
    emit editRequested(index, text);
    return true;
}

Qt::ItemFlags RealizationModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    auto flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.internalId() != 0
        && (index.column() == ActionPlanColumn || index.column() == RealizationColumn)) {
        flags |= Qt::ItemIsEditable;
    }
    if (index.internalId() != 0) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

QVariant RealizationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case IndicatorColumn:
        return tr("Indicator");
    case TargetColumn:
        return tr("Target");
    case ActionPlanColumn:
        return tr("Action plan");
    case RealizationColumn:
        return tr("Realization");
    case AchievementColumn:
        return tr("Achievement");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace kinerja
