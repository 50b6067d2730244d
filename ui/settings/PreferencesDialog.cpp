// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PreferencesDialog.h"

#include "core/report/PageSetup.h"
#include "core/report/ReportOptions.h"
#include "ui/settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    auto* general = new QFormLayout;
    general->addRow(tr("&Language of the interface:"), m_languageCombo);

    const PageSetup setup = settings.pageSetup();
    const ReportOptions options = settings.reportOptions();
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("F4 (215 x 330 mm)"), QStringLiteral("F4"));
    m_paperCombo->addItem(tr("A4 (210 x 297 mm)"), QStringLiteral("A4"));
    m_paperCombo->setCurrentIndex(m_paperCombo->findData(settings.paperSize()));

    auto* marginsRow = new QWidget(this);
    auto* marginsLayout = new QHBoxLayout(marginsRow);
    marginsLayout->setContentsMargins(0, 0, 0, 0);
    const QString marginNames[4] = {tr("Left"), tr("Top"), tr("Right"), tr("Bottom")};
    const double marginValues[4] = {
        setup.marginsMm.left(), setup.marginsMm.top(), setup.marginsMm.right(), setup.marginsMm.bottom()};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(marginsRow);
        m_margins[i]->setRange(
            i == 3 ? PageSetup::kMinimumBottomMarginMm : PageSetup::kMinimumMarginMm, PageSetup::kMaximumMarginMm);
        m_margins[i]->setDecimals(0);
        m_margins[i]->setSuffix(tr(" mm"));
        m_margins[i]->setValue(marginValues[i]);
        m_margins[i]->setAccessibleName(tr("%1 margin").arg(marginNames[i]));
        auto* label = new QLabel(marginNames[i], marginsRow);
        label->setBuddy(m_margins[i]);
        marginsLayout->addWidget(label);
        marginsLayout->addWidget(m_margins[i]);
    }
    m_margins[0]->setObjectName(QStringLiteral("leftMarginSpinBox"));
    m_margins[3]->setObjectName(QStringLiteral("bottomMarginSpinBox"));
    marginsLayout->addStretch();

    m_placeEdit = new QLineEdit(options.place, this);
    m_placeEdit->setObjectName(QStringLiteral("placeEdit"));
    m_placeEdit->setPlaceholderText(QStringLiteral("Jambi"));
    m_letterheadCheck = new QCheckBox(tr("Print the unit's &letterhead (kop surat) at the top of documents"), this);
    m_letterheadCheck->setObjectName(QStringLiteral("letterheadCheckBox"));
    m_letterheadCheck->setChecked(options.letterhead);
    m_logoEdit = new QLineEdit(options.logoPath, this);
    m_logoEdit->setObjectName(QStringLiteral("logoEdit"));
    m_emblemEdit = new QLineEdit(options.emblemPath, this);
    m_emblemEdit->setObjectName(QStringLiteral("emblemEdit"));
    m_signersCombo = new QComboBox(this);
    m_signersCombo->setObjectName(QStringLiteral("signersComboBox"));
    m_signersCombo->addItem(tr("Pegawai yang Dinilai and Pejabat Penilai Kinerja"), QStringLiteral("employee"));
    m_signersCombo->addItem(tr("Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja"), QStringLiteral("second"));
    m_signersCombo->setCurrentIndex(
        options.summarySigners == ReportOptions::SummarySigners::AssessorAndSecondAssessor ? 1 : 0);

    auto* printing = new QGroupBox(tr("Printed documents"), this);
    auto* form = new QFormLayout(printing);
    form->addRow(tr("&Paper:"), m_paperCombo);
    form->addRow(tr("Margins:"), marginsRow);
    form->addRow(tr("Place of &signing:"), m_placeEdit);
    form->addRow(m_letterheadCheck);
    form->addRow(tr("Letterhead l&ogo:"), imageRow(m_logoEdit, tr("Choose the letterhead logo")));
    form->addRow(tr("&Emblem above the Dokumen Evaluasi:"), imageRow(m_emblemEdit, tr("Choose the emblem")));
    form->addRow(tr("Dokumen Evaluasi signed &by:"), m_signersCombo);
    auto* note = new QLabel(tr("Printed documents are always in Indonesian, whatever the interface language. No "
                               "emblem or logo comes with the application: choose your office's image files."),
        printing);
    note->setWordWrap(true);
    form->addRow(note);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(printing);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
}

QWidget* PreferencesDialog::imageRow(QLineEdit* edit, const QString& dialogTitle)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    edit->setPlaceholderText(tr("none"));
    edit->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose..."), row);
    browse->setAccessibleName(dialogTitle);
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle] {
        const QString file = QFileDialog::getOpenFileName(
            this, dialogTitle, QFileInfo(edit->text()).absolutePath(), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void PreferencesDialog::accept()
{
    QStringList problems;
    for (QLineEdit* edit : {m_logoEdit, m_emblemEdit}) {
        const QString path = edit->text().trimmed();
        if (!path.isEmpty() && !QImageReader(path).canRead())
            problems << tr("The image %1 cannot be read. Choose a PNG, JPEG or SVG file.").arg(path);
    }
    if (!problems.isEmpty()) {
        m_problemLabel->setText(problems.join(QLatin1Char('\n')));
        m_problemLabel->show();
        return;
    }
    m_settings.setLanguage(m_languageCombo->currentData().toString());
    m_settings.setPaperSize(m_paperCombo->currentData().toString());
    m_settings.setMargins(
        QMarginsF(m_margins[0]->value(), m_margins[1]->value(), m_margins[2]->value(), m_margins[3]->value()));
    ReportOptions options;
    options.place = m_placeEdit->text().trimmed().isEmpty() ? options.place : m_placeEdit->text().trimmed();
    options.letterhead = m_letterheadCheck->isChecked();
    options.logoPath = m_logoEdit->text().trimmed();
    options.emblemPath = m_emblemEdit->text().trimmed();
    options.summarySigners = m_signersCombo->currentData().toString() == QLatin1String("second")
        ? ReportOptions::SummarySigners::AssessorAndSecondAssessor
        : ReportOptions::SummarySigners::EmployeeAndAssessor;
    m_settings.setReportOptions(options);
    QDialog::accept();
}

} // namespace kinerja
