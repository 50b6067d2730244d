// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CompetencyActivity.h"

#include <QCoreApplication>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Brings a tombstoned kegiatan pengembangan kompetensi back (table competency_activity), for undo: the undo of a
 * removal and the redo of an addition revive the same row, under the same id, so that later edits on the undo
 * stack still find it. Nothing is hard-deleted or re-inserted; the change-capture triggers record the revival as an
 * update (deleted 1 -> 0) in the outbox and the audit log.
 *
 * restore() runs in its own Transaction and refuses, writing nothing, an invalid activity
 * (CompetencyActivity::validate), an activity without an employee, and an id that is unknown or still live.
 * The Database is not owned and must outlive this object.
 */
class CompetencyActivityRestorer
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyActivityRestorer)

public:
    explicit CompetencyActivityRestorer(const Database& database);

    /// Revives the tombstoned row `activity.id` with the values of `activity`; `authorId` (may be null) is written to
    /// updated_by.
    Status restore(const CompetencyActivity& activity, const QUuid& authorId = {});

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
