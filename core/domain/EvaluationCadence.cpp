// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/EvaluationCadence.h"

namespace kinerja {

QList<EvaluationCadence> allEvaluationCadences()
{
    return {EvaluationCadence::Monthly, EvaluationCadence::Quarterly, EvaluationCadence::Semester};
}

QString officialName(EvaluationCadence cadence)
{
    switch (cadence) {
    case EvaluationCadence::Monthly:
        return QStringLiteral("BULANAN");
    case EvaluationCadence::Quarterly:
        return QStringLiteral("TRIWULANAN");
    case EvaluationCadence::Semester:
        return QStringLiteral("SEMESTER");
    }
    return {};
}

std::optional<EvaluationCadence> evaluationCadenceFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const EvaluationCadence cadence : allEvaluationCadences()) {
        if (key.compare(officialName(cadence), Qt::CaseInsensitive) == 0)
            return cadence;
    }
    return std::nullopt;
}

int periodsPerYear(EvaluationCadence cadence)
{
    return 12 / monthsPerPeriod(cadence);
}

int monthsPerPeriod(EvaluationCadence cadence)
{
    switch (cadence) {
    case EvaluationCadence::Monthly:
        return 1;
    case EvaluationCadence::Quarterly:
        return 3;
    case EvaluationCadence::Semester:
        return 6;
    }
    return 3;
}

} // namespace kinerja
