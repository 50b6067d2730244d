// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FirstScreenQueries.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

QString FirstScreenQueries::currentPlanSql()
{
    return QStringLiteral("SELECT id, status, starts_on, ends_on, assessor_name FROM performance_plan "
                          "WHERE employee_id = ? AND year = ? AND deleted = 0 ORDER BY starts_on DESC, revision DESC "
                          "LIMIT 1");
}

QString FirstScreenQueries::planContentSql()
{
    return QStringLiteral(
        "SELECT w.id, w.kind, w.description, w.parent_result_id, i.id, i.aspect, i.description, i.target_min, "
        "i.unit, i.direction FROM work_result AS w LEFT JOIN indicator AS i ON i.work_result_id = w.id AND "
        "i.deleted = 0 WHERE w.plan_id = ? AND w.deleted = 0 ORDER BY w.kind, w.sort_order, i.sort_order");
}

QString FirstScreenQueries::planEvaluationsSql()
{
    return QStringLiteral("SELECT e.id, p.cadence, p.number, e.status, e.result_rating, e.behavior_rating, e.grade, "
                          "(SELECT count(*) FROM realization AS r WHERE r.evaluation_id = e.id AND r.deleted = 0) "
                          "FROM evaluation AS e JOIN assessment_period AS p ON p.id = e.period_id "
                          "WHERE e.plan_id = ? AND e.deleted = 0 ORDER BY p.starts_on, p.number");
}

QString FirstScreenQueries::assessorQueueSql()
{
    return QStringLiteral(
        "SELECT 'plan', p.id, p.employee_name, p.submitted_at FROM performance_plan AS p "
        "WHERE p.assessor_id = ? AND p.year = ? AND p.status = 'plan.submitted' AND p.deleted = 0 "
        "UNION ALL "
        "SELECT 'evaluation', e.id, e.employee_name, e.submitted_at FROM performance_plan AS p "
        "JOIN evaluation AS e ON e.plan_id = p.id "
        "WHERE p.assessor_id = ? AND p.year = ? AND e.status = 'evaluation.submitted' AND e.deleted = 0 "
        "ORDER BY 4");
}

QString FirstScreenQueries::unitCompletionSql()
{
    return QStringLiteral(
        "SELECT u.id, u.name, count(p.status), coalesce(sum(p.status = 'plan.draft'), 0), "
        "coalesce(sum(p.status = 'plan.submitted'), 0), coalesce(sum(p.status = 'plan.returned'), 0), "
        "coalesce(sum(p.status = 'plan.approved'), 0) FROM org_unit AS u "
        "LEFT JOIN performance_plan AS p ON p.unit_id = u.id AND p.year = ? AND p.deleted = 0 "
        "WHERE u.deleted = 0 GROUP BY u.id ORDER BY u.sort_order, u.name");
}

qint64 FirstScreenQueries::run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcDb).noquote() << "first screen query: prepare failed:" << query.lastError().text();
        return -1;
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "first screen query failed:" << query.lastError().text();
        return -1;
    }
    qint64 rows = 0;
    while (query.next()) {
        ++rows;
    }
    return rows;
}

} // namespace kinerja
