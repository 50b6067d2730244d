// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportRenderer.h"

#include "core/Logging.h"
#include "core/Version.h"
#include "core/report/PageComposer.h"
#include "core/report/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace kinerja {

namespace {

constexpr double kMillimetresPerInch = 25.4;

QString footerText(const ReportStamp& stamp)
{
    QStringList parts;
    if (!stamp.status.isEmpty())
        parts << QStringLiteral("Status: %1").arg(stamp.status);
    if (!stamp.code.isEmpty())
        parts << QStringLiteral("Kode verifikasi: %1").arg(stamp.code);
    return parts.join(QStringLiteral("   \u00b7   "));
}

} // namespace

ReportRenderer::ReportRenderer(PageSetup setup)
    : m_setup(setup)
{ }

Result<int> ReportRenderer::render(const ReportDocument& document, QPagedPaintDevice& device) const
{
    if (const QString problem = m_setup.problem(); !problem.isEmpty())
        return Result<int>::failure(problem);
    const QPageLayout layout = m_setup.pageLayout(document.orientation);
    if (!device.setPageLayout(layout))
        return Result<int>::failure(
            tr("The printer does not accept the paper size %1.").arg(paperSizeName(m_setup.paper)));

    const QRectF contentMm = layout.paintRect(QPageLayout::Millimeter);
    const PageComposer composer(document, contentMm.size());
    const QStringList pages = composer.compose();

    // Lay every page out first: a composed page taller than the sheet (one very long work result) continues on
    // further sheets, and the footer needs the total.
    std::vector<std::unique_ptr<QTextDocument>> texts;
    int sheets = 0;
    for (const QString& body : pages) {
        texts.push_back(composer.layOut(body));
        sheets += std::max(1, texts.back()->pageCount());
    }

    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(tr("The document could not be drawn on the printer or file."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const double deviceDpi = device.logicalDpiY();
    const double scale = deviceDpi / PageComposer::kLayoutDpi;
    const QRectF page = layout.fullRectPixels(device.logicalDpiX());
    const QRectF content = layout.paintRectPixels(device.logicalDpiX());
    const QSizeF area = composer.area();

    int sheet = 0;
    for (const auto& text : texts) {
        const int count = std::max(1, text->pageCount());
        for (int part = 0; part < count; ++part) {
            if (sheet > 0 && !device.newPage()) {
                painter.end();
                return Result<int>::failure(tr("A new page could not be started."));
            }
            ++sheet;
            // Painter coordinates start at the paint rect (inside the margins) on QPdfWriter and QPrinter alike.
            const QRectF sheetRect = page.translated(-content.topLeft());
            if (document.stamp.draft)
                drawWatermark(painter, sheetRect);
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -part * area.height());
            const QRectF clip(0, part * area.height(), area.width(), area.height());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            text->documentLayout()->draw(&painter, context);
            painter.restore();
            drawFooter(painter, sheetRect, QRectF(QPointF(0, 0), content.size()), document, sheet, sheets);
        }
    }
    painter.end();
    return sheets;
}

void ReportRenderer::drawWatermark(QPainter& painter, const QRectF& page) const
{
    painter.save();
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setBold(true);
    font.setPixelSize(qRound(std::min(page.width(), page.height()) / 4.0));
    painter.setFont(font);
    painter.setPen(QColor(200, 200, 200, 110));
    painter.translate(page.center());
    painter.rotate(-30);
    const QString word = QStringLiteral("DRAFT");
    const QRectF bounds = painter.fontMetrics().boundingRect(word);
    painter.drawText(QPointF(-bounds.width() / 2.0, bounds.height() / 4.0), word);
    painter.restore();
}

void ReportRenderer::drawFooter(QPainter& painter,
    const QRectF& page,
    const QRectF& content,
    const ReportDocument& document,
    int sheet,
    int sheets) const
{
    painter.save();
    const double dotsPerMm = painter.device()->logicalDpiY() / kMillimetresPerInch;
    const double bottomSpace = page.bottom() - content.bottom();
    const double qrSide = std::min(16.0 * dotsPerMm, bottomSpace - 3.0 * dotsPerMm);

    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(qRound(2.6 * dotsPerMm)); // about 7 pt
    painter.setFont(font);
    painter.setPen(QColor(60, 60, 60));

    const double lineTop = content.bottom() + 2.0 * dotsPerMm;
    const double textRight = document.stamp.code.isEmpty() ? content.right() : content.right() - qrSide - 3 * dotsPerMm;
    const QRectF line(content.left(), lineTop, textRight - content.left(), 4.0 * dotsPerMm);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, footerText(document.stamp));
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, QStringLiteral("Halaman %1 dari %2").arg(sheet).arg(sheets));

    if (!document.stamp.code.isEmpty() && qrSide > 0) {
        const auto qr = QrCode::encode(document.stamp.code);
        if (qr.ok()) {
            painter.translate(content.right() - qrSide, content.bottom() + 1.5 * dotsPerMm);
            painter.scale(qrSide, qrSide);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawPath(qr.value());
        } else {
            qCWarning(lcReport) << "QR code:" << qr.error();
        }
    }
    painter.restore();
}

Result<QByteArray> ReportRenderer::toPdf(const ReportDocument& document) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Kinerja ASN %1").arg(QString::fromLatin1(kVersion)));
        const auto sheets = render(document, writer);
        if (!sheets.ok())
            return Result<QByteArray>::failure(sheets.error());
    }
    buffer.close();
    return bytes;
}

Status ReportRenderer::writePdf(const ReportDocument& document, const QString& path) const
{
    const auto pdf = toPdf(document);
    if (!pdf.ok())
        return Status::failure(pdf.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        return Status::failure(
            tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return success();
}

} // namespace kinerja
