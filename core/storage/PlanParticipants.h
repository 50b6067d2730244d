// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PersonSnapshot.h"

#include <QUuid>

namespace kinerja {

/**
 * The three people of an SKP or an evaluation as they were: the Pegawai yang Dinilai, the Pejabat Penilai
 * Kinerja and the Atasan Pejabat Penilai Kinerja (domain.md 1.1), plus the pegawai's unit. The ids point at the
 * live rows (employee, org_unit); the snapshots are what is printed. The caller builds the snapshots from the
 * employee and assignment on the document date (PersonSnapshot::of), so this storage does not depend on how
 * people are looked up.
 */
struct PlanParticipants
{
    QUuid unitId; ///< the pegawai's org unit on the start date; null when unknown
    PersonSnapshot employee;
    PersonSnapshot assessor;
    PersonSnapshot secondAssessor; ///< empty when there is none (e.g. the Sekda's assessor is the governor)

    friend bool operator==(const PlanParticipants&, const PlanParticipants&) = default;
};

} // namespace kinerja
