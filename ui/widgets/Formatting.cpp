// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Formatting.h"

#include "core/Language.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/Nip.h"

#include <QLocale>
#include <QRegularExpression>

namespace kinerja {

bool Formatting::isIndonesian()
{
    return Language::current() != QLatin1String("en");
}

QString Formatting::date(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return isIndonesian()
        ? IndonesianFormat::longDate(date)
        : QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Formatting::dateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid()) {
        return {};
    }
    const auto local = dateTime.toLocalTime();
    return isIndonesian()
        ? QStringLiteral("%1 %2").arg(date(local.date()), local.time().toString(QStringLiteral("HH.mm")))
        : QStringLiteral("%1 %2").arg(date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString Formatting::decimal(const Decimal& value)
{
    if (isIndonesian()) {
        return IndonesianFormat::trimmedScaled(value.units(), Decimal::Scale, Decimal::Scale);
    }
    static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(value.toDouble(), 'f', Decimal::Scale)
        .remove(trailingZeros);
}

QString Formatting::number(double value, int decimals)
{
    return isIndonesian() ? IndonesianFormat::fixed(value, decimals)
                          : QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals);
}

QString Formatting::nip(const QString& digits)
{
    const auto parsed = Nip::parse(digits);
    return parsed ? parsed.value().formatted() : digits;
}

} // namespace kinerja
