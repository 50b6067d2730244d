// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportSection.h"
#include "core/report/ReportStamp.h"

#include <QHash>
#include <QImage>
#include <QPageLayout>

namespace kinerja {

/**
 * A printed document ready to be laid out: its sections in order, the orientation its official layout uses, the
 * style sheet shared by its pages, and its stamp. Built by the document builders (SkpDocument, ...) from the
 * domain; laid out by PageComposer and drawn by ReportRenderer.
 */
struct ReportDocument
{
    QString title; ///< PDF title and print job name, e.g. "SKP 2026 - Siti Aminah"
    QString fileName; ///< suggested file name without extension, safe on Windows
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double fontSizePt = 9.0;
    QString styleSheet; ///< CSS for every page (ReportParts::styleSheet())
    QList<ReportSection> sections;
    /// Images the HTML refers to by name (`<img src="curve">`), e.g. a drawn distribution curve or the emblem.
    QHash<QString, QImage> images;
    ReportStamp stamp;
};

} // namespace kinerja
