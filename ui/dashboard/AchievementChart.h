// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace kinerja {

/**
 * A small horizontal bar chart of the achievement so far per indicator, painted with QPainter: one row per row of
 * the model (AchievementTableModel), with the indicator's text, a bar of the percentage (drawn up to kScaleTenths
 * and capped beyond, with a mark at 100 %) and the percentage written out, so that no number depends on the bar's
 * length or colour. A row without a percentage shows why instead of a bar.
 *
 * Accessible: the accessible description lists every row as a sentence, each row has that sentence as its tooltip,
 * and with the keyboard focus Up/Down/Home/End walk through the rows and show it. The same numbers are in the model's
 * table (the page shows both). The model is not owned.
 */
class AchievementChart : public QWidget
{
    Q_OBJECT

public:
    /// Bars are drawn up to 150 %; a longer one is capped at the edge (its text still says the real percentage).
    static constexpr qint64 kScaleTenths = 1500;

    explicit AchievementChart(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }

    /// The bars drawn: one per model row.
    int barCount() const;
    /// The drawn length of a bar as a share of the scale, 0..1 (capped); 0 without a percentage.
    double barFraction(int row) const;
    /// The text written at the end of a bar: the percentage, or why there is none.
    QString barText(int row) const;
    /// The row with the keyboard focus mark.
    int currentRow() const { return m_currentRow; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int rowAt(const QPoint& position) const;
    QRect rowRect(int row) const;
    void modelChanged();
    void setCurrentRow(int row, bool showTip);

    QPointer<QAbstractItemModel> m_model;
    int m_currentRow = 0;
};

} // namespace kinerja
