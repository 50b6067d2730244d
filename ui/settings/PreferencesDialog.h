// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace kinerja {

class AppSettings;

/// Settings > Preferences: the interface language and the paper of printed documents. Stored when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings& m_settings; // not owned
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_paperCombo = nullptr;
};

} // namespace kinerja
