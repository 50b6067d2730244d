// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/DocumentPreviewDialog.h"

#include "core/Logging.h"
#include "core/report/ReportFactory.h"
#include "core/report/ReportRenderer.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kinerja {

DocumentPreviewDialog::DocumentPreviewDialog(const Database& database,
    QList<PrintableDocument> documents,
    PageSetup setup,
    ReportOptions options,
    QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_documents(std::move(documents))
    , m_setup(setup)
    , m_options(std::move(options))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Print preview"));
    m_documentCombo = new QComboBox(this);
    m_documentCombo->setObjectName(QStringLiteral("documentComboBox"));
    for (const PrintableDocument& document : std::as_const(m_documents))
        m_documentCombo->addItem(document.label);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("F4 (215 x 330 mm)"), QStringLiteral("F4"));
    m_paperCombo->addItem(tr("A4 (210 x 297 mm)"), QStringLiteral("A4"));
    m_paperCombo->setCurrentIndex(m_setup.paper == PaperSize::A4 ? 1 : 0);

    auto* documentLabel = new QLabel(tr("&Document:"), this);
    documentLabel->setBuddy(m_documentCombo);
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paperCombo);
    auto* top = new QHBoxLayout;
    top->addWidget(documentLabel);
    top->addWidget(m_documentCombo, 1);
    top->addWidget(paperLabel);
    top->addWidget(m_paperCombo);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentPreviewDialog::paint);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto* pdfButton = buttons->addButton(tr("&Save as PDF..."), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &DocumentPreviewDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    // Large enough to read a page, never larger than the screen (1366 x 768 at 125 % leaves about 1090 x 580).
    QSize size(1000, 720);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);

    connect(m_documentCombo, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::showDocument);
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::paperChanged);
    showDocument(m_documentCombo->currentIndex());
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

int DocumentPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void DocumentPreviewDialog::showDocument(int index)
{
    m_document.reset();
    if (index >= 0 && index < m_documents.size()) {
        auto built = ReportFactory::build(m_database, m_documents.at(index).request, m_options);
        if (built.ok()) {
            m_document = std::move(built).value();
            m_statusLabel->setText(
                tr("Status: %1. Verification code: %2").arg(m_document->stamp.status, m_document->stamp.code));
        } else {
            m_statusLabel->setText(built.error());
        }
    }
    m_preview->updatePreview();
}

void DocumentPreviewDialog::paperChanged()
{
    m_setup.paper = paperSizeFromName(m_paperCombo->currentData().toString()).value_or(PaperSize::F4);
    m_preview->updatePreview();
}

void DocumentPreviewDialog::paint(QPrinter* printer)
{
    if (!m_document)
        return;
    printer->setDocName(m_document->title);
    const auto sheets = ReportRenderer(m_setup).render(*m_document, *printer);
    if (!sheets.ok())
        m_statusLabel->setText(sheets.error());
}

void DocumentPreviewDialog::print()
{
    if (!m_document)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(m_printer.get());
    // The dialog may have changed the printer's paper: show what was printed.
    m_preview->updatePreview();
}

void DocumentPreviewDialog::savePdf()
{
    if (!m_document)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
        QDir(folder).filePath(m_document->fileName + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

bool DocumentPreviewDialog::saveAs(const QString& path)
{
    if (!m_document)
        return false;
    const auto written = ReportRenderer(m_setup).writePdf(*m_document, path);
    if (!written.ok()) {
        MessageBox::warning(this, tr("Save as PDF"), written.error());
        return false;
    }
    m_statusLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace kinerja
