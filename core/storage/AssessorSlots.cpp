// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessorSlots.h"

namespace kinerja {

const QString& AssessorSlots::withClause()
{
    // the acting assignments first (by the person's index), then the heads of their units (by the unit's index); the
    // values come from `arg` through scalar subqueries: a join with it made SQLite scan every assignment for a Bloom
    // filter (about 20 ms on the province file)
    static const QString clause = QStringLiteral(
        "WITH arg (me, today) AS (SELECT ?, ?), "
        "slots (id) AS ("
        "  SELECT arg.me FROM arg UNION SELECT h.employee_id FROM assignment AS h"
        "  WHERE h.is_head = 1 AND h.deleted = 0 AND h.kind = 'definitive' AND h.unit_id IN ("
        "    SELECT acting.unit_id FROM assignment AS acting WHERE acting.employee_id = (SELECT me FROM arg)"
        "      AND acting.starts_on <= (SELECT today FROM arg)"
        "      AND (acting.ends_on IS NULL OR acting.ends_on >= (SELECT today FROM arg))"
        "      AND acting.deleted = 0 AND acting.is_head = 1 AND acting.kind IN ('plt', 'plh'))) ");
    return clause;
}

} // namespace kinerja
