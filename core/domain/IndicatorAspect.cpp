// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndicatorAspect.h"

namespace kinerja {

QList<IndicatorAspect> allIndicatorAspects()
{
    return {IndicatorAspect::Quantity, IndicatorAspect::Quality, IndicatorAspect::Time, IndicatorAspect::Cost};
}

QString officialName(IndicatorAspect aspect)
{
    switch (aspect) {
    case IndicatorAspect::Quantity:
        return QStringLiteral("Kuantitas");
    case IndicatorAspect::Quality:
        return QStringLiteral("Kualitas");
    case IndicatorAspect::Time:
        return QStringLiteral("Waktu");
    case IndicatorAspect::Cost:
        return QStringLiteral("Biaya");
    }
    return {};
}

std::optional<IndicatorAspect> indicatorAspectFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const IndicatorAspect aspect : allIndicatorAspects()) {
        if (key.compare(officialName(aspect), Qt::CaseInsensitive) == 0)
            return aspect;
    }
    return std::nullopt;
}

} // namespace kinerja
