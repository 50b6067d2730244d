// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/TargetText.h"

#include "core/Language.h"
#include "ui/widgets/Formatting.h"

#include <QRegularExpression>

namespace kinerja {

namespace {

bool isEnglish()
{
    return Language::current() == QLatin1String("en");
}

} // namespace

QString TargetText::editText(const IndicatorTarget& target)
{
    switch (target.kind()) {
    case IndicatorTarget::Kind::Number:
        return Formatting::decimal(target.value());
    case IndicatorTarget::Kind::Range:
        return Formatting::decimal(target.minimum()) + QChar(0x2013) + Formatting::decimal(target.maximum());
    case IndicatorTarget::Kind::None:
    case IndicatorTarget::Kind::Narrative:
        break;
    }
    return {};
}

QString TargetText::display(const IndicatorTarget& target, const QString& unit)
{
    if (target.kind() == IndicatorTarget::Kind::Narrative) {
        return target.narrativeText();
    }
    const auto number = editText(target);
    if (number.isEmpty() || unit.trimmed().isEmpty()) {
        return number;
    }
    return number + QLatin1Char(' ') + unit.trimmed();
}

Result<IndicatorTarget> TargetText::parse(const QString& text)
{
    if (!isEnglish()) {
        return IndicatorTarget::parse(text);
    }
    // English: "1,234.5" -> the Indonesian "1234,5" that the core reads.
    static const QRegularExpression thousands(QStringLiteral("(?<=\\d),(?=\\d{3}(\\D|$))"));
    static const QRegularExpression point(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
    auto indonesian = text;
    indonesian.remove(thousands);
    indonesian.replace(point, QStringLiteral(","));
    return IndicatorTarget::parse(indonesian);
}

} // namespace kinerja
