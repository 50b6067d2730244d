// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/AchievementChart.h"

#include "ui/dashboard/AchievementTableModel.h"
#include "ui/widgets/Formatting.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace kinerja {

namespace {

constexpr qint64 kFullTenths = 1000; // 100 %

} // namespace

AchievementChart::AchievementChart(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void AchievementChart::setModel(QAbstractItemModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &AchievementChart::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &AchievementChart::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AchievementChart::modelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &AchievementChart::modelChanged);
    }
    modelChanged();
}

int AchievementChart::barCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

double AchievementChart::barFraction(int row) const
{
    if (!m_model || row < 0 || row >= barCount()) {
        return 0.0;
    }
    const auto tenths = m_model->index(row, 0).data(AchievementTableModel::PercentTenthsRole);
    if (!tenths.isValid()) {
        return 0.0;
    }
    const auto capped = std::clamp<qint64>(tenths.toLongLong(), 0, kScaleTenths);
    return static_cast<double>(capped) / static_cast<double>(kScaleTenths);
}

QString AchievementChart::barText(int row) const
{
    if (!m_model || row < 0 || row >= barCount()) {
        return {};
    }
    return m_model->index(row, 0).data(AchievementTableModel::BarTextRole).toString();
}

int AchievementChart::rowHeight() const
{
    return fontMetrics().height() * 9 / 5;
}

int AchievementChart::headerHeight() const
{
    return fontMetrics().height() + fontMetrics().height() / 2;
}

QSize AchievementChart::sizeHint() const
{
    const int rows = std::max(1, barCount());
    return {fontMetrics().averageCharWidth() * 80, headerHeight() + rows * rowHeight() + fontMetrics().height() / 2};
}

QSize AchievementChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, sizeHint().height()};
}

QRect AchievementChart::rowRect(int row) const
{
    return {0, headerHeight() + row * rowHeight(), width(), rowHeight()};
}

int AchievementChart::rowAt(const QPoint& position) const
{
    if (position.y() < headerHeight()) {
        return -1;
    }
    const int row = (position.y() - headerHeight()) / rowHeight();
    return row < barCount() ? row : -1;
}

void AchievementChart::modelChanged()
{
    m_currentRow = std::clamp(m_currentRow, 0, std::max(0, barCount() - 1));
    QStringList sentences;
    for (int row = 0; row < barCount(); ++row) {
        sentences.append(m_model->index(row, 0).data(AchievementTableModel::DescriptionRole).toString());
    }
    setAccessibleDescription(sentences.isEmpty() ? tr("No indicators.") : sentences.join(QLatin1Char(' ')));
    updateGeometry();
    update();
}

void AchievementChart::setCurrentRow(int row, bool showTip)
{
    if (barCount() == 0) {
        return;
    }
    m_currentRow = std::clamp(row, 0, barCount() - 1);
    update();
    if (showTip) {
        const auto rect = rowRect(m_currentRow);
        QToolTip::showText(mapToGlobal(rect.bottomLeft()),
            m_model->index(m_currentRow, 0).data(AchievementTableModel::DescriptionRole).toString(), this, rect);
    }
}

void AchievementChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto metrics = fontMetrics();
    const int margin = metrics.height() / 2;
    const int rows = barCount();
    const auto textColor = palette().color(QPalette::Text);
    if (rows == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(margin, 0, -margin, 0), Qt::AlignLeft | Qt::AlignVCenter,
            tr("No indicators in this year's plan."));
        return;
    }

    // Columns: label | bar area | text.
    const int available = width() - 2 * margin;
    const int labelWidth = available * 2 / 5;
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("8888,8%")) + margin;
    const int barLeft = margin + labelWidth + margin;
    const int barWidth = std::max(metrics.averageCharWidth() * 8, available - labelWidth - margin - textWidth);
    const auto xOf = [barLeft, barWidth](qint64 tenths) {
        return barLeft + static_cast<int>(static_cast<double>(barWidth) * static_cast<double>(tenths) / kScaleTenths);
    };

    // Scale: 0 %, 100 % (a dashed line down the chart) and the cap.
    painter.setPen(textColor);
    const int scaleBaseline = metrics.ascent() + margin / 2;
    for (const qint64 tenths : {qint64(0), kFullTenths, kScaleTenths}) {
        const auto label = tr("%1%").arg(Formatting::number(static_cast<double>(tenths / 10), 0));
        const int x = xOf(tenths) - metrics.horizontalAdvance(label) / 2;
        painter.drawText(std::max(barLeft - margin, x), scaleBaseline, label);
    }
    const int chartTop = headerHeight();
    const int chartBottom = chartTop + rows * rowHeight();
    QPen dashed(palette().color(QPalette::Mid));
    dashed.setStyle(Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(xOf(kFullTenths), chartTop, xOf(kFullTenths), chartBottom);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(barLeft, chartTop, barLeft, chartBottom);

    const auto barColor = palette().color(QPalette::Highlight);
    for (int row = 0; row < rows; ++row) {
        const auto index = m_model->index(row, 0);
        const auto rowArea = rowRect(row);
        const int barHeight = rowArea.height() * 3 / 5;
        const QRect barRect(barLeft, rowArea.top() + (rowArea.height() - barHeight) / 2, 0, barHeight);

        painter.setPen(textColor);
        const auto label =
            metrics.elidedText(index.data(AchievementTableModel::BarLabelRole).toString(), Qt::ElideRight, labelWidth);
        painter.drawText(
            QRect(margin, rowArea.top(), labelWidth, rowArea.height()), Qt::AlignLeft | Qt::AlignVCenter, label);

        const auto text = barText(row);
        const auto tenths = index.data(AchievementTableModel::PercentTenthsRole);
        if (!tenths.isValid()) {
            // No percentage: say why, in the bar's place.
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(barLeft + margin, rowArea.top(), width() - barLeft - 2 * margin, rowArea.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(text, Qt::ElideRight, width() - barLeft - 2 * margin));
            continue;
        }
        const int length = static_cast<int>(barFraction(row) * barWidth);
        painter.fillRect(barRect.adjusted(0, 0, length, 0), barColor);
        if (tenths.toLongLong() > kScaleTenths) {
            // Capped: a notch at the end says the bar goes on.
            const int x = barLeft + length;
            const int y = barRect.top();
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Base));
            const QPolygon notch({QPoint(x - barHeight / 2, y), QPoint(x, y + barHeight / 2),
                QPoint(x - barHeight / 2, y + barHeight), QPoint(x, y + barHeight), QPoint(x, y)});
            painter.drawPolygon(notch);
        }
        painter.setPen(textColor);
        painter.drawText(
            QRect(barLeft + length + margin / 2, rowArea.top(), width() - barLeft - length, rowArea.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rowRect(m_currentRow).adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

bool AchievementChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(),
            m_model->index(row, 0).data(AchievementTableModel::DescriptionRole).toString(), this, rowRect(row));
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

void AchievementChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_currentRow - 1, true);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_currentRow + 1, true);
        return;
    case Qt::Key_Home:
        setCurrentRow(0, true);
        return;
    case Qt::Key_End:
        setCurrentRow(barCount() - 1, true);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void AchievementChart::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setCurrentRow(row, false);
    }
    QWidget::mousePressEvent(event);
}

} // namespace kinerja
