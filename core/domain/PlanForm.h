// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The SKP form family (domain.md 1.3, 2.5, 2.6). Together with PlanApproach it selects one of the four forms.
 * JPT forms add a Perspektif per IKI and cascade from organisation targets; JA/JF forms name the
 * "RHK Pimpinan yang Diintervensi" for every main RHK.
 */
enum class PlanForm
{
    Jpt, ///< "JPT dan Pimpinan Unit Kerja Mandiri"
    AdministratorFunctional ///< "JA/JF": pejabat administrasi (administrator, pengawas, pelaksana) and fungsional
};

QList<PlanForm> allPlanForms();

/// "JPT dan Pimpinan Unit Kerja Mandiri" / "JA/JF". Not translated.
QString officialName(PlanForm form);

/// The form for its official name, in any case; also accepts the short codes "JPT" and "JA_JF"; nullopt otherwise.
std::optional<PlanForm> planFormFromName(const QString& name);

} // namespace kinerja
