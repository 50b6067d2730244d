// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Decimal.h"
#include "core/domain/Indicator.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * Capaian IKI: how far a realisation reaches its target, in percent. INFORMATION ONLY: shown to the assessor next
 * to the realisation, never turned into a rating or predikat (product decision; domain.md 8 item 10: under
 * PermenPANRB 6/2022 no formula decides a rating). The formulas are those of PermenPANRB 8/2021 (domain.md 4.9(b)):
 *
 *  - higher is better:  realisasi / target x 100 %
 *  - lower is better ("kondisi khusus": time, cost, response time to complaints):
 *        (1 + (1 - realisasi / target)) x 100 %, floored at 0 %
 *        (target 3 days, realised 2 -> 133,3 %; realised 4 -> 66,7 %)
 *  - a range target: 100 % when the realisation lies inside; above the range the formula uses the upper bound,
 *    below it the lower bound (for either direction).
 *  - target 0 (e.g. "0 complaints"): the ratio is undefined, so instead:
 *        realisation 0 -> 100 % (met exactly), in either direction;
 *        lower is better and realisation > 0 -> 0 % (the formula's limit, floored);
 *        higher is better and realisation > 0 -> no percentage (status NotComparable): exceeding a zero target
 *        cannot be expressed as a ratio; show the realisation itself.
 *  - negative targets or realisations -> NotComparable; a narrative target -> NarrativeTarget; no target ->
 *    NoTarget. None of these has a percentage.
 *
 * The percentage is computed exactly from the Decimals and rounded once, half away from zero, to one decimal:
 * percentTenths() == 1333 means 133,3 %. No category ("Sangat Baik", ...) is attached on purpose, so that nobody
 * mistakes it for a predikat.
 */
class Achievement
{
    Q_DECLARE_TR_FUNCTIONS(Achievement)

public:
    enum class Status
    {
        Computed, ///< a percentage is available
        NoTarget, ///< the indicator has no target yet
        NarrativeTarget, ///< qualitative or narrative target: no percentage by nature
        NotComparable ///< zero target exceeded, or negative numbers: the ratio means nothing
    };

    /// The capaian of `realization` against `target`.
    static Achievement of(const IndicatorTarget& target, IndicatorDirection direction, Decimal realization);
    /// The capaian of `realization` against an indicator's target and direction.
    static Achievement of(const Indicator& indicator, Decimal realization);

    Status status() const { return m_status; }
    bool hasPercentage() const { return m_status == Status::Computed; }

    /// The percentage in tenths of a percent (1333 = 133,3 %), rounded half away from zero; nullopt unless Computed.
    std::optional<qint64> percentTenths() const;

    /// "133,3%" (Indonesian decimal comma, always one decimal: "100,0%"); empty unless Computed.
    QString percentText() const;

    /// A translated sentence telling why there is no percentage; empty when Computed.
    QString explanation() const;

    friend bool operator==(const Achievement&, const Achievement&) = default;

private:
    Achievement(Status status, qint64 tenths)
        : m_status(status)
        , m_tenths(tenths)
    { }

    Status m_status;
    qint64 m_tenths;
};

} // namespace kinerja
