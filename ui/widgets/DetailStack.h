// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

namespace kinerja {

/**
 * The right-hand side of a list-and-detail page: the detail of the chosen item, or, when there is nothing to show,
 * a sentence saying why and what to do (the label is named "emptyLabel").
 */
class DetailStack : public QStackedWidget
{
    Q_OBJECT

public:
    /// `detail` becomes a child of the stack.
    explicit DetailStack(QWidget* detail, QWidget* parent = nullptr);

    void showDetail();
    void showEmpty(const QString& text);
    bool isShowingDetail() const;
    QLabel* emptyLabel() const { return m_emptyLabel; }

private:
    QWidget* m_detail = nullptr;
    QLabel* m_emptyLabel = nullptr;
};

} // namespace kinerja
