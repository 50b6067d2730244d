// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IndicatorTarget.h"

#include <QRegularExpression>

namespace kinerja {

IndicatorTarget IndicatorTarget::number(Decimal value)
{
    IndicatorTarget target;
    target.m_kind = Kind::Number;
    target.m_minimum = value;
    target.m_maximum = value;
    return target;
}

IndicatorTarget IndicatorTarget::range(Decimal minimum, Decimal maximum)
{
    IndicatorTarget target;
    target.m_kind = Kind::Range;
    target.m_minimum = minimum;
    target.m_maximum = maximum;
    return target;
}

IndicatorTarget IndicatorTarget::narrative(const QString& text)
{
    IndicatorTarget target;
    target.m_kind = Kind::Narrative;
    target.m_narrative = text;
    return target;
}

Result<IndicatorTarget> IndicatorTarget::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return IndicatorTarget();
    // A range separator after the first character, so that a leading minus stays a sign.
    static const QRegularExpression separator(
        QStringLiteral(R"((?<=\S)\s*(?:s\.d\.|s/d|sd|\x{2013}|\x{2014}|-)\s*(?=\S))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = separator.match(trimmed, 1);
    if (match.hasMatch()) {
        const auto low = Decimal::parse(trimmed.left(match.capturedStart()));
        if (!low)
            return low.propagate<IndicatorTarget>();
        const auto high = Decimal::parse(trimmed.mid(match.capturedEnd()));
        if (!high)
            return high.propagate<IndicatorTarget>();
        return range(*low, *high);
    }
    const auto value = Decimal::parse(trimmed);
    if (!value)
        return value.propagate<IndicatorTarget>();
    return number(*value);
}

QString IndicatorTarget::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Number:
        return m_minimum.toString();
    case Kind::Range:
        return m_minimum.toString() + QChar(0x2013) + m_maximum.toString();
    case Kind::Narrative:
        return m_narrative;
    }
    return {};
}

QString IndicatorTarget::toString(const QString& unit) const
{
    const QString text = toString();
    if (!isNumeric() || unit.trimmed().isEmpty())
        return text;
    return text + QLatin1Char(' ') + unit.trimmed();
}

} // namespace kinerja
