// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The application's message boxes, in one place so that tests can answer them (style.md R21): with
 * setNextAnswer() set, the next box is not shown and returns that answer; lastText() tells what it said.
 */
class MessageBox
{
public:
    /// An error the user must read; `details` (technical, optional) go behind "Show Details...".
    static void critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    /// A yes/no question; `defaultButton` is the answer of Enter.
    static QMessageBox::StandardButton question(QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    /// Tests: the next box returns `answer` without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    /// Tests: the text of the last box (shown or answered).
    static QString lastText() { return s_lastText; }
    static void clearLastText() { s_lastText.clear(); }

private:
    static QMessageBox::StandardButton show(QWidget* parent,
        QMessageBox::Icon icon,
        const QString& title,
        const QString& text,
        const QString& details,
        QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);

    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static inline QString s_lastText;
};

} // namespace kinerja
