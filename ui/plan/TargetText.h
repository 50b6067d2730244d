// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/IndicatorTarget.h"

#include <QString>

namespace kinerja {

/**
 * An indicator's target as the interface language writes and reads it: "12,5" and "80–90" in Indonesian, "12.5"
 * and "80–90" in English (Formatting), a narrative as written. Parsing accepts what IndicatorTarget::parse() reads
 * ("80-90", "80 s.d. 90"), with the English decimal point and thousands comma when the interface is English.
 */
class TargetText
{
public:
    TargetText() = delete;

    /// For a list: the target with its satuan, "12,5 dokumen", "80–90 %"; the narrative; empty for none.
    static QString display(const IndicatorTarget& target, const QString& unit = {});
    /// For the target field: the number or range alone; empty for none or a narrative.
    static QString editText(const IndicatorTarget& target);
    /// Reads a typed numeric target; empty text is no target. The reason is translated.
    static Result<IndicatorTarget> parse(const QString& text);
};

} // namespace kinerja
