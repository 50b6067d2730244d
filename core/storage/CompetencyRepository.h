// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CompetencyActivity.h"
#include "core/domain/CompetencySummary.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Kegiatan pengembangan kompetensi per employee (table competency_activity; domain.md 7). The year an activity
 * counts for is the year of its date. Every change runs in its own Transaction and refuses an invalid activity
 * (CompetencyActivity::validate) without writing anything. Removed activities are tombstoned and no longer listed.
 * The Database is not owned and must outlive the repository.
 */
class CompetencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyRepository)

public:
    explicit CompetencyRepository(const Database& database);

    /// Stores a new activity (a null id gets a UUIDv7); returns it as stored.
    Result<CompetencyActivity> add(CompetencyActivity activity, const QUuid& authorId = {});
    /// Replaces a stored activity.
    Status update(const CompetencyActivity& activity, const QUuid& authorId = {});
    Status tombstone(const QUuid& activityId, const QUuid& authorId = {});

    /// The live activities of an employee dated in `year`, by date.
    Result<QList<CompetencyActivity>> forEmployee(const QUuid& employeeId, int year) const;
    /// The JP of the year against the 20 JP requirement.
    Result<CompetencySummary> summary(const QUuid& employeeId, int year) const;
    /// The live activities dated in `year` of the employees whose current unit is `unitId` or any unit below it,
    /// by employee, then date (for a unit's recap: group them and CompetencySummary::summarize()).
    Result<QList<CompetencyActivity>> forUnitTree(const QUuid& unitId, int year) const;

private:
    const Database& m_database;
};

} // namespace kinerja
