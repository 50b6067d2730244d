// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace kinerja {

/// What an upsert by natural key did (OrgUnitRepository::save, EmployeeRepository::save).
struct SavedRow
{
    enum class Outcome
    {
        Added, ///< a new row was inserted
        Updated, ///< an existing (or tombstoned, now revived) row had different values and was updated
        Unchanged, ///< the stored row already held exactly these values: nothing was written, no outbox entry
    };

    QUuid id;
    Outcome outcome = Outcome::Unchanged;

    friend bool operator==(const SavedRow&, const SavedRow&) = default;
};

} // namespace kinerja
