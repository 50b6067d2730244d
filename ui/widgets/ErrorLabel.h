// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace kinerja {

/**
 * The line under a form or a panel that says why the last action was refused, in the user's language: dark red,
 * wrapped, hidden while there is nothing to say.
 */
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr, const QString& objectName = QStringLiteral("errorLabel"));

    void showMessage(const QString& text);
    void clearMessage();
    /// The message shown; empty while hidden.
    QString message() const;
};

} // namespace kinerja
