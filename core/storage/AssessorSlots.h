// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/**
 * Whose assessor slot a person fills on a day: their own, and that of the definitive head of every unit where they
 * hold a current Plt./Plh. head assignment (the same rule as the shared database's kinerja.stands_for). A plan names
 * its Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja; whoever fills that slot today acts as them.
 *
 * The local queries that need the rule (ReviewQueue, AssessorTeam, AssessorDesk) start with withClause(), so the rule
 * is written once on this side.
 */
class AssessorSlots
{
public:
    AssessorSlots() = delete;

    /**
     * "WITH arg (me, today) AS (SELECT ?, ?), slots (id) AS (...)": the two placeholders take the person's id and the
     * day (DocumentValues::id and ::date), bound first; `slots` holds the ids whose slot the person fills. Qt binds
     * placeholders by position only, so a query refers to the person as `(SELECT me FROM arg)`.
     */
    static const QString& withClause();
};

} // namespace kinerja
