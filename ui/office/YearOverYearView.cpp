// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/YearOverYearView.h"

#include "ui/office/YearOverYearModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPercentBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kinerja {

namespace {

QColor gradeColor(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return QColor(0x1b, 0x5e, 0x20);
    case PerformanceGrade::Good:
        return QColor(0x66, 0xbb, 0x6a);
    case PerformanceGrade::NeedsImprovement:
        return QColor(0xff, 0xb3, 0x00);
    case PerformanceGrade::PoorMisconduct:
        return QColor(0xef, 0x6c, 0x00);
    case PerformanceGrade::VeryPoor:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(view->fontMetrics().height() * 14);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    view->setChart(chart);
    return view;
}

} // namespace

YearOverYearView::YearOverYearView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("yearOverYearView"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("yearOverYearTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("yearOverYearNoteLabel"));
    m_noteLabel->setWordWrap(true);

    m_onTimeChart = makeChartView(QStringLiteral("onTimeChartView"), this);
    m_onTimeChart->setAccessibleName(tr("Completed on time, per year"));
    m_gradeChart = makeChartView(QStringLiteral("gradeChartView"), this);
    m_gradeChart->setAccessibleName(tr("Annual predikat, per year"));

    m_model = new YearOverYearModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("yearOverYearTableView"));
    m_table->setAccessibleName(tr("Year over year"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_onTimeChart, 1);
    charts->addWidget(m_gradeChart, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_noteLabel);
    layout->addLayout(charts, 1);
    layout->addWidget(m_table);
}

QString YearOverYearView::note() const
{
    return m_noteLabel->text();
}

void YearOverYearView::setRows(const QString& unitName, const QList<CompletionQueries::YearRow>& rows)
{
    m_titleLabel->setText(tr("Year over year: %1").arg(unitName));
    m_model->setRows(rows);
    QStringList notes;
    if (rows.isEmpty()) {
        notes << tr("There are no SKPs for this unit yet.");
    } else if (rows.size() == 1) {
        notes << tr("Only %1 has SKPs so far: the comparison between years begins with the next year.")
                     .arg(rows.first().year);
    }
    bool anyGraded = false;
    for (const auto& row : rows) {
        anyGraded = anyGraded || row.annualGraded > 0;
    }
    if (!rows.isEmpty() && !anyGraded) {
        notes << tr("No annual predikat has been set yet: the second chart fills once the annual evaluations are "
                    "finalized.");
    }
    m_noteLabel->setText(notes.join(QLatin1Char(' ')));
    m_noteLabel->setVisible(!notes.isEmpty());
    fillOnTimeChart(rows);
    fillGradeChart(rows);
}

void YearOverYearView::fillOnTimeChart(const QList<CompletionQueries::YearRow>& rows)
{
    QChart* chart = m_onTimeChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Completed on time"));
    auto* plans = new QBarSet(tr("SKP on time"));
    plans->setColor(QColor(0x2e, 0x7d, 0x32));
    auto* evaluations = new QBarSet(tr("Evaluations on time"));
    evaluations->setColor(QColor(0x42, 0x85, 0xd4));
    QStringList years;
    for (const auto& row : rows) {
        years << QString::number(row.year);
        // A year with nothing due yet shows no bar rather than a 0 % that never happened.
        // Whole percents, as in the table (a bar label has no locale: "91.3" would be wrong in Indonesian).
        *plans << qRound(YearOverYearModel::share(row.plansOnTime, row.plansDue).value_or(0));
        *evaluations << qRound(YearOverYearModel::share(row.evaluationsOnTime, row.evaluationsDue).value_or(0));
    }
    auto* series = new QBarSeries;
    series->append(plans);
    series->append(evaluations);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    auto* yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    series->attachAxis(yearAxis);
    auto* shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(shareAxis, Qt::AlignLeft);
    series->attachAxis(shareAxis);
}

void YearOverYearView::fillGradeChart(const QList<CompletionQueries::YearRow>& rows)
{
    QChart* chart = m_gradeChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Annual predikat"));
    auto* series = new QPercentBarSeries;
    QStringList years;
    for (const auto& row : rows) {
        years << QString::number(row.year);
    }
    for (const auto grade : allPerformanceGrades()) {
        auto* set = new QBarSet(officialName(grade));
        set->setColor(gradeColor(grade));
        set->setBorderColor(gradeColor(grade));
        for (const auto& row : rows) {
            *set << row.grades.value(grade, 0);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    series->attachAxis(yearAxis);
    auto* shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(shareAxis, Qt::AlignLeft);
    series->attachAxis(shareAxis);
}

} // namespace kinerja
