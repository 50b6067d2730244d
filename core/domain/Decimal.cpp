// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Decimal.h"

#include "core/domain/IndonesianFormat.h"

#include <QStringList>

#include <limits>

namespace kinerja {

namespace {

constexpr qint64 MaxWholePart = std::numeric_limits<qint64>::max() / Decimal::UnitsPerOne;

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// "1.234.567": a first group of 1-3 digits, then groups of exactly 3.
bool isThousandsGrouping(const QString& text)
{
    const QStringList groups = text.split(QLatin1Char('.'));
    if (groups.size() < 2)
        return false;
    if (groups.first().isEmpty() || groups.first().size() > 3 || !allDigits(groups.first()))
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
            return false;
    }
    return true;
}

} // namespace

Result<Decimal> Decimal::parse(const QString& text)
{
    QString body;
    for (const QChar c : text) {
        if (!c.isSpace())
            body.append(c);
    }
    if (body.isEmpty())
        return Result<Decimal>::failure(tr("Type a number, for example 12,5."));

    const QString shown = text.trimmed();
    const auto notANumber = [&shown] {
        return Result<Decimal>::failure(
            tr("\"%1\" is not a number. Type digits with a decimal comma, for example 12,5 or 1.234,75.").arg(shown));
    };

    bool negative = false;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('+'))) {
        negative = body.startsWith(QLatin1Char('-'));
        body.remove(0, 1);
    }

    QString wholePart;
    QString fraction;
    const qsizetype commas = body.count(QLatin1Char(','));
    if (commas > 1)
        return notANumber();
    if (commas == 1) {
        const qsizetype comma = body.indexOf(QLatin1Char(','));
        wholePart = body.left(comma);
        fraction = body.mid(comma + 1);
        if (fraction.isEmpty() || !allDigits(fraction))
            return notANumber();
        if (wholePart.contains(QLatin1Char('.'))) {
            if (!isThousandsGrouping(wholePart))
                return notANumber();
            wholePart.remove(QLatin1Char('.'));
        }
    } else if (body.contains(QLatin1Char('.'))) {
        if (isThousandsGrouping(body)) {
            wholePart = body;
            wholePart.remove(QLatin1Char('.'));
        } else if (body.count(QLatin1Char('.')) == 1) {
            const qsizetype point = body.indexOf(QLatin1Char('.'));
            wholePart = body.left(point);
            fraction = body.mid(point + 1);
            if (fraction.isEmpty())
                return notANumber();
        } else {
            return notANumber();
        }
    } else {
        wholePart = body;
    }
    if (!allDigits(wholePart) || !allDigits(fraction) || (wholePart.isEmpty() && fraction.isEmpty()))
        return notANumber();

    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > Scale)
        return Result<Decimal>::failure(tr("\"%1\" has more than %2 decimals.").arg(shown).arg(Scale));

    while (wholePart.size() > 1 && wholePart.startsWith(QLatin1Char('0')))
        wholePart.remove(0, 1);
    bool converted = true;
    const qint64 whole = wholePart.isEmpty() ? 0 : wholePart.toLongLong(&converted);
    if (!converted || wholePart.size() > 18 || whole > MaxWholePart)
        return Result<Decimal>::failure(tr("\"%1\" is too large.").arg(shown));

    qint64 units = whole * UnitsPerOne;
    if (!fraction.isEmpty())
        units += fraction.leftJustified(Scale, QLatin1Char('0')).toLongLong();
    return Decimal(negative ? -units : units);
}

QString Decimal::toString() const
{
    return IndonesianFormat::trimmedScaled(m_units, Scale, Scale);
}

QString Decimal::toString(int decimals) const
{
    return IndonesianFormat::fixedScaled(m_units, Scale, decimals);
}

} // namespace kinerja
