// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageBox.h"

namespace kinerja {

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(parent, QMessageBox::Critical, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent,
    QMessageBox::Icon icon,
    const QString& title,
    const QString& text,
    const QString& details,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace kinerja
