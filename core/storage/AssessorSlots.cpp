// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessorSlots.h"

namespace kinerja {

const QString& AssessorSlots::withClause()
{
    static const QString clause =
        QStringLiteral("WITH arg (me, today) AS (SELECT ?, ?), "
                       "slots (id) AS ("
                       "  SELECT arg.me FROM arg UNION SELECT h.employee_id FROM assignment AS acting"
                       "  JOIN assignment AS h ON h.unit_id = acting.unit_id AND h.is_head = 1 AND h.deleted = 0"
                       "    AND h.kind = 'definitive'"
                       "  JOIN arg ON acting.employee_id = arg.me AND acting.starts_on <= arg.today"
                       "    AND (acting.ends_on IS NULL OR acting.ends_on >= arg.today)"
                       "  WHERE acting.deleted = 0 AND acting.is_head = 1 AND acting.kind IN ('plt', 'plh')) ");
    return clause;
}

} // namespace kinerja
