// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReviewQueue.h"

#include "core/storage/AssessorSlots.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

#include <QHash>
#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

// One row per document waiting for whoever fills the slots (AssessorSlots) of the person, oldest first.
const QString kQueue = AssessorSlots::withClause()
    + QStringLiteral(
        "SELECT 0, p.id, p.id, NULL, p.employee_id, p.employee_name, p.employee_nip, p.employee_unit, NULL, "
        "p.starts_on,"
        "  p.ends_on, p.status, p.submitted_at, p.assessor_id <> (SELECT me FROM arg) "
        "FROM performance_plan AS p WHERE p.deleted = 0 AND p.status = 'plan.submitted'"
        "  AND p.assessor_id IN (SELECT id FROM slots) "
        "UNION ALL "
        "SELECT CASE e.status WHEN 'evaluation.submitted' THEN 1 ELSE 2 END, e.id, p.id, e.id, p.employee_id,"
        "  p.employee_name, p.employee_nip, p.employee_unit, e.period_id, e.starts_on, e.ends_on, e.status,"
        "  CASE e.status WHEN 'evaluation.submitted' THEN e.submitted_at ELSE e.rated_at END,"
        "  p.assessor_id <> (SELECT me FROM arg) "
        "FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
        "WHERE e.deleted = 0 AND p.deleted = 0 AND e.status IN ('evaluation.submitted', 'evaluation.rated')"
        "  AND p.assessor_id IN (SELECT id FROM slots) "
        "UNION ALL "
        "SELECT 3, o.id, p.id, e.id, p.employee_id, p.employee_name, p.employee_nip, p.employee_unit, e.period_id,"
        "  e.starts_on, e.ends_on, o.status, o.filed_at, p.second_assessor_id <> (SELECT me FROM arg) "
        // objections are few: read them first (CROSS JOIN keeps SQLite from scanning every evaluation instead)
        "FROM objection AS o CROSS JOIN evaluation AS e ON e.id = o.evaluation_id "
        "CROSS JOIN performance_plan AS p ON p.id = e.plan_id "
        "WHERE o.deleted = 0 AND e.deleted = 0 AND o.status = 'objection.filed'"
        "  AND p.second_assessor_id IN (SELECT id FROM slots) "
        "ORDER BY 13, 2");

} // namespace

ReviewQueue::ReviewQueue(const Database& database)
    : m_database(database)
{ }

Result<QList<ReviewQueue::Item>> ReviewQueue::waitingFor(const QUuid& assessorId, QDate today) const
{
    using R = Result<QList<Item>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, kQueue, {V::id(assessorId), V::date(today)}, "read the review queue")) {
        return R::failure(tr("The documents waiting for you could not be read."));
    }
    QList<Item> items;
    QHash<QString, QString> labels; // period id -> label
    const PeriodRepository periods(m_database);
    while (query.next()) {
        Item item;
        item.kind = static_cast<Kind>(query.value(0).toInt());
        item.documentId = V::toId(query.value(1));
        item.planId = V::toId(query.value(2));
        item.evaluationId = V::toId(query.value(3));
        item.employeeId = V::toId(query.value(4));
        item.employeeName = query.value(5).toString();
        item.employeeNip = query.value(6).toString();
        item.employeeUnit = query.value(7).toString();
        const auto periodId = query.value(8).toString();
        if (!periodId.isEmpty()) {
            if (!labels.contains(periodId)) {
                const auto period = periods.find(Uuid::fromText(periodId));
                labels.insert(periodId, period && *period ? (*period)->label() : QString());
            }
            item.periodLabel = labels.value(periodId);
        }
        item.periodStart = V::toDate(query.value(9));
        item.periodEnd = V::toDate(query.value(10));
        item.state = workflowStateFromCode(query.value(11).toString()).value_or(WorkflowState::PlanSubmitted);
        item.since = V::toTimestamp(query.value(12));
        item.acting = query.value(13).toInt() == 1;
        items.append(item);
    }
    return items;
}

ReviewQueue::Counts ReviewQueue::count(const QList<Item>& items)
{
    Counts counts;
    for (const auto& item : items) {
        switch (item.kind) {
        case Kind::PlanToApprove:
            ++counts.plans;
            break;
        case Kind::EvaluationToRate:
            ++counts.toRate;
            break;
        case Kind::EvaluationToFinalize:
            ++counts.toFinalize;
            break;
        case Kind::ObjectionToDecide:
            ++counts.objections;
            break;
        }
    }
    return counts;
}

QString ReviewQueue::displayName(Kind kind)
{
    switch (kind) {
    case Kind::PlanToApprove:
        return tr("Approve SKP");
    case Kind::EvaluationToRate:
        return tr("Rate");
    case Kind::EvaluationToFinalize:
        return tr("Finalize");
    case Kind::ObjectionToDecide:
        return tr("Decide objection");
    }
    return {};
}

} // namespace kinerja
