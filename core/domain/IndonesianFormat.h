// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kinerja {

/**
 * Dates and numbers the Indonesian way, for printed documents and the Indonesian UI (users.md "Habits to
 * respect", domain.md 5): "31 Januari 2026", "Jambi, 31 Januari 2026", "12,5", "1.234,75".
 *
 * Pure functions: they never consult the system locale (an office PC set to English still prints
 * "Januari" and "12,5"), and the month names are official constants, never translated.
 * Negative numbers get a leading "-"; a value that rounds to zero never prints as "-0".
 */
class IndonesianFormat
{
public:
    IndonesianFormat() = delete;

    /// "Januari" .. "Desember" for 1..12; empty for any other number.
    static QString monthName(int month);

    /// "31 Januari 2026", "1 Februari 2026" (day without a leading zero); empty for an invalid date.
    static QString longDate(QDate date);

    /// The place-and-date line above a signature: "Jambi, 31 Januari 2026". An empty place gives the date alone;
    /// an invalid date gives "Jambi, " followed by nothing, so that the line can be filled in by hand.
    static QString placeAndDate(const QString& place, QDate date);

    /// A whole number with dot thousands: 1234567 -> "1.234.567".
    static QString integer(qint64 value);

    /// Exactly `decimals` decimals (0..9), rounded half away from zero: (1234.75, 2) -> "1.234,75",
    /// (12.5, 2) -> "12,50", (2.0, 0) -> "2". The double is first printed to the nearest decimal text, so
    /// use the scaled variants for exact values (binary doubles such as 1.005 can round down).
    static QString fixed(double value, int decimals);

    /// Up to `maxDecimals` decimals (0..9), trailing zeros and a bare comma removed: 12.50 -> "12,5",
    /// 12.0 -> "12", 1234.75 -> "1.234,75".
    static QString trimmed(double value, int maxDecimals = 2);

    /// Exact formatting of a scaled integer (value = units / 10^scale, scale 0..9), e.g. units 125, scale 1
    /// -> 12.5. Rounded half away from zero to `decimals` decimals (0..9): (12345, 2, 1) -> "123,5".
    static QString fixedScaled(qint64 units, int scale, int decimals);

    /// As fixedScaled, then trailing zeros removed: (1250, 2, 2) -> "12,5"; (1200, 2, 2) -> "12".
    static QString trimmedScaled(qint64 units, int scale, int maxDecimals);
};

} // namespace kinerja
