// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/AchievementTableModel.h"

#include "ui/widgets/Formatting.h"

namespace kinerja {

AchievementTableModel::AchievementTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AchievementTableModel::setIndicators(const QList<DashboardQueries::IndicatorProgress>& indicators)
{
    beginResetModel();
    m_indicators = indicators;
    endResetModel();
}

QString AchievementTableModel::percentText(qint64 tenths)
{
    return tr("%1%").arg(Formatting::number(static_cast<double>(tenths) / 10.0, 1));
}

int AchievementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_indicators.size());
}

int AchievementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AchievementTableModel::targetText(const DashboardQueries::IndicatorProgress& progress) const
{
    const auto& target = progress.indicator.target;
    const auto& unit = progress.indicator.unit;
    switch (target.kind()) {
    case IndicatorTarget::Kind::None:
        return tr("no target");
    case IndicatorTarget::Kind::Narrative:
        return target.narrativeText();
    case IndicatorTarget::Kind::Number:
        return unit.isEmpty() ? Formatting::decimal(target.value())
                              : tr("%1 %2").arg(Formatting::decimal(target.value()), unit);
    case IndicatorTarget::Kind::Range:
        return unit.isEmpty()
            ? tr("%1 to %2").arg(Formatting::decimal(target.minimum()), Formatting::decimal(target.maximum()))
            : tr("%1 to %2 %3").arg(Formatting::decimal(target.minimum()), Formatting::decimal(target.maximum()), unit);
    }
    return {};
}

QString AchievementTableModel::realizationText(const DashboardQueries::IndicatorProgress& progress) const
{
    if (!progress.realization) {
        return tr("none yet");
    }
    const auto value = Formatting::decimal(*progress.realization);
    const auto& unit = progress.indicator.unit;
    return unit.isEmpty() ? tr("%1 (%2)").arg(value, progress.periodLabel)
                          : tr("%1 %2 (%3)").arg(value, unit, progress.periodLabel);
}

QString AchievementTableModel::achievementText(const DashboardQueries::IndicatorProgress& progress) const
{
    if (!progress.achievement) {
        return tr("no realization yet");
    }
    if (const auto tenths = progress.achievement->percentTenths()) {
        return percentText(*tenths);
    }
    return progress.achievement->explanation();
}

QString AchievementTableModel::description(const DashboardQueries::IndicatorProgress& progress) const
{
    const auto lower = progress.indicator.direction == IndicatorDirection::LowerIsBetter;
    const auto sentence = lower ? tr("%1: target %2 (lower is better), realization %3, achievement %4.")
                                : tr("%1: target %2, realization %3, achievement %4.");
    return sentence.arg(
        progress.indicator.text, targetText(progress), realizationText(progress), achievementText(progress));
}

QVariant AchievementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& progress = m_indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn:
            return progress.indicator.text;
        case TargetColumn:
            return targetText(progress);
        case RealizationColumn:
            return realizationText(progress);
        case AchievementColumn:
            return achievementText(progress);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == IndicatorColumn
            ? tr("%1\nRencana Hasil Kerja: %2").arg(description(progress), progress.resultText)
            : description(progress);
    case Qt::TextAlignmentRole:
        if (index.column() == AchievementColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IndicatorIdRole:
        return progress.indicator.id;
    case PercentTenthsRole:
        if (progress.achievement) {
            if (const auto tenths = progress.achievement->percentTenths()) {
                return QVariant::fromValue(*tenths);
            }
        }
        return {};
    case BarLabelRole:
        return progress.indicator.text;
    case BarTextRole:
        return achievementText(progress);
    case DescriptionRole:
        return description(progress);
    default:
        return {};
    }
}

QVariant AchievementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IndicatorColumn:
        return QStringLiteral("Indikator Kinerja Individu"); // official term, not translated
    case TargetColumn:
        return tr("Target");
    case RealizationColumn:
        return tr("Latest realization");
    case AchievementColumn:
        return tr("Achievement");
    default:
        return {};
    }
}

} // namespace kinerja
