// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/FunctionalLevel.h"
#include "core/domain/PerformanceGrade.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kinerja {

/**
 * Angka kredit (AK) of a jabatan fungsional from the predikat kinerja (domain.md 4.8; Peraturan BKN 3/2023,
 * PermenPANRB 1/2023):
 *
 *   AK = months / 12 x percentage(predikat) x annual coefficient(jenjang)
 *
 * with percentages Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%,
 * and coefficients Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25, Ahli Pertama 12.5, Ahli Muda 25,
 * Ahli Madya 37.5, Ahli Utama 50. The months are those of one SKP within one year (1..12).
 *
 * Exact arithmetic, no floating point: the value is kept as an integer number of 1/120000 (12 months x 100% x
 * coefficients in hundredths), so 2/12 x 100% x 12.5 is exactly 250000/120000 = 25/12.
 * For display it is rounded to 2 decimals, half up (away from zero; AK is never negative): 25/12 = 2.0833... is
 * shown as 2.08, Ahli Pertama Butuh Perbaikan 9.375 as 9.38, Pemula Sangat Kurang 0.9375 as 0.94. The domain
 * table's own 2-decimal cells (9,38; 3,13) round this way; the official BKN rounding rule is not confirmed [U].
 * A plain value type.
 */
class CreditPoints
{
    Q_DECLARE_TR_FUNCTIONS(CreditPoints)

public:
    static constexpr int kMonthsPerYear = 12;
    /// The denominator of exactNumerator(): 12 months x 100 (percent) x 100 (coefficient hundredths).
    static constexpr qint64 kDenominator = 120000;

    /// Fails with a translated reason when `months` is not 1..12.
    static Result<CreditPoints> calculate(FunctionalLevel level, PerformanceGrade grade, int months = kMonthsPerYear);

    /// 150, 100, 75, 50 or 25 (percent).
    static int percentage(PerformanceGrade grade);
    /// The annual coefficient in hundredths: 375 for Pemula (3.75), 1250 for Mahir (12.5).
    static int annualCoefficientHundredths(FunctionalLevel level);
    /// The coefficient as written in the regulation, with the locale's decimal point: "3.75", "12.5", "5".
    static QString annualCoefficientText(FunctionalLevel level, const QLocale& locale = QLocale());

    FunctionalLevel level() const { return m_level; }
    PerformanceGrade grade() const { return m_grade; }
    int months() const { return m_months; }

    /// The exact value is exactNumerator() / kDenominator.
    qint64 exactNumerator() const { return m_numerator; }
    /// The exact value as a reduced fraction.
    qint64 reducedNumerator() const;
    qint64 reducedDenominator() const;

    /// The value rounded to hundredths, half up: 208 for 2.0833...
    qint64 roundedHundredths() const;
    /// True when the value has at most 2 decimals, so the rounded value is exact.
    bool isExactInHundredths() const { return (m_numerator * 100) % kDenominator == 0; }

    /// The rounded value with exactly 2 decimals and the locale's decimal point: "2.08", "12.50".
    QString toString(const QLocale& locale = QLocale()) const;
    /// The exact value: all decimals when it has at most 6 ("9.375", "0.9375"), else 6 decimals and an
    /// ellipsis ("2.083333...").
    QString exactText(const QLocale& locale = QLocale()) const;
    /// The calculation, not translated: "2/12 x 100% x 12.5 = 2.08".
    QString formula(const QLocale& locale = QLocale()) const;

    friend bool operator==(const CreditPoints&, const CreditPoints&) = default;

private:
    CreditPoints(FunctionalLevel level, PerformanceGrade grade, int months);

    FunctionalLevel m_level = FunctionalLevel::Pemula;
    PerformanceGrade m_grade = PerformanceGrade::Good;
    int m_months = kMonthsPerYear;
    qint64 m_numerator = 0;
};

} // namespace kinerja
