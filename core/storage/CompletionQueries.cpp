// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompletionQueries.h"

#include "core/domain/Employee.h"
#include "core/domain/Nip.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace kinerja {

namespace {

using V = DocumentValues;

// The SKP deadline of a plan start: PeriodSchedule::planApprovalDeadline() (QDate::addMonths(1) clamps to the end of
// the next month, SQLite's '+1 month' would overflow into the month after), then the day before.
#define KINERJA_PLAN_DEADLINE(start)                                                                                   \
    "date(min(date(" start ", '+1 month'), date(" start ", 'start of month', '+2 months', '-1 day')), '-1 day')"

#define KINERJA_SUBMITTED_STATES                                                                                       \
    "('evaluation.submitted', 'evaluation.rated', 'evaluation.finalized', 'evaluation.objected', 'evaluation.final')"
#define KINERJA_GRADED_STATES "('evaluation.finalized', 'evaluation.objected', 'evaluation.final')"

/*
 * One row per counted person (`st`): plan and evaluation with their stage (CompletionQueries::Stage as a number) and
 * lateness. Placeholders: year, period id (or NULL), today, unit id (or NULL: everyone).
 */
const QString kPersonRows = QStringLiteral(
    "WITH RECURSIVE arg (y, period, today, unit) AS (SELECT ?, ?, ?, ?), "
    "sub (id) AS (SELECT id FROM org_unit WHERE id = (SELECT unit FROM arg) "
    "  UNION ALL SELECT u.id FROM org_unit AS u JOIN sub ON u.parent_id = sub.id), "
    "per AS (SELECT id, entry_deadline FROM assessment_period WHERE id = (SELECT period FROM arg) AND deleted = 0), "
    "pr AS (SELECT e.id AS employee_id, e.unit_id AS unit_id, p.id AS plan_id, p.status AS plan_status,"
    "  CASE WHEN p.id IS NULL THEN printf('%04d-01-31', (SELECT y FROM arg)) "
    "    ELSE " KINERJA_PLAN_DEADLINE(
        "p.starts_on") " END AS plan_deadline,"
                       "  date(p.approved_at, 'localtime') AS approved_on, v.id AS evaluation_id, v.status AS "
                       "evaluation_status,"
                       "  CASE WHEN (SELECT id FROM per) IS NULL THEN NULL"
                       "    ELSE nullif(max(coalesce(v.extended_until, ''), coalesce((SELECT entry_deadline FROM per), "
                       "'')), '') END"
                       "    AS evaluation_deadline,"
                       "  date(v.submitted_at, 'localtime') AS submitted_on "
                       "  FROM employee AS e "
                       "  LEFT JOIN performance_plan AS p ON p.id = (SELECT q.id FROM performance_plan AS q "
                       "    WHERE q.employee_id = e.id AND q.year = (SELECT y FROM arg) AND q.deleted = 0 "
                       "    AND q.status <> 'plan.superseded' ORDER BY q.starts_on DESC, q.revision DESC LIMIT 1) "
                       "  LEFT JOIN evaluation AS v ON v.plan_id = p.id AND v.period_id = (SELECT id FROM per) AND "
                       "v.deleted = 0 "
                       "  WHERE e.deleted = 0 AND e.active = 1 AND e.employee_kind IN ('pns', 'pppk') "
                       "  AND ((SELECT unit FROM arg) IS NULL OR e.unit_id IN (SELECT id FROM sub))), "
                       "st AS (SELECT pr.*,"
                       "  CASE WHEN plan_id IS NULL THEN 0 WHEN plan_status = 'plan.submitted' THEN 2"
                       "    WHEN plan_status = 'plan.approved' THEN 3 ELSE 1 END AS plan_stage,"
                       "  CASE WHEN plan_status = 'plan.approved' THEN coalesce(approved_on > plan_deadline, 0)"
                       "    ELSE (SELECT today FROM arg) > plan_deadline END AS plan_late,"
                       "  CASE WHEN evaluation_status = 'evaluation.rated' THEN 5"
                       "    WHEN evaluation_status IN " KINERJA_GRADED_STATES " THEN 6 ELSE 4 END AS evaluation_stage,"
                       "  CASE WHEN evaluation_deadline IS NULL THEN 0"
                       "    WHEN evaluation_status IN " KINERJA_SUBMITTED_STATES
                       " THEN coalesce(submitted_on > evaluation_deadline, 0)"
                       "    ELSE (SELECT today FROM arg) > evaluation_deadline END AS evaluation_late "
                       "  FROM pr) ");

const QString kUnitCounts = kPersonRows
    + QStringLiteral("SELECT unit_id, count(*), sum(plan_stage = 0), sum(plan_stage = 1),"
                     " sum(plan_status = 'plan.returned'), sum(plan_stage = 2), sum(plan_stage = 3), sum(plan_late),"
                     " sum(evaluation_stage = 4), sum(evaluation_status = 'evaluation.submitted'),"
                     " sum(evaluation_stage = 5), sum(evaluation_stage = 6), sum(evaluation_late) "
                     "FROM st GROUP BY unit_id");

// Then: stage (or NULL), limit, offset.
const QString kPeople = kPersonRows
    + QStringLiteral(
        ", flt (stage) AS (SELECT ?) "
        "SELECT st.employee_id, e.name, e.title_prefix, e.title_suffix, e.nip, e.position_name, st.unit_id, u.name,"
        " p.assessor_name, st.plan_id, st.plan_status, st.plan_deadline, st.plan_late, st.evaluation_id,"
        " st.evaluation_status, st.evaluation_deadline, st.evaluation_late "
        "FROM st JOIN employee AS e ON e.id = st.employee_id LEFT JOIN org_unit AS u ON u.id = st.unit_id "
        "LEFT JOIN performance_plan AS p ON p.id = st.plan_id "
        "WHERE (SELECT stage FROM flt) IS NULL OR st.plan_stage = (SELECT stage FROM flt)"
        " OR st.evaluation_stage = (SELECT stage FROM flt) "
        "ORDER BY u.sort_order, u.name, st.unit_id, e.name, e.id LIMIT ? OFFSET ?");

const QString kUnits =
    QStringLiteral("SELECT id, parent_id, name, kind FROM org_unit WHERE deleted = 0 ORDER BY sort_order, name, id");

const QString kYears =
    QStringLiteral("SELECT DISTINCT year FROM performance_plan WHERE deleted = 0 "
                   "UNION SELECT DISTINCT year FROM assessment_period WHERE deleted = 0 ORDER BY 1 DESC");

// The current SKPs of each year in the unit (and below; NULL: everywhere). Placeholders: unit, today.
const QString kYearPlans =
    QStringLiteral("WITH RECURSIVE arg (unit, today) AS (SELECT ?, ?), "
                   "sub (id) AS (SELECT id FROM org_unit WHERE id = (SELECT unit FROM arg) "
                   "  UNION ALL SELECT u.id FROM org_unit AS u JOIN sub ON u.parent_id = sub.id), "
                   "cur AS MATERIALIZED (SELECT p.id, p.year, p.status, " KINERJA_PLAN_DEADLINE(
                       "p.starts_on") " AS deadline,"
                                      "  date(p.approved_at, 'localtime') AS approved_on FROM performance_plan AS p "
                                      "  WHERE p.deleted = 0 AND p.status <> 'plan.superseded' "
                                      "  AND ((SELECT unit FROM arg) IS NULL OR p.unit_id IN (SELECT id FROM sub)) "
                                      "  AND p.id = (SELECT q.id FROM performance_plan AS q WHERE q.employee_id = "
                                      "p.employee_id AND q.year = p.year "
                                      "    AND q.deleted = 0 AND q.status <> 'plan.superseded' ORDER BY q.starts_on "
                                      "DESC, q.revision DESC LIMIT 1)) ");

// One pass (the current SKPs are read once): part 0 counts the SKPs per year, part 1 their evaluations.
const QString kYearCounts = kYearPlans
    + QStringLiteral(
        ", ev AS (SELECT c.year, v.status, v.grade, a.cadence,"
        "  nullif(max(coalesce(v.extended_until, ''), coalesce(a.entry_deadline, '')), '') AS deadline,"
        "  date(v.submitted_at, 'localtime') AS submitted_on "
        "  FROM cur AS c JOIN evaluation AS v ON v.plan_id = c.id AND v.deleted = 0 "
        "  JOIN assessment_period AS a ON a.id = v.period_id) "
        "SELECT 0, year, count(*), sum(status = 'plan.approved' OR (SELECT today FROM arg) > deadline),"
        " sum(status = 'plan.approved' AND approved_on <= deadline), 0, 0, 0, 0, 0 FROM cur GROUP BY year "
        "UNION ALL "
        "SELECT 1, year,"
        " sum(deadline IS NOT NULL AND (status IN " KINERJA_SUBMITTED_STATES " OR (SELECT today FROM arg) > deadline)),"
        " sum(deadline IS NOT NULL AND status IN " KINERJA_SUBMITTED_STATES " AND submitted_on <= deadline),"
        " sum(cadence = 'TAHUNAN' AND status IN " KINERJA_GRADED_STATES " AND grade = 'very-good'),"
        " sum(cadence = 'TAHUNAN' AND status IN " KINERJA_GRADED_STATES " AND grade = 'good'),"
        " sum(cadence = 'TAHUNAN' AND status IN " KINERJA_GRADED_STATES " AND grade = 'needs-improvement'),"
        " sum(cadence = 'TAHUNAN' AND status IN " KINERJA_GRADED_STATES " AND grade = 'poor-misconduct'),"
        " sum(cadence = 'TAHUNAN' AND status IN " KINERJA_GRADED_STATES " AND grade = 'very-poor'), 0 "
        "FROM ev GROUP BY year ORDER BY 1, 2");

#undef KINERJA_PLAN_DEADLINE
#undef KINERJA_SUBMITTED_STATES
#undef KINERJA_GRADED_STATES

QVariant nullableId(const QUuid& id)
{
    return V::id(id);
}

std::optional<WorkflowState> stateOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : workflowStateFromCode(value.toString());
}

QString personName(const QString& name, const QString& front, const QString& back)
{
    Employee employee;
    employee.name = name;
    employee.frontTitles = front;
    employee.backTitles = back;
    return employee.fullName();
}

QString formattedNip(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    const auto nip = Nip::parse(text);
    return nip ? nip->formatted() : text;
}

} // namespace

QList<CompletionQueries::Stage> CompletionQueries::allStages()
{
    return {Stage::NoPlan, Stage::PlanNotSubmitted, Stage::PlanSubmitted, Stage::PlanApproved,
        Stage::EvaluationNotRated, Stage::EvaluationRated, Stage::EvaluationFinalized};
}

bool CompletionQueries::isEvaluationStage(Stage stage)
{
    return stage == Stage::EvaluationNotRated || stage == Stage::EvaluationRated || stage == Stage::EvaluationFinalized;
}

int CompletionQueries::Counts::count(Stage stage) const
{
    switch (stage) {
    case Stage::NoPlan:
        return noPlan;
    case Stage::PlanNotSubmitted:
        return planNotSubmitted;
    case Stage::PlanSubmitted:
        return planSubmitted;
    case Stage::PlanApproved:
        return planApproved;
    case Stage::EvaluationNotRated:
        return evaluationNotRated;
    case Stage::EvaluationRated:
        return evaluationRated;
    case Stage::EvaluationFinalized:
        return evaluationFinalized;
    }
    return 0;
}

CompletionQueries::Counts& CompletionQueries::Counts::operator+=(const Counts& other)
{
    people += other.people;
    noPlan += other.noPlan;
    planNotSubmitted += other.planNotSubmitted;
    planReturned += other.planReturned;
    planSubmitted += other.planSubmitted;
    planApproved += other.planApproved;
    planLate += other.planLate;
    evaluationNotRated += other.evaluationNotRated;
    evaluationSubmitted += other.evaluationSubmitted;
    evaluationRated += other.evaluationRated;
    evaluationFinalized += other.evaluationFinalized;
    evaluationLate += other.evaluationLate;
    return *this;
}

CompletionQueries::Stage CompletionQueries::Person::planStage() const
{
    if (!planState) {
        return Stage::NoPlan;
    }
    switch (*planState) {
    case WorkflowState::PlanSubmitted:
        return Stage::PlanSubmitted;
    case WorkflowState::PlanApproved:
        return Stage::PlanApproved;
    default:
        return Stage::PlanNotSubmitted;
    }
}

std::optional<CompletionQueries::Stage> CompletionQueries::Person::evaluationStage(bool withPeriod) const
{
    if (!withPeriod) {
        return std::nullopt;
    }
    if (!evaluationState) {
        return Stage::EvaluationNotRated;
    }
    switch (*evaluationState) {
    case WorkflowState::EvaluationRated:
        return Stage::EvaluationRated;
    case WorkflowState::EvaluationFinalized:
    case WorkflowState::EvaluationObjected:
    case WorkflowState::EvaluationFinal:
        return Stage::EvaluationFinalized;
    default:
        return Stage::EvaluationNotRated;
    }
}

CompletionQueries::CompletionQueries(const Database& database, ActorRoleSet viewerRoles)
    : m_database(database)
    , m_roles(std::move(viewerRoles))
{ }

Status CompletionQueries::checkAllowed() const
{
    return Permissions(m_roles).canView();
}

QString CompletionQueries::unitCountsSql()
{
    return kUnitCounts;
}

Result<QList<int>> CompletionQueries::years() const
{
    using R = Result<QList<int>>;
    if (auto allowed = checkAllowed(); !allowed) {
        return R::failure(allowed.error());
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, kYears, {}, "read the years of the completion dashboard")) {
        return R::failure(tr("The years could not be read."));
    }
    QList<int> years;
    while (query.next()) {
        years.append(query.value(0).toInt());
    }
    return years;
}

Result<CompletionQueries::Dashboard> CompletionQueries::dashboard(int year, const QUuid& periodId, QDate today) const
{
    using R = Result<Dashboard>;
    if (auto allowed = checkAllowed(); !allowed) {
        return R::failure(allowed.error());
    }
    const auto readError = [] { return R::failure(tr("The completion of the SKPs could not be read.")); };

    Dashboard dashboard;
    dashboard.year = year;
    dashboard.periodId = periodId;
    dashboard.today = today;

    // Counts per unit (one pass over the people).
    QHash<QString, Counts> byUnit;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        const QVariant noUnit(QMetaType::fromType<QString>());
        if (!sql::exec(query, kUnitCounts, {year, nullableId(periodId), V::date(today), noUnit},
                "count the completion per unit")) {
            return readError();
        }
        while (query.next()) {
            Counts counts;
            counts.people = query.value(1).toInt();
            counts.noPlan = query.value(2).toInt();
            counts.planNotSubmitted = query.value(3).toInt();
            counts.planReturned = query.value(4).toInt();
            counts.planSubmitted = query.value(5).toInt();
            counts.planApproved = query.value(6).toInt();
            counts.planLate = query.value(7).toInt();
            counts.evaluationNotRated = query.value(8).toInt();
            counts.evaluationSubmitted = query.value(9).toInt();
            counts.evaluationRated = query.value(10).toInt();
            counts.evaluationFinalized = query.value(11).toInt();
            counts.evaluationLate = query.value(12).toInt();
            byUnit.insert(query.value(0).toString(), counts);
            dashboard.all += counts;
        }
    }

    // The tree, depth first.
    struct Node
    {
        QUuid id;
        QUuid parentId;
        QString name;
        QString kind;
    };
    QList<Node> nodes;
    QHash<QUuid, QList<int>> children; // parent id (null for roots) -> node indexes in sort order
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!sql::exec(query, kUnits, {}, "read the units of the completion dashboard")) {
            return readError();
        }
        while (query.next()) {
            nodes.append({V::toId(query.value(0)), V::toId(query.value(1)), query.value(2).toString(),
                query.value(3).toString()});
        }
    }
    QSet<QUuid> known;
    for (const auto& node : nodes) {
        known.insert(node.id);
    }
    for (int i = 0; i < nodes.size(); ++i) {
        // A parent that is removed (or missing) makes the unit a root rather than hiding it.
        const QUuid parent = known.contains(nodes[i].parentId) ? nodes[i].parentId : QUuid();
        nodes[i].parentId = parent;
        children[parent].append(i);
    }
    const std::function<Counts(int, int)> visit = [&](int index, int depth) -> Counts {
        const Node& node = nodes[index];
        const qsizetype row = dashboard.units.size();
        UnitRow unit;
        unit.unitId = node.id;
        unit.parentId = node.parentId;
        unit.name = node.name;
        unit.kindCode = node.kind;
        unit.depth = depth;
        unit.own = byUnit.take(Uuid::toText(node.id));
        dashboard.units.append(unit);
        Counts total = dashboard.units[row].own;
        for (const int child : children.value(node.id)) {
            total += visit(child, depth + 1);
        }
        dashboard.units[row].total = total;
        return total;
    };
    // A cycle in parent_id would leave units unvisited; they are simply not shown (the OrgUnitRepository refuses it).
    for (const int root : children.value(QUuid())) {
        visit(root, 0);
    }
    for (const auto& rest : std::as_const(byUnit)) {
        dashboard.withoutUnit += rest.people; // no unit, or a unit that is removed
    }
    return dashboard;
}

Result<QList<CompletionQueries::Person>> CompletionQueries::people(const PeopleFilter& filter) const
{
    using R = Result<QList<Person>>;
    if (auto allowed = checkAllowed(); !allowed) {
        return R::failure(allowed.error());
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QVariant stage =
        filter.stage ? QVariant(static_cast<int>(*filter.stage)) : QVariant(QMetaType::fromType<int>());
    if (!sql::exec(query, kPeople,
            {filter.year, nullableId(filter.periodId), V::date(filter.today), nullableId(filter.unitId), stage,
                filter.limit < 0 ? -1 : filter.limit, std::max(0, filter.offset)},
            "list the people of the completion dashboard")) {
        return R::failure(tr("The list of people could not be read."));
    }
    QList<Person> people;
    while (query.next()) {
        Person person;
        person.employeeId = V::toId(query.value(0));
        person.name = personName(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        person.nip = formattedNip(query.value(4).toString());
        person.position = query.value(5).toString();
        person.unitId = V::toId(query.value(6));
        person.unitName = query.value(7).toString();
        person.assessorName = query.value(8).toString();
        person.planId = V::toId(query.value(9));
        person.planState = stateOf(query.value(10));
        person.planDeadline = V::toDate(query.value(11));
        person.planLate = query.value(12).toInt() != 0;
        person.evaluationId = V::toId(query.value(13));
        person.evaluationState = stateOf(query.value(14));
        person.evaluationDeadline = V::toDate(query.value(15));
        person.evaluationLate = query.value(16).toInt() != 0;
        people.append(person);
    }
    return people;
}

Result<QList<CompletionQueries::YearRow>> CompletionQueries::yearOverYear(const QUuid& unitId, QDate today) const
{
    using R = Result<QList<YearRow>>;
    if (auto allowed = checkAllowed(); !allowed) {
        return R::failure(allowed.error());
    }
    const auto readError = [] { return R::failure(tr("The completion of earlier years could not be read.")); };
    QList<YearRow> rows;
    QHash<int, qsizetype> rowOfYear;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(
            query, kYearCounts, {nullableId(unitId), V::date(today)}, "count the SKPs and evaluations per year")) {
        return readError();
    }
    const QList<PerformanceGrade> grades {PerformanceGrade::VeryGood, PerformanceGrade::Good,
        PerformanceGrade::NeedsImprovement, PerformanceGrade::PoorMisconduct, PerformanceGrade::VeryPoor};
    while (query.next()) {
        const int year = query.value(1).toInt();
        if (query.value(0).toInt() == 0) {
            YearRow row;
            row.year = year;
            row.plans = query.value(2).toInt();
            row.plansDue = query.value(3).toInt();
            row.plansOnTime = query.value(4).toInt();
            rowOfYear.insert(row.year, rows.size());
            rows.append(row);
            continue;
        }
        const auto found = rowOfYear.constFind(year); // the plans of a year come before its evaluations
        if (found == rowOfYear.constEnd()) {
            continue;
        }
        YearRow& row = rows[*found];
        row.evaluationsDue = query.value(2).toInt();
        row.evaluationsOnTime = query.value(3).toInt();
        for (int i = 0; i < grades.size(); ++i) {
            const int count = query.value(4 + i).toInt();
            if (count > 0) {
                row.grades.insert(grades[i], count);
                row.annualGraded += count;
            }
        }
    }
    return rows;
}

} // namespace kinerja
