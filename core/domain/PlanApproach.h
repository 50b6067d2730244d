// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * Pendekatan hasil kerja, chosen once per SKP (domain.md 2.6). Kuantitatif: each IKI has its own numeric target
 * and satuan. Kualitatif: success measure, target (and, for JPT, perspective) are one narrative per IKI.
 */
enum class PlanApproach
{
    Quantitative, ///< "KUANTITATIF"
    Qualitative ///< "KUALITATIF"
};

QList<PlanApproach> allPlanApproaches();

/// "KUANTITATIF" / "KUALITATIF", as in the form title "PENDEKATAN HASIL KERJA KUANTITATIF". Not translated.
QString officialName(PlanApproach approach);

/// The approach for its official name, in any case; nullopt for anything else.
std::optional<PlanApproach> planApproachFromName(const QString& name);

} // namespace kinerja
