// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

namespace kinerja {

/**
 * An exact decimal number for targets and realisations ("12,5 dokumen", "1.234,75", "80–90 %").
 *
 * Stored as an integer count of ten-thousandths (`units() == value x 10^4`), like money in minor units
 * (style.md R8): what the user typed is what is stored, compared and printed back, with no binary
 * floating-point drift ("0,1" + "0,2" is exactly "0,3"; "12,5" never prints as "12,499999"). Four decimals
 * cover every target seen on SKP forms; the range is about +/- 922 trillion, enough for rupiah costs.
 * Parsing and printing use the Indonesian convention: decimal comma, dot thousands.
 */
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)

public:
    /// Number of decimals kept; `units()` is the value times 10^Scale.
    static constexpr int Scale = 4;
    static constexpr qint64 UnitsPerOne = 10000;

    constexpr Decimal() = default;

    static constexpr Decimal fromUnits(qint64 units) { return Decimal(units); }
    /// A whole number; precondition: |value| < 922 337 203 685 477.
    static constexpr Decimal fromInteger(qint64 value) { return Decimal(value * UnitsPerOne); }

    /**
     * Reads what a user typed: "12,5", "1.234,75", "-3", "+7", " 1 000 " (spaces ignored).
     * With a comma, the comma is the decimal separator and dots must group thousands.
     * Without a comma, dots in a valid thousands grouping are thousands ("1.500" = 1500, as Indonesians
     * read it); a single dot that cannot be a grouping is taken as a decimal point ("12.5" = 12,5).
     * A translated reason when the text is empty, not a number, has more than four decimals or is too large.
     */
    static Result<Decimal> parse(const QString& text);

    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    /// For display and statistics only; exact arithmetic uses units().
    double toDouble() const { return static_cast<double>(m_units) / UnitsPerOne; }

    /// Indonesian text without trailing zeros: "12,5", "1.234,75", "3".
    QString toString() const;
    /// Indonesian text with exactly `decimals` decimals (0..4 meaningful), rounded half away from zero.
    QString toString(int decimals) const;

    friend constexpr bool operator==(Decimal, Decimal) = default;
    friend constexpr auto operator<=>(Decimal, Decimal) = default;

private:
    constexpr explicit Decimal(qint64 units)
        : m_units(units)
    { }

    qint64 m_units = 0;
};

} // namespace kinerja
