// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PaperSize.h"

#include <QSizeF>

namespace kinerja {

QString paperSizeName(PaperSize paper)
{
    return paper == PaperSize::A4 ? QStringLiteral("A4") : QStringLiteral("F4");
}

std::optional<PaperSize> paperSizeFromName(const QString& name)
{
    const QString key = name.trimmed();
    if (key.compare(QStringLiteral("A4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare(QStringLiteral("F4"), Qt::CaseInsensitive) == 0
        || key.compare(QStringLiteral("Folio"), Qt::CaseInsensitive) == 0)
        return PaperSize::F4;
    return std::nullopt;
}

QPageSize pageSizeOf(PaperSize paper)
{
    if (paper == PaperSize::A4)
        return QPageSize(QPageSize::A4);
    return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
}

} // namespace kinerja
