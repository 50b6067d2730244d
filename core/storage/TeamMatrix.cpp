// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TeamMatrix.h"

#include "core/storage/AssessorSlots.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kOwnResults = QStringLiteral("SELECT r.id, r.description, r.kind FROM work_result AS r "
                                           "JOIN performance_plan AS p ON p.id = r.plan_id "
                                           "WHERE p.employee_id = ? AND p.year = ? AND p.deleted = 0 AND r.deleted = 0 "
                                           "ORDER BY p.starts_on, r.kind = 'additional', r.sort_order");

const QString kPeopleResults = AssessorSlots::withClause()
    + QStringLiteral("SELECT r.id, p.employee_id, p.employee_name, r.description, r.parent_result_id "
                     "FROM performance_plan AS p JOIN work_result AS r ON r.plan_id = p.id "
                     "WHERE p.year = ? AND p.deleted = 0 AND r.deleted = 0 AND r.kind = 'main' "
                     "  AND p.employee_id <> (SELECT me FROM arg) AND p.assessor_id IN (SELECT id FROM slots) "
                     "ORDER BY p.employee_name COLLATE NOCASE, p.employee_id, r.sort_order");

} // namespace

TeamMatrix::TeamMatrix(const Database& database)
    : m_database(database)
{ }

int TeamMatrix::Matrix::uncarried() const
{
    int count = 0;
    for (const auto& row : rows) {
        count += row.carriedBy.isEmpty() && !row.additional ? 1 : 0;
    }
    return count;
}

Result<TeamMatrix::Matrix> TeamMatrix::of(const QUuid& assessorId, int year, QDate today) const
{
    using R = Result<Matrix>;
    const auto failed = [] { return R::failure(tr("The matrix of your team's results could not be read.")); };
    Matrix matrix;
    QHash<QUuid, int> rowOf; // result id -> index in rows
    QSqlQuery own(m_database.connection());
    own.setForwardOnly(true);
    if (!sql::exec(own, kOwnResults, {V::id(assessorId), year}, "read the assessor's results")) {
        return failed();
    }
    while (own.next()) {
        Row row;
        row.resultId = V::toId(own.value(0));
        row.text = own.value(1).toString();
        row.additional = own.value(2).toString() == QStringLiteral("additional");
        rowOf.insert(row.resultId, static_cast<int>(matrix.rows.size()));
        matrix.rows.append(row);
    }
    QSqlQuery people(m_database.connection());
    people.setForwardOnly(true);
    if (!sql::exec(
            people, kPeopleResults, {V::id(assessorId), V::date(today), year}, "read the team's cascaded results")) {
        return failed();
    }
    QSet<QUuid> employees;
    while (people.next()) {
        Carried carried;
        carried.resultId = V::toId(people.value(0));
        carried.employeeId = V::toId(people.value(1));
        carried.employeeName = people.value(2).toString();
        carried.text = people.value(3).toString();
        employees.insert(carried.employeeId);
        const auto parent = rowOf.constFind(V::toId(people.value(4)));
        if (parent != rowOf.cend()) {
            matrix.rows[*parent].carriedBy.append(carried);
        } else {
            matrix.unlinked.append(carried);
        }
    }
    matrix.people = static_cast<int>(employees.size());
    return matrix;
}

} // namespace kinerja
