// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace kinerja {

/**
 * Predikat kinerja organisasi (domain.md 4.4), set per period by the pimpinan above the organisation. It
 * selects the row of the distribution guideline (DistributionGuideline). Declared from best to worst.
 */
enum class OrganizationGrade
{
    Outstanding,
    Good,
    NeedsImprovement,
    Poor,
    VeryPoor
};

/// Every organisation grade, best first.
QList<OrganizationGrade> allOrganizationGrades();

/// The official term, exactly as printed: "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang".
/// Not translated.
QString officialName(OrganizationGrade grade);

/// The stable code for files and JSON: "outstanding", "good", "needs-improvement", "poor", "very-poor".
QString codeName(OrganizationGrade grade);

/**
 * Reads an organisation grade, ignoring case, spaces and punctuation: the official term ("Istimewa",
 * "butuh perbaikan"), the code name ("needs-improvement") or the enum name ("NeedsImprovement").
 * Anything else fails with a translated message that lists the accepted words.
 */
Result<OrganizationGrade> parseOrganizationGrade(const QString& text);

} // namespace kinerja
