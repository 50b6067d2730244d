// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace kinerja {

class AppSettings;

/**
 * Edit > Settings: the interface language, and how printed documents come out: paper, margins, the place of
 * signing, the kop surat with its logo, the emblem of the one-page Dokumen Evaluasi and who signs it.
 * Stored when accepted; an image file that cannot be read is refused with a message and nothing is stored.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    QWidget* imageRow(QLineEdit* edit, const QString& dialogTitle);

    AppSettings& m_settings; // not owned
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_paperCombo = nullptr;
    QDoubleSpinBox* m_margins[4] = {nullptr, nullptr, nullptr, nullptr}; ///< left, top, right, bottom
    QLineEdit* m_placeEdit = nullptr;
    QCheckBox* m_letterheadCheck = nullptr;
    QLineEdit* m_logoEdit = nullptr;
    QLineEdit* m_emblemEdit = nullptr;
    QComboBox* m_signersCombo = nullptr;
    QLabel* m_problemLabel = nullptr;
};

} // namespace kinerja
