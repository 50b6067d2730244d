// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportDocument.h"

#include <QImage>
#include <QSizeF>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace kinerja {

/**
 * Splits a ReportDocument into pages, because QTextDocument repeats table headers but cannot keep rows together
 * (design.md "Reports"). Each page becomes one HTML body that fits the printable area:
 *   - a table's header rows open the table again on every page it runs over;
 *   - a row group (a work result with its indicators) is never split from its header or across pages, and a
 *     group marked keepWithNext (a sub-heading) moves with the group after it;
 *   - a section marked keepWithPrevious (the signature block) never starts a page alone: the group before it
 *     moves with it;
 *   - pageBreakBefore starts a new page (the Lampiran).
 * Heights are measured by laying the HTML out with the document's font at kLayoutDpi; every page is then checked
 * by laying it out whole. A single group taller than a page gets a page of its own, which the renderer continues
 * over as many sheets as it needs (nothing is ever cut off).
 *
 * Works without a screen or a widget; safe to use in a worker thread (each instance owns its layout device).
 */
class PageComposer
{
public:
    /// Layout units: pixels at this resolution. The renderer scales them to the device.
    static constexpr double kLayoutDpi = 96.0;

    /// `area`: the printable area of one page in millimetres.
    PageComposer(const ReportDocument& document, QSizeF areaMm);
    ~PageComposer();

    /// One HTML body per page, in order.
    QStringList compose() const;

    /// A QTextDocument set up like the printed page (font, style sheet, width, page height) with `body`.
    std::unique_ptr<QTextDocument> layOut(const QString& body) const;

    /// The printable area in layout units.
    QSizeF area() const { return m_area; }

private:
    struct Unit;

    double height(const QString& body) const;
    bool fits(const QString& body) const;
    QString pageBody(const QList<Unit>& units) const;
    QList<Unit> units() const;

    const ReportDocument& m_document;
    QSizeF m_area;
    QImage m_device; ///< fixes the resolution of the layout (QTextDocument would otherwise use the screen's)
};

} // namespace kinerja
