// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace kinerja {

/// Help > Guide: a short built-in guide to the yearly cycle, in the interface language (resources/guide).
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    /// The guide's HTML for a language code; the Indonesian one for an unknown code.
    static QString html(const QString& languageCode);

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace kinerja
