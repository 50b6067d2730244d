// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DetailStack.h"

#include <QLabel>

namespace kinerja {

DetailStack::DetailStack(QWidget* detail, QWidget* parent)
    : QStackedWidget(parent)
    , m_detail(detail)
{
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    addWidget(m_detail);
    addWidget(m_emptyLabel);
}

void DetailStack::showDetail()
{
    setCurrentWidget(m_detail);
}

void DetailStack::showEmpty(const QString& text)
{
    m_emptyLabel->setText(text);
    setCurrentWidget(m_emptyLabel);
}

bool DetailStack::isShowingDetail() const
{
    return currentWidget() == m_detail;
}

} // namespace kinerja
