// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PageSetup.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "ui/print/PrintableDocument.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;

namespace kinerja {

class Database;

/**
 * File > Print preview: the documents of the current page as they will print (always in Indonesian), with the
 * paper to print on, the system print dialog, and Save as PDF. One QPrinter for the dialog's life, so the printer
 * chosen stays chosen between documents. Documents are built from the database when chosen.
 */
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(const Database& database,
        QList<PrintableDocument> documents,
        PageSetup setup,
        ReportOptions options,
        QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    /// The document shown, as built; nullopt when it could not be built (the dialog says why).
    const std::optional<ReportDocument>& document() const { return m_document; }
    /// Pages in the preview.
    int pageCount() const;
    /// Writes the shown document as PDF (what Save as PDF does after its file dialog). Shows a message on failure.
    bool saveAs(const QString& path);

private:
    void showDocument(int index);
    void print();
    void savePdf();
    void paperChanged();
    void paint(QPrinter* printer);

    const Database& m_database;
    QList<PrintableDocument> m_documents;
    PageSetup m_setup;
    ReportOptions m_options;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<ReportDocument> m_document;
    QComboBox* m_documentCombo = nullptr;
    QComboBox* m_paperCombo = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace kinerja
