// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/CompletionChart.h"

#include "ui/office/CompletionTreeModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace kinerja {

namespace {

QColor stageColor(CompletionQueries::Stage stage)
{
    using Stage = CompletionQueries::Stage;
    switch (stage) {
    case Stage::NoPlan:
        return QColor(0xc6, 0x28, 0x28); // red: nothing yet
    case Stage::PlanNotSubmitted:
        return QColor(0xef, 0x8f, 0x00); // amber
    case Stage::PlanSubmitted:
        return QColor(0x42, 0x85, 0xd4); // blue: with the assessor
    case Stage::PlanApproved:
        return QColor(0x2e, 0x7d, 0x32); // green: done
    case Stage::EvaluationNotRated:
        return QColor(0x9e, 0x9e, 0x9e); // grey
    case Stage::EvaluationRated:
        return QColor(0x64, 0xb5, 0xf6); // light blue
    case Stage::EvaluationFinalized:
        return QColor(0x1b, 0x5e, 0x20); // dark green
    }
    return Qt::gray;
}

} // namespace

CompletionChart::CompletionChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("completionChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 12);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart); // owned by the view
}

void CompletionChart::setCounts(
    const QString& unitName, const CompletionQueries::Counts& counts, const QString& periodLabel)
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("%1: %n employee(s)", nullptr, counts.people).arg(unitName));
    setAccessibleName(chart->title());

    const bool withPeriod = !periodLabel.isEmpty();
    QStringList categories {QStringLiteral("SKP")};
    if (withPeriod) {
        categories << periodLabel; // the official label, "TRIWULAN II"
    }
    auto* series = new QHorizontalPercentBarSeries;
    m_shown.clear();
    for (const auto stage : CompletionQueries::allStages()) {
        const bool evaluation = CompletionQueries::isEvaluationStage(stage);
        if (evaluation && !withPeriod) {
            continue; // nothing to show, not even in the legend
        }
        const int value = counts.count(stage);
        m_shown.insert(stage, value);
        // The numbers are in the legend: a label on a part of zero width would be drawn over its neighbour.
        auto* set = new QBarSet(tr("%1: %2").arg(
            CompletionTreeModel::stageTitle(stage), CompletionTreeModel::countWithShare(value, counts.people)));
        set->setColor(stageColor(stage));
        set->setBorderColor(stageColor(stage));
        if (evaluation) {
            *set << 0 << value;
        } else {
            *set << value;
            if (withPeriod) {
                *set << 0;
            }
        }
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

int CompletionChart::shownCount(CompletionQueries::Stage stage) const
{
    return m_shown.value(stage, 0);
}

} // namespace kinerja
