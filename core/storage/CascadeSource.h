// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/WorkResult.h"
#include "core/storage/PersonSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Where an SKP may cascade from (domain.md 2.3, "RHK Pimpinan yang Diintervensi"): the approved (ditetapkan) SKPs of
 * the plan's Pejabat Penilai Kinerja whose dates overlap the plan's, with their work results. The same list feeds
 * the cascade picker and PlanValidator (its `assessorResults`).
 *
 * Reads through PlanRepository only (no SQL of its own). The Database is not owned and must outlive this object.
 */
class CascadeSource
{
    Q_DECLARE_TR_FUNCTIONS(CascadeSource)

public:
    /// One approved SKP of the assessor.
    struct SourcePlan
    {
        QUuid planId;
        QDate startDate;
        QDate endDate;
        PersonSnapshot owner; ///< the assessor as snapshotted on their own SKP
        QList<WorkResult> results; ///< main results first, then additional, each kind by order
    };

    explicit CascadeSource(const Database& database);

    /**
     * The approved SKPs of `assessorId` that share at least one day with from..to, newest first. Empty (not an
     * error) for a null assessor or one without an approved SKP in the system.
     */
    Result<QList<SourcePlan>> approvedPlans(const QUuid& assessorId, QDate from, QDate to) const;

    /// Every result of the plans, in order (for PlanValidator::problems()).
    static QList<WorkResult> results(const QList<SourcePlan>& plans);

    /// The result with this id among the plans, or nullptr; valid while `plans` is unchanged.
    static const WorkResult* findResult(const QList<SourcePlan>& plans, const QUuid& resultId);

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
