// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/UnitDistribution.h"

#include "core/Logging.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

QString readError()
{
    return UnitDistribution::tr("The distribution of the grades could not be read from the database.");
}

} // namespace

UnitDistribution::UnitDistribution(const Database& database)
    : m_database(database)
{ }

Result<UnitDistribution::Distribution> UnitDistribution::of(
    const QUuid& unitId, const QUuid& periodId, Scope scope) const
{
    const auto db = m_database.connection();
    const QVariant year =
        sql::scalar(db, QStringLiteral("SELECT year FROM assessment_period WHERE id = ? AND deleted = 0"),
            {Uuid::toText(periodId)}, "read the year of a period for a distribution");
    if (!year.isValid()) {
        return Result<Distribution>::failure(tr("The assessment period does not exist or was removed."));
    }
    const QVariant unit = sql::scalar(db, QStringLiteral("SELECT 1 FROM org_unit WHERE id = ?"), {Uuid::toText(unitId)},
        "check the unit of a distribution");
    if (!unit.isValid()) {
        return Result<Distribution>::failure(tr("The unit does not exist."));
    }

    // The SKPs by the units' index, then the one evaluation of each. The units are asked for with IN (a join with
    // the scope made SQLite scan the SKPs and the evaluations of the whole file for Bloom filters: 80 ms against 1 ms
    // for an OPD of the province file). UNION (not UNION ALL) stops at a unit seen before, so a parent loop in bad
    // data cannot run forever.
    const QString units = scope == Scope::WithSubUnits
        ? QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT ? UNION "
                         "SELECT o.id FROM org_unit AS o JOIN scope ON o.parent_id = scope.id) ")
        : QStringLiteral("WITH scope(id) AS (SELECT ?) ");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query,
            units
                + QStringLiteral("SELECT e.grade, e.status, count(*) FROM performance_plan AS p "
                                 "CROSS JOIN evaluation AS e ON e.plan_id = p.id AND e.period_id = ? AND e.deleted = 0 "
                                 "WHERE p.unit_id IN (SELECT id FROM scope) AND p.year = ? AND p.deleted = 0 "
                                 "GROUP BY e.grade, e.status"),
            {Uuid::toText(unitId), Uuid::toText(periodId), year}, "count the grades of a unit")) {
        return Result<Distribution>::failure(readError());
    }
    const QString rated = codeName(WorkflowState::EvaluationRated);
    const QString objected = codeName(WorkflowState::EvaluationObjected);
    const QString finalized = codeName(WorkflowState::EvaluationFinalized);
    const QString finalState = codeName(WorkflowState::EvaluationFinal);
    Distribution distribution;
    distribution.unitId = unitId;
    distribution.periodId = periodId;
    distribution.scope = scope;
    while (query.next()) {
        const int count = query.value(2).toInt();
        distribution.headcount += count;
        if (query.value(0).isNull()) {
            continue;
        }
        const QString status = query.value(1).toString();
        const bool settled = status == finalized || status == finalState;
        if (!settled && status != rated && status != objected) {
            continue; // a grade left on a returned or resubmitted evaluation is not a grade yet
        }
        const auto grade = parsePerformanceGrade(query.value(0).toString());
        if (!grade) {
            qCWarning(lcDb) << "unknown grade code in evaluation" << query.value(0);
            return Result<Distribution>::failure(readError());
        }
        distribution.counts.setCount(*grade, distribution.counts.count(*grade) + count);
        if (settled) {
            distribution.settledCounts.setCount(*grade, distribution.settledCounts.count(*grade) + count);
        }
    }
    return distribution;
}

} // namespace kinerja
