// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PaperSize.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>

namespace kinerja {

/**
 * Paper and margins for printed documents. The orientation is the document's (SKP and evaluation landscape,
 * the one-page Dokumen Evaluasi portrait: domain.md 5), so it is not a setting. Margins are in millimetres,
 * on the page as it is read (left is the binding side). Defaults follow the usual office margins
 * (domain.md 5: top 2-3 cm, left 2.5-3 cm, right and bottom 2 cm).
 */
struct PageSetup
{
    Q_DECLARE_TR_FUNCTIONS(PageSetup)

public:
    static constexpr double kMinimumMarginMm = 5.0;
    static constexpr double kMaximumMarginMm = 50.0;
    /// The bottom margin carries the page number, the verification code and its QR code.
    static constexpr double kMinimumBottomMarginMm = 15.0;

    PaperSize paper = PaperSize::F4;
    QMarginsF marginsMm {25.0, 20.0, 20.0, 20.0}; ///< left, top, right, bottom

    /// The page layout for this paper in `orientation`, margins in millimetres.
    QPageLayout pageLayout(QPageLayout::Orientation orientation) const;

    /// A translated message when a margin is outside kMinimumMarginMm..kMaximumMarginMm (the bottom one below
    /// kMinimumBottomMarginMm); empty when the setup is usable.
    QString problem() const;

    friend bool operator==(const PageSetup&, const PageSetup&) = default;
};

} // namespace kinerja
