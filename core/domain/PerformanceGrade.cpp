// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PerformanceGrade.h"

#include "core/domain/ParseKey.h"

#include <QCoreApplication>

namespace kinerja {

QList<PerformanceGrade> allPerformanceGrades()
{
    return {PerformanceGrade::VeryGood, PerformanceGrade::Good, PerformanceGrade::NeedsImprovement,
        PerformanceGrade::PoorMisconduct, PerformanceGrade::VeryPoor};
}

QString officialName(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return QStringLiteral("Sangat Baik");
    case PerformanceGrade::Good:
        return QStringLiteral("Baik");
    case PerformanceGrade::NeedsImprovement:
        return QStringLiteral("Butuh Perbaikan");
    case PerformanceGrade::PoorMisconduct:
        return QStringLiteral("Kurang/Misconduct");
    case PerformanceGrade::VeryPoor:
        return QStringLiteral("Sangat Kurang");
    }
    return {};
}

QString codeName(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return QStringLiteral("very-good");
    case PerformanceGrade::Good:
        return QStringLiteral("good");
    case PerformanceGrade::NeedsImprovement:
        return QStringLiteral("needs-improvement");
    case PerformanceGrade::PoorMisconduct:
        return QStringLiteral("poor-misconduct");
    case PerformanceGrade::VeryPoor:
        return QStringLiteral("very-poor");
    }
    return {};
}

QString abbreviation(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return QStringLiteral("SB");
    case PerformanceGrade::Good:
        return QStringLiteral("B");
    case PerformanceGrade::NeedsImprovement:
        return QStringLiteral("BP");
    case PerformanceGrade::PoorMisconduct:
        return QStringLiteral("K");
    case PerformanceGrade::VeryPoor:
        return QStringLiteral("SK");
    }
    return {};
}

Result<PerformanceGrade> parsePerformanceGrade(const QString& text)
{
    const QString key = parseKey(text);
    if (!key.isEmpty()) {
        for (const PerformanceGrade grade : allPerformanceGrades()) {
            if (key == parseKey(officialName(grade)) || key == parseKey(codeName(grade))
                || key == parseKey(abbreviation(grade))) {
                return grade;
            }
        }
        if (key == QLatin1String("kurang") || key == QLatin1String("misconduct") || key == QLatin1String("poor")) {
            return PerformanceGrade::PoorMisconduct;
        }
    }
    return Result<PerformanceGrade>::failure(
        QCoreApplication::translate("PerformanceGrade", "\"%1\" is not a predikat kinerja pegawai. Use one of: %2.")
            .arg(text.trimmed(),
                QStringLiteral("Sangat Baik (SB, very-good), Baik (B, good), Butuh Perbaikan (BP, needs-improvement), "
                               "Kurang/Misconduct (K, poor-misconduct), Sangat Kurang (SK, very-poor)")));
}

} // namespace kinerja
