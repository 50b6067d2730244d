// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CreditPoints.h"

#include <numeric>

namespace kinerja {

namespace {

/// `units` / 10^digits as a decimal with the locale's decimal point; trailing zeros dropped when `trim`.
QString decimal(qint64 units, int digits, const QLocale& locale, bool trim)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    QString fraction = QString::number(units % scale).rightJustified(digits, u'0');
    if (trim) {
        while (fraction.endsWith(u'0')) {
            fraction.chop(1);
        }
    }
    QString text = locale.toString(units / scale);
    if (!fraction.isEmpty()) {
        text += locale.decimalPoint() + fraction;
    }
    return text;
}

} // namespace

CreditPoints::CreditPoints(FunctionalLevel level, PerformanceGrade grade, int months)
    : m_level(level)
    , m_grade(grade)
    , m_months(months)
    , m_numerator(static_cast<qint64>(months) * percentage(grade) * annualCoefficientHundredths(level))
{ }

Result<CreditPoints> CreditPoints::calculate(FunctionalLevel level, PerformanceGrade grade, int months)
{
    if (months < 1 || months > kMonthsPerYear) {
        return Result<CreditPoints>::failure(
            tr("The number of months must be from 1 to 12, not %1: angka kredit is pro-rated by the months of one "
               "SKP within one year.")
                .arg(QLocale().toString(months)));
    }
    return CreditPoints(level, grade, months);
}

int CreditPoints::percentage(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return 150;
    case PerformanceGrade::Good:
        return 100;
    case PerformanceGrade::NeedsImprovement:
        return 75;
    case PerformanceGrade::PoorMisconduct:
        return 50;
    case PerformanceGrade::VeryPoor:
        return 25;
    }
    return 0;
}

int CreditPoints::annualCoefficientHundredths(FunctionalLevel level)
{
    switch (level) {
    case FunctionalLevel::Pemula:
        return 375;
    case FunctionalLevel::Terampil:
        return 500;
    case FunctionalLevel::Mahir:
        return 1250;
    case FunctionalLevel::Penyelia:
        return 2500;
    case FunctionalLevel::AhliPertama:
        return 1250;
    case FunctionalLevel::AhliMuda:
        return 2500;
    case FunctionalLevel::AhliMadya:
        return 3750;
    case FunctionalLevel::AhliUtama:
        return 5000;
    }
    return 0;
}

QString CreditPoints::annualCoefficientText(FunctionalLevel level, const QLocale& locale)
{
    return decimal(annualCoefficientHundredths(level), 2, locale, true);
}

qint64 CreditPoints::reducedNumerator() const
{
    const qint64 divisor = std::gcd(m_numerator, kDenominator);
    return divisor == 0 ? m_numerator : m_numerator / divisor;
}

qint64 CreditPoints::reducedDenominator() const
{
    const qint64 divisor = std::gcd(m_numerator, kDenominator);
    return divisor == 0 ? kDenominator : kDenominator / divisor;
}

qint64 CreditPoints::roundedHundredths() const
{
    // value x 100 = numerator / 1200; half up for a non-negative value: floor(x + 1/2).
    const qint64 perHundredth = kDenominator / 100;
    return (2 * m_numerator + perHundredth) / (2 * perHundredth);
}

QString CreditPoints::toString(const QLocale& locale) const
{
    return decimal(roundedHundredths(), 2, locale, false);
}

QString CreditPoints::exactText(const QLocale& locale) const
{
    constexpr int digits = 6;
    const qint64 scaled = m_numerator * 1000000; // the value in millionths, times kDenominator
    if (scaled % kDenominator == 0) {
        return decimal(scaled / kDenominator, digits, locale, true);
    }
    return decimal(scaled / kDenominator, digits, locale, false) + QStringLiteral("...");
}

QString CreditPoints::formula(const QLocale& locale) const
{
    return QStringLiteral("%1/%2 x %3% x %4 = %5")
        .arg(locale.toString(m_months), locale.toString(kMonthsPerYear), locale.toString(percentage(m_grade)),
            annualCoefficientText(m_level, locale), toString(locale));
}

} // namespace kinerja
