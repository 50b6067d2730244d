// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ErrorLabel.h"

namespace kinerja {

ErrorLabel::ErrorLabel(QWidget* parent, const QString& objectName)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #a40000;"));
    hide();
}

void ErrorLabel::showMessage(const QString& text)
{
    setText(text);
    show();
}

void ErrorLabel::clearMessage()
{
    clear();
    hide();
}

QString ErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace kinerja
