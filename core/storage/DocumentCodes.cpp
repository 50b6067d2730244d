// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DocumentCodes.h"

#include "core/storage/CodeTable.h"

#include <QList>

#include <array>
#include <limits>
#include <utility>

namespace kinerja {

namespace {

constexpr std::array<std::pair<PlanForm, const char*>, 2> kForms {{
    {PlanForm::Jpt, "jpt"},
    {PlanForm::AdministratorFunctional, "ja-jf"},
}};

constexpr std::array<std::pair<PlanApproach, const char*>, 2> kApproaches {{
    {PlanApproach::Quantitative, "quantitative"},
    {PlanApproach::Qualitative, "qualitative"},
}};

constexpr std::array<std::pair<ResultKind, const char*>, 2> kResultKinds {{
    {ResultKind::Main, "main"},
    {ResultKind::Additional, "additional"},
}};

constexpr std::array<std::pair<IndicatorAspect, const char*>, 4> kAspects {{
    {IndicatorAspect::Quantity, "quantity"},
    {IndicatorAspect::Quality, "quality"},
    {IndicatorAspect::Time, "time"},
    {IndicatorAspect::Cost, "cost"},
}};

constexpr std::array<std::pair<Perspective, const char*>, 4> kPerspectives {{
    {Perspective::ServiceRecipients, "service-recipients"},
    {Perspective::BusinessProcess, "business-process"},
    {Perspective::InternalStrengthening, "internal-strengthening"},
    {Perspective::Budget, "budget"},
}};

constexpr std::array<std::pair<IndicatorDirection, const char*>, 2> kDirections {{
    {IndicatorDirection::HigherIsBetter, "higher-is-better"},
    {IndicatorDirection::LowerIsBetter, "lower-is-better"},
}};

constexpr std::array<std::pair<IndicatorTarget::Kind, const char*>, 4> kTargetKinds {{
    {IndicatorTarget::Kind::None, "none"},
    {IndicatorTarget::Kind::Number, "number"},
    {IndicatorTarget::Kind::Range, "range"},
    {IndicatorTarget::Kind::Narrative, "narrative"},
}};

constexpr std::array<std::pair<CoreValue, const char*>, 7> kCoreValues {{
    {CoreValue::ServiceOriented, "berorientasi-pelayanan"},
    {CoreValue::Accountable, "akuntabel"},
    {CoreValue::Competent, "kompeten"},
    {CoreValue::Harmonious, "harmonis"},
    {CoreValue::Loyal, "loyal"},
    {CoreValue::Adaptive, "adaptif"},
    {CoreValue::Collaborative, "kolaboratif"},
}};

constexpr std::array<std::pair<CompetencyActivity::Kind, const char*>, 2> kCompetencyKinds {{
    {CompetencyActivity::Kind::Klasikal, "klasikal"},
    {CompetencyActivity::Kind::NonKlasikal, "non-klasikal"},
}};

} // namespace

QString DocumentCodes::code(PlanForm form)
{
    return codeOf(kForms, form);
}

std::optional<PlanForm> DocumentCodes::planFormFromCode(const QString& code)
{
    return fromCode(kForms, code);
}

QString DocumentCodes::code(PlanApproach approach)
{
    return codeOf(kApproaches, approach);
}

std::optional<PlanApproach> DocumentCodes::planApproachFromCode(const QString& code)
{
    return fromCode(kApproaches, code);
}

QString DocumentCodes::code(ResultKind kind)
{
    return codeOf(kResultKinds, kind);
}

std::optional<ResultKind> DocumentCodes::resultKindFromCode(const QString& code)
{
    return fromCode(kResultKinds, code);
}

QString DocumentCodes::code(IndicatorAspect aspect)
{
    return codeOf(kAspects, aspect);
}

std::optional<IndicatorAspect> DocumentCodes::indicatorAspectFromCode(const QString& code)
{
    return fromCode(kAspects, code);
}

QString DocumentCodes::code(Perspective perspective)
{
    return codeOf(kPerspectives, perspective);
}

std::optional<Perspective> DocumentCodes::perspectiveFromCode(const QString& code)
{
    return fromCode(kPerspectives, code);
}

QString DocumentCodes::code(IndicatorDirection direction)
{
    return codeOf(kDirections, direction);
}

std::optional<IndicatorDirection> DocumentCodes::indicatorDirectionFromCode(const QString& code)
{
    return fromCode(kDirections, code);
}

QString DocumentCodes::code(IndicatorTarget::Kind kind)
{
    return codeOf(kTargetKinds, kind);
}

std::optional<IndicatorTarget::Kind> DocumentCodes::targetKindFromCode(const QString& code)
{
    return fromCode(kTargetKinds, code);
}

QString DocumentCodes::code(CoreValue value)
{
    return codeOf(kCoreValues, value);
}

std::optional<CoreValue> DocumentCodes::coreValueFromCode(const QString& code)
{
    return fromCode(kCoreValues, code);
}

QString DocumentCodes::code(CompetencyActivity::Kind kind)
{
    return codeOf(kCompetencyKinds, kind);
}

std::optional<CompetencyActivity::Kind> DocumentCodes::competencyKindFromCode(const QString& code)
{
    return fromCode(kCompetencyKinds, code);
}

QString DocumentCodes::decimalText(Decimal value)
{
    const qint64 units = value.units();
    // Work on the magnitude as unsigned so that the most negative value does not overflow.
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(0) - static_cast<quint64>(units) : static_cast<quint64>(units);
    const quint64 whole = magnitude / Decimal::UnitsPerOne;
    QString fraction =
        QString::number(magnitude % Decimal::UnitsPerOne).rightJustified(Decimal::Scale, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    QString text = negative ? QStringLiteral("-") : QString();
    text += QString::number(whole);
    if (!fraction.isEmpty()) {
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

std::optional<Decimal> DocumentCodes::decimalFromText(const QString& text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qsizetype position = 0;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative) {
        ++position;
    }
    const auto dot = text.indexOf(QLatin1Char('.'), position);
    const QString wholeText = text.mid(position, dot < 0 ? -1 : dot - position);
    const QString fractionText = dot < 0 ? QString() : text.mid(dot + 1);
    if (wholeText.isEmpty() || fractionText.size() > Decimal::Scale || (dot >= 0 && fractionText.isEmpty())) {
        return std::nullopt;
    }
    for (const QString* part : {&wholeText, &fractionText}) {
        for (const QChar c : *part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return std::nullopt;
            }
        }
    }
    bool ok = false;
    const qint64 whole = wholeText.toLongLong(&ok);
    constexpr qint64 kMaxWhole = std::numeric_limits<qint64>::max() / Decimal::UnitsPerOne - 1;
    if (!ok || whole > kMaxWhole) {
        return std::nullopt;
    }
    const qint64 fraction =
        fractionText.isEmpty() ? 0 : fractionText.leftJustified(Decimal::Scale, QLatin1Char('0')).toLongLong();
    const qint64 units = whole * Decimal::UnitsPerOne + fraction;
    return Decimal::fromUnits(negative ? -units : units);
}

} // namespace kinerja
