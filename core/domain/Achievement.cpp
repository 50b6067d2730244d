// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Achievement.h"

#include "core/domain/IndonesianFormat.h"

#include <QtNumeric>

#include <cmath>
#include <limits>

namespace kinerja {

namespace {

constexpr qint64 TenthsPerWhole = 1000; // 100 % in tenths of a percent

/// round(numerator x 1000 / denominator), half away from zero; numerator >= 0, denominator > 0.
qint64 ratioInTenths(qint64 numerator, qint64 denominator)
{
    qint64 scaled = 0;
    if (!qMulOverflow(numerator, TenthsPerWhole, &scaled)) {
        const qint64 quotient = scaled / denominator;
        const qint64 remainder = scaled % denominator;
        // remainder >= denominator - remainder  <=>  2 x remainder >= denominator, without overflow.
        return remainder >= denominator - remainder ? quotient + 1 : quotient;
    }
    // Only for absurdly large numbers (above ~9 x 10^11): long double keeps 64 bits, more than a tenth of a percent.
    const long double exact = static_cast<long double>(numerator) * TenthsPerWhole / denominator;
    if (exact >= static_cast<long double>(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    return static_cast<qint64>(std::llround(exact));
}

/// realisation / reference x 100 %.
qint64 higherIsBetter(qint64 realization, qint64 reference)
{
    return ratioInTenths(realization, reference);
}

/// (1 + (1 - realisation / reference)) x 100 % = (2 x reference - realisation) / reference x 100 %, floored at 0.
qint64 lowerIsBetter(qint64 realization, qint64 reference)
{
    if (realization - reference >= reference)
        return 0;
    qint64 numerator = 0;
    if (qAddOverflow(reference - realization, reference, &numerator)) {
        const long double exact = (2.0L - static_cast<long double>(realization) / reference) * TenthsPerWhole;
        return static_cast<qint64>(std::llround(exact));
    }
    return ratioInTenths(numerator, reference);
}

} // namespace

Achievement Achievement::of(const IndicatorTarget& target, IndicatorDirection direction, Decimal realization)
{
    switch (target.kind()) {
    case IndicatorTarget::Kind::None:
        return Achievement(Status::NoTarget, 0);
    case IndicatorTarget::Kind::Narrative:
        return Achievement(Status::NarrativeTarget, 0);
    case IndicatorTarget::Kind::Number:
    case IndicatorTarget::Kind::Range:
        break;
    }

    const qint64 low = target.minimum().units();
    const qint64 high = target.maximum().units();
    const qint64 real = realization.units();
    if (low < 0 || high < 0 || real < 0 || low > high)
        return Achievement(Status::NotComparable, 0);

    qint64 reference = 0;
    if (real > high)
        reference = high; // above the target or range: the upper bound
    else if (real < low)
        reference = low; // below: the lower bound
    else
        return Achievement(Status::Computed, TenthsPerWhole); // on target or inside the range

    if (reference == 0) {
        // Here real > 0 = high. Lower is better: any amount above a zero target misses it entirely.
        if (direction == IndicatorDirection::LowerIsBetter)
            return Achievement(Status::Computed, 0);
        return Achievement(Status::NotComparable, 0);
    }
    const qint64 tenths = direction == IndicatorDirection::HigherIsBetter ? higherIsBetter(real, reference)
                                                                          : lowerIsBetter(real, reference);
    return Achievement(Status::Computed, tenths);
}

Achievement Achievement::of(const Indicator& indicator, Decimal realization)
{
    return of(indicator.target, indicator.direction, realization);
}

std::optional<qint64> Achievement::percentTenths() const
{
    if (m_status != Status::Computed)
        return std::nullopt;
    return m_tenths;
}

QString Achievement::percentText() const
{
    if (m_status != Status::Computed)
        return {};
    return IndonesianFormat::fixedScaled(m_tenths, 1, 1) + QLatin1Char('%');
}

QString Achievement::explanation() const
{
    switch (m_status) {
    case Status::Computed:
        return {};
    case Status::NoTarget:
        return tr("This indicator has no target yet, so no achievement percentage can be shown.");
    case Status::NarrativeTarget:
        return tr("The target is a narrative, so the achievement is not expressed as a percentage.");
    case Status::NotComparable:
        return tr("The achievement cannot be expressed as a percentage: the target is zero and was exceeded, or a "
                  "number is negative.");
    }
    return {};
}

} // namespace kinerja
