// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Decimal.h"

#include <QString>

namespace kinerja {

/**
 * The target of an IKI (domain.md 2.4): nothing yet, one number ("12" dokumen), a range ("80–90" %), or a
 * narrative (the qualitative approach, where measure and target are written as one text).
 * Numbers are exact Decimals (typed with a decimal comma). The satuan (unit) lives on the Indicator.
 * A range is kept as typed, even when minimum > maximum, so that PlanValidator can point at it.
 */
class IndicatorTarget
{
public:
    enum class Kind
    {
        None,
        Number,
        Range,
        Narrative
    };

    /// No target yet.
    IndicatorTarget() = default;

    static IndicatorTarget number(Decimal value);
    static IndicatorTarget range(Decimal minimum, Decimal maximum);
    static IndicatorTarget narrative(const QString& text);

    /**
     * Reads a typed numeric target: "12", "12,5", "80-90", "80 – 90", "80 s.d. 90", "80 s/d 90", "80 sd 90".
     * Empty text gives no target. A translated reason when a number cannot be read (see Decimal::parse).
     */
    static Result<IndicatorTarget> parse(const QString& text);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isNumeric() const { return m_kind == Kind::Number || m_kind == Kind::Range; }

    /// Number: the value. Range: the lower bound. Otherwise zero.
    Decimal minimum() const { return m_minimum; }
    /// Number: the value. Range: the upper bound. Otherwise zero.
    Decimal maximum() const { return m_maximum; }
    /// Number: the value; otherwise zero.
    Decimal value() const { return m_minimum; }
    /// Narrative: the text as written; otherwise empty.
    const QString& narrativeText() const { return m_narrative; }

    /// As printed in the TARGET column, Indonesian style: "12,5", "80–90" (en dash), the narrative, or empty.
    QString toString() const;
    /// With the satuan: "12 dokumen", "80–90 %". A narrative or an empty unit prints without it.
    QString toString(const QString& unit) const;

    friend bool operator==(const IndicatorTarget&, const IndicatorTarget&) = default;

private:
    Kind m_kind = Kind::None;
    Decimal m_minimum;
    Decimal m_maximum;
    QString m_narrative;
};

} // namespace kinerja
