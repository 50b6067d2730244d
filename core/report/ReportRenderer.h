// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/PageSetup.h"
#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace kinerja {

/**
 * Draws a ReportDocument page by page on any paged device: a QPdfWriter here (headless, any thread), a QPrinter in
 * the GUI (print and print preview). PageComposer decides the pages; on each sheet this draws the content, the
 * DRAFT watermark when the stamp says so, and the footer: status, verification code with its QR code, and
 * "Halaman X dari Y". Needs a QGuiApplication (fonts); no widgets.
 */
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(PageSetup setup = {});

    /// Sets the device's page layout (paper, the document's orientation, margins) and draws every page.
    /// Returns the number of sheets drawn.
    Result<int> render(const ReportDocument& document, QPagedPaintDevice& device) const;

    /// The document as PDF bytes.
    Result<QByteArray> toPdf(const ReportDocument& document) const;

    /// Writes the PDF atomically (QSaveFile): a failure leaves an existing file as it was.
    Status writePdf(const ReportDocument& document, const QString& path) const;

private:
    void drawWatermark(QPainter& painter, const QRectF& page) const;
    void drawFooter(QPainter& painter,
        const QRectF& page,
        const QRectF& content,
        const ReportDocument& document,
        int sheet,
        int sheets) const;

    PageSetup m_setup;
};

} // namespace kinerja
