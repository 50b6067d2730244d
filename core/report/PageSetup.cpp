// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PageSetup.h"

namespace kinerja {

QPageLayout PageSetup::pageLayout(QPageLayout::Orientation orientation) const
{
    return QPageLayout(pageSizeOf(paper), orientation, marginsMm, QPageLayout::Millimeter);
}

QString PageSetup::problem() const
{
    const double margins[] = {marginsMm.left(), marginsMm.top(), marginsMm.right(), marginsMm.bottom()};
    for (const double margin : margins) {
        if (margin < kMinimumMarginMm || margin > kMaximumMarginMm) {
            return tr("Margins must be between %1 and %2 mm.")
                .arg(QString::number(kMinimumMarginMm), QString::number(kMaximumMarginMm));
        }
    }
    if (marginsMm.bottom() < kMinimumBottomMarginMm) {
        return tr("The bottom margin must be at least %1 mm: it holds the page number and the verification code.")
            .arg(QString::number(kMinimumBottomMarginMm));
    }
    return {};
}

} // namespace kinerja
