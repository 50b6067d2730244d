// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/AssessmentPeriod.h"

#include "core/domain/IndonesianFormat.h"

#include <array>

namespace kinerja {

QString romanNumeral(int number)
{
    static const std::array<const char*, 12> numerals = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    if (number < 1 || number > 12)
        return {};
    return QString::fromLatin1(numerals.at(static_cast<std::size_t>(number - 1)));
}

QString AssessmentPeriod::label() const
{
    if (!customLabel.trimmed().isEmpty())
        return customLabel.trimmed();
    if (!cadence)
        return QStringLiteral("AKHIR");
    switch (*cadence) {
    case EvaluationCadence::Monthly:
        return QStringLiteral("BULAN ") + IndonesianFormat::monthName(number).toUpper();
    case EvaluationCadence::Quarterly:
        return QStringLiteral("TRIWULAN ") + romanNumeral(number);
    case EvaluationCadence::Semester:
        return QStringLiteral("SEMESTER ") + romanNumeral(number);
    }
    return {};
}

QString AssessmentPeriod::typeCode() const
{
    return cadence ? officialName(*cadence) : QStringLiteral("TAHUNAN");
}

} // namespace kinerja
