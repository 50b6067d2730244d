// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Rating.h"

#include "core/domain/ParseKey.h"

#include <QCoreApplication>

namespace kinerja {

QList<Rating> allRatings()
{
    return {Rating::AboveExpectation, Rating::AsExpected, Rating::BelowExpectation};
}

QString officialName(Rating rating)
{
    switch (rating) {
    case Rating::AboveExpectation:
        return QStringLiteral("Di Atas Ekspektasi");
    case Rating::AsExpected:
        return QStringLiteral("Sesuai Ekspektasi");
    case Rating::BelowExpectation:
        return QStringLiteral("Di Bawah Ekspektasi");
    }
    return {};
}

QString codeName(Rating rating)
{
    switch (rating) {
    case Rating::AboveExpectation:
        return QStringLiteral("above");
    case Rating::AsExpected:
        return QStringLiteral("as-expected");
    case Rating::BelowExpectation:
        return QStringLiteral("below");
    }
    return {};
}

Result<Rating> parseRating(const QString& text)
{
    const QString key = parseKey(text);
    if (key == QLatin1String("diatasekspektasi") || key == QLatin1String("diatas") || key == QLatin1String("above")
        || key == QLatin1String("aboveexpectation")) {
        return Rating::AboveExpectation;
    }
    if (key == QLatin1String("sesuaiekspektasi") || key == QLatin1String("sesuai")
        || key == QLatin1String("asexpected")) {
        return Rating::AsExpected;
    }
    if (key == QLatin1String("dibawahekspektasi") || key == QLatin1String("dibawah") || key == QLatin1String("below")
        || key == QLatin1String("belowexpectation")) {
        return Rating::BelowExpectation;
    }
    return Result<Rating>::failure(
        QCoreApplication::translate("Rating", "\"%1\" is not a rating. Use one of: %2.")
            .arg(text.trimmed(),
                QStringLiteral("Di Atas Ekspektasi (Diatas, above), Sesuai Ekspektasi (sesuai, as-expected), "
                               "Di Bawah Ekspektasi (Dibawah, below)")));
}

} // namespace kinerja
