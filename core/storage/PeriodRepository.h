// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/DeadlinePolicy.h"
#include "core/domain/EvaluationCadence.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * Periode penilaian (table `assessment_period`, OWNER admin; its `name` is the printed label,
 * AssessmentPeriod::label(), the agency's own wording when customLabel is set). The periods of a year come from
 * PeriodSchedule: the periodic ones of a cadence (cadence code AssessmentPeriod::typeCode(): "BULANAN", "TRIWULANAN",
 * "SEMESTER") and the annual one ("TAHUNAN", number 0), which every cadence of the year shares. Ids are
 * Uuid::forPeriod(year, typeCode(), number), so every device and the server derive the same rows; an agency uses the
 * periods of the cadence it chose for the year.
 *
 * Each change runs in its own Transaction (the caller must not hold one). The admin role is checked by the caller
 * (Permissions); this class only stores.
 */
class PeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeriodRepository)

public:
    /// `database` is not owned and must outlive the repository.
    explicit PeriodRepository(const Database& database);

    /// The row id of a period: Uuid::forPeriod(year, typeCode(), number).
    static QUuid idOf(const AssessmentPeriod& period);
    /// idOf() without a period at hand; nullopt cadence for the annual period (number 0).
    static QUuid idOf(int year, std::optional<EvaluationCadence> cadence, int number);

    /**
     * Creates the periods of `year` for `cadence` (PeriodSchedule::forYear) with the default deadlines of `policy`,
     * plus the annual period. Idempotent: periods that exist already are kept as they are (deadline, lock).
     * Returns the year's periods of that cadence, then the annual one, as stored.
     */
    Result<QList<AssessmentPeriod>> createYear(
        int year, EvaluationCadence cadence, const DeadlinePolicy& policy = DeadlinePolicy());
    /// Sets the batas pengisian (inclusive); an invalid date removes it (never late).
    Status setDeadline(const QUuid& periodId, QDate deadline);
    /// Locks (no more entries, whatever the date) or unlocks a period.
    Status setLocked(const QUuid& periodId, bool locked);
    /// Sets the label printed instead of the standard one; empty restores the standard label.
    Status setCustomLabel(const QUuid& periodId, const QString& label);

    /// The period, nullopt when there is none or it was removed.
    Result<std::optional<AssessmentPeriod>> find(const QUuid& periodId) const;
    /// Every period of the year: by cadence code and number, the annual period last.
    Result<QList<AssessmentPeriod>> periodsOfYear(int year) const;
    /// The periodic periods of one cadence in calendar order, then the annual period.
    Result<QList<AssessmentPeriod>> periodsOfYear(int year, EvaluationCadence cadence) const;

private:
    Result<QList<AssessmentPeriod>> select(const QString& where, std::initializer_list<QVariant> values) const;
    Status updateOne(const QString& statement, std::initializer_list<QVariant> values, const char* what);

    const Database& m_database; // not owned
};

} // namespace kinerja
