// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/OrganizationGrade.h"

#include "core/domain/ParseKey.h"

#include <QCoreApplication>

namespace kinerja {

QList<OrganizationGrade> allOrganizationGrades()
{
    return {OrganizationGrade::Outstanding, OrganizationGrade::Good, OrganizationGrade::NeedsImprovement,
        OrganizationGrade::Poor, OrganizationGrade::VeryPoor};
}

QString officialName(OrganizationGrade grade)
{
    switch (grade) {
    case OrganizationGrade::Outstanding:
        return QStringLiteral("Istimewa");
    case OrganizationGrade::Good:
        return QStringLiteral("Baik");
    case OrganizationGrade::NeedsImprovement:
        return QStringLiteral("Butuh Perbaikan");
    case OrganizationGrade::Poor:
        return QStringLiteral("Kurang");
    case OrganizationGrade::VeryPoor:
        return QStringLiteral("Sangat Kurang");
    }
    return {};
}

QString codeName(OrganizationGrade grade)
{
    switch (grade) {
    case OrganizationGrade::Outstanding:
        return QStringLiteral("outstanding");
    case OrganizationGrade::Good:
        return QStringLiteral("good");
    case OrganizationGrade::NeedsImprovement:
        return QStringLiteral("needs-improvement");
    case OrganizationGrade::Poor:
        return QStringLiteral("poor");
    case OrganizationGrade::VeryPoor:
        return QStringLiteral("very-poor");
    }
    return {};
}

Result<OrganizationGrade> parseOrganizationGrade(const QString& text)
{
    const QString key = parseKey(text);
    if (!key.isEmpty()) {
        for (const OrganizationGrade grade : allOrganizationGrades()) {
            if (key == parseKey(officialName(grade)) || key == parseKey(codeName(grade))) {
                return grade;
            }
        }
    }
    return Result<OrganizationGrade>::failure(
        QCoreApplication::translate("OrganizationGrade", "\"%1\" is not a predikat kinerja organisasi. Use one of: %2.")
            .arg(text.trimmed(),
                QStringLiteral("Istimewa (outstanding), Baik (good), Butuh Perbaikan (needs-improvement), "
                               "Kurang (poor), Sangat Kurang (very-poor)")));
}

} // namespace kinerja
