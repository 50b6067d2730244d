// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndonesianFormat.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace kinerja {

namespace {

constexpr int MaxDecimals = 9;

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

/// "1234567" -> "1.234.567"; `digits` holds ASCII digits only.
QString groupThousands(const QString& digits)
{
    QString out;
    const qsizetype length = digits.size();
    for (qsizetype i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0)
            out.append(QLatin1Char('.'));
        out.append(digits.at(i));
    }
    return out;
}

/// Joins the parts of a number; drops the sign when every digit is zero ("-0,0" -> "0,0").
QString assemble(bool negative, const QString& integerDigits, const QString& fractionDigits)
{
    const bool zero = std::all_of(integerDigits.cbegin(), integerDigits.cend(), [](QChar c) { return c == u'0'; })
        && std::all_of(fractionDigits.cbegin(), fractionDigits.cend(), [](QChar c) { return c == u'0'; });
    QString out = (negative && !zero) ? QStringLiteral("-") : QString();
    out.append(groupThousands(integerDigits.isEmpty() ? QStringLiteral("0") : integerDigits));
    if (!fractionDigits.isEmpty())
        out.append(QLatin1Char(',') + fractionDigits);
    return out;
}

QString trimFraction(QString text)
{
    if (!text.contains(QLatin1Char(',')))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    if (text == QStringLiteral("-0"))
        return QStringLiteral("0");
    return text;
}

} // namespace

QString IndonesianFormat::monthName(int month)
{
    static const std::array<const char16_t*, 12> names = {u"Januari", u"Februari", u"Maret", u"April", u"Mei", u"Juni",
        u"Juli", u"Agustus", u"September", u"Oktober", u"November", u"Desember"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf16(names.at(static_cast<std::size_t>(month - 1)));
}

QString IndonesianFormat::longDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + QLatin1Char(' ') + monthName(date.month()) + QLatin1Char(' ')
        + QString::number(date.year());
}

QString IndonesianFormat::placeAndDate(const QString& place, QDate date)
{
    const QString trimmedPlace = place.trimmed();
    if (trimmedPlace.isEmpty())
        return longDate(date);
    return trimmedPlace + QStringLiteral(", ") + longDate(date);
}

QString IndonesianFormat::integer(qint64 value)
{
    return fixedScaled(value, 0, 0);
}

QString IndonesianFormat::fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    decimals = std::clamp(decimals, 0, MaxDecimals);
    // 'f' formatting is locale-independent ("." decimal point, no grouping) and rounds to the nearest.
    QString text = QString::number(std::abs(value), 'f', decimals);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString integerDigits = point < 0 ? text : text.left(point);
    const QString fractionDigits = point < 0 ? QString() : text.mid(point + 1);
    return assemble(std::signbit(value), integerDigits, fractionDigits);
}

QString IndonesianFormat::trimmed(double value, int maxDecimals)
{
    return trimFraction(fixed(value, maxDecimals));
}

QString IndonesianFormat::fixedScaled(qint64 units, int scale, int decimals)
{
    scale = std::clamp(scale, 0, MaxDecimals);
    decimals = std::clamp(decimals, 0, MaxDecimals);
    const bool negative = units < 0;
    // Magnitude as unsigned, so that the most negative qint64 does not overflow.
    quint64 magnitude = negative ? quint64(0) - static_cast<quint64>(units) : static_cast<quint64>(units);
    if (decimals >= scale) {
        magnitude *= powerOfTen(decimals - scale);
    } else {
        const quint64 divisor = powerOfTen(scale - decimals);
        const quint64 remainder = magnitude % divisor;
        magnitude /= divisor;
        if (remainder * 2 >= divisor)
            ++magnitude; // half away from zero
    }
    QString digits = QString::number(magnitude);
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
    const QString integerDigits = digits.left(digits.size() - decimals);
    const QString fractionDigits = digits.right(decimals);
    return assemble(negative, integerDigits, fractionDigits);
}

QString IndonesianFormat::trimmedScaled(qint64 units, int scale, int maxDecimals)
{
    return trimFraction(fixedScaled(units, scale, maxDecimals));
}

} // namespace kinerja
