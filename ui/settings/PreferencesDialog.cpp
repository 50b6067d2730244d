// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PreferencesDialog.h"

#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kinerja {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(settings.language()));
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("F4 (215 x 330 mm)"), QStringLiteral("F4"));
    m_paperCombo->addItem(tr("A4 (210 x 297 mm)"), QStringLiteral("A4"));
    m_paperCombo->setCurrentIndex(m_paperCombo->findData(settings.paperSize()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language of the interface:"), m_languageCombo);
    form->addRow(tr("&Paper of printed documents:"), m_paperCombo);
    auto* note = new QLabel(tr("Printed documents are always in Indonesian, whatever the interface language."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_settings.setLanguage(m_languageCombo->currentData().toString());
    m_settings.setPaperSize(m_paperCombo->currentData().toString());
    QDialog::accept();
}

} // namespace kinerja
