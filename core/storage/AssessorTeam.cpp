// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessorTeam.h"

#include "core/storage/AssessorSlots.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kPeriods = AssessorSlots::withClause()
    + QStringLiteral("SELECT ap.id, ap.name, ap.starts_on, ap.ends_on, count(*),"
                     "  sum(e.status IN ('evaluation.submitted', 'evaluation.rated')) "
                     "FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                     "JOIN assessment_period AS ap ON ap.id = e.period_id "
                     "WHERE e.deleted = 0 AND p.deleted = 0 AND p.assessor_id IN (SELECT id FROM slots) "
                     "GROUP BY ap.id ORDER BY ap.ends_on DESC, ap.starts_on ASC");

const QString kMembers = AssessorSlots::withClause()
    + QStringLiteral(
        "SELECT e.id, p.id, p.employee_id, p.employee_name, p.employee_nip, p.employee_position, e.status,"
        "  e.result_rating, e.behavior_rating, e.grade, e.note, p.assessor_id <> (SELECT me FROM arg),"
        "  COALESCE((SELECT g.grade FROM organization_grade AS g WHERE g.unit_id = p.unit_id"
        "    AND g.period_id = e.period_id AND g.deleted = 0), e.organization_grade) "
        "FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
        "WHERE e.deleted = 0 AND p.deleted = 0 AND e.period_id = ? AND p.assessor_id IN (SELECT id FROM slots) "
        "ORDER BY p.employee_name COLLATE NOCASE, p.employee_nip");

} // namespace

AssessorTeam::AssessorTeam(const Database& database)
    : m_database(database)
{ }

Result<QList<AssessorTeam::Period>> AssessorTeam::periods(const QUuid& assessorId, QDate today) const
{
    using R = Result<QList<Period>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, kPeriods, {V::id(assessorId), V::date(today)}, "read the team's periods")) {
        return R::failure(tr("The periods of your team could not be read."));
    }
    QList<Period> periods;
    while (query.next()) {
        Period period;
        period.id = V::toId(query.value(0));
        // the stored name is the agency's own wording when it has one; else the standard label ("TRIWULAN II")
        const auto stored = PeriodRepository(m_database).find(period.id);
        period.label = stored && *stored ? (*stored)->label() : query.value(1).toString();
        period.start = V::toDate(query.value(2));
        period.end = V::toDate(query.value(3));
        period.evaluations = query.value(4).toInt();
        period.waiting = query.value(5).toInt();
        periods.append(period);
    }
    return periods;
}

Result<QList<AssessorTeam::Member>> AssessorTeam::members(
    const QUuid& assessorId, const QUuid& periodId, QDate today) const
{
    using R = Result<QList<Member>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, kMembers, {V::id(assessorId), V::date(today), V::id(periodId)}, "read the team")) {
        return R::failure(tr("The evaluations of your team could not be read."));
    }
    QList<Member> members;
    while (query.next()) {
        Member member;
        member.evaluationId = V::toId(query.value(0));
        member.planId = V::toId(query.value(1));
        member.employeeId = V::toId(query.value(2));
        member.employeeName = query.value(3).toString();
        member.employeeNip = query.value(4).toString();
        member.employeePosition = query.value(5).toString();
        member.state = workflowStateFromCode(query.value(6).toString()).value_or(WorkflowState::EvaluationNotFilled);
        member.resultRating = V::toRating(query.value(7));
        member.behaviorRating = V::toRating(query.value(8));
        member.grade = V::toGrade(query.value(9));
        member.note = query.value(10).toString();
        member.acting = query.value(11).toInt() == 1;
        if (const auto grade = parseOrganizationGrade(query.value(12).toString())) {
            member.organizationGrade = *grade;
        }
        members.append(member);
    }
    return members;
}

} // namespace kinerja
