// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kinerja {

/**
 * Dates and numbers as the interface language writes them: Indonesian ("31 Januari 2026", "12,5", "1.234") by
 * default, English ("31 January 2026", "12.5", "1,234") when English is installed. Printed documents do not use
 * this: they are always Indonesian (core/domain/IndonesianFormat).
 */
class Formatting
{
public:
    Formatting() = delete;

    /// "31 Januari 2026" / "31 January 2026"; empty for an invalid date.
    static QString date(QDate date);
    /// The local date and time: "31 Januari 2026 14.05" / "31 January 2026 14:05"; empty when invalid.
    static QString dateTime(const QDateTime& dateTime);
    /// Up to four decimals, trailing zeros removed: "12,5" / "12.5".
    static QString decimal(const Decimal& value);
    /// Exactly `decimals` decimals, with thousands separators: "1.234,50" / "1,234.50".
    static QString number(double value, int decimals);
    /// An 18-digit NIP as "19700518 200503 1 005"; anything else unchanged.
    static QString nip(const QString& digits);

private:
    static bool isIndonesian();
};

} // namespace kinerja
