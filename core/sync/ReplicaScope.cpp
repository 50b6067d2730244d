// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ReplicaScope.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace kinerja {

namespace {

/// The local tables whose rows belong to one employee's scope, with the column naming the employee. Deleting a
/// plan removes its results, indicators, evaluations and everything under them (ON DELETE CASCADE).
struct ScopedTable
{
    const char* table;
    const char* employeeColumn;
};
constexpr ScopedTable kScopedTables[] = {
    {"performance_plan", "employee_id"},
    {"competency_activity", "employee_id"},
    {"assignment", "employee_id"},
};
/// The scoped tables other than the plans (which guest copies hang from).
constexpr ScopedTable kPersonalTables[] = {
    {"competency_activity", "employee_id"},
    {"assignment", "employee_id"},
};

/// The tables of a plan's tree whose rows a guest copy can hold, with how to find the employee a row belongs to.
constexpr const char* kGuestTables[][2] = {
    {"performance_plan", "employee_id"},
    {"work_result", "(SELECT p.employee_id FROM performance_plan AS p WHERE p.id = plan_id)"},
    {"indicator",
        "(SELECT p.employee_id FROM work_result AS w JOIN performance_plan AS p ON p.id = w.plan_id "
        "WHERE w.id = work_result_id)"},
    {"evaluation", "(SELECT p.employee_id FROM performance_plan AS p WHERE p.id = plan_id)"},
    {"realization",
        "(SELECT p.employee_id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
        "WHERE e.id = evaluation_id)"},
    {"colleague_invitation",
        "(SELECT p.employee_id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
        "WHERE e.id = evaluation_id)"},
    {"colleague_feedback",
        "(SELECT p.employee_id FROM colleague_invitation AS i JOIN evaluation AS e ON e.id = i.evaluation_id "
        "JOIN performance_plan AS p ON p.id = e.plan_id WHERE i.id = invitation_id)"},
};

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ReplicaScope::ReplicaScope(const Database& database)
    : m_database(database)
{ }

Result<int> ReplicaScope::purgeOutside(const QJsonArray& subjects, const QJsonArray& guests)
{
    const auto failed = [] {
        return Result<int>::failure(tr("The changes from the shared database could not be saved."));
    };
    int purged = 0;
    // Evaluations of people outside the scope that are no (longer a) guest copy; then their plans, unless a guest
    // copy still hangs from them.
    QSqlQuery evaluations(m_database.connection());
    if (!sql::exec(evaluations,
            QStringLiteral("DELETE FROM evaluation WHERE id NOT IN (SELECT value FROM json_each(?)) AND plan_id IN "
                           "(SELECT p.id FROM performance_plan AS p WHERE p.employee_id NOT IN "
                           "(SELECT value FROM json_each(?)))"),
            {jsonText(guests), jsonText(subjects)}, "remove guest copies that ended")) {
        return failed();
    }
    purged += evaluations.numRowsAffected();
    // A plan stays while a guest copy hangs from it.
    QSqlQuery plans(m_database.connection());
    if (!sql::exec(plans,
            QStringLiteral("DELETE FROM performance_plan WHERE employee_id NOT IN (SELECT value FROM json_each(?)) "
                           "AND id NOT IN (SELECT e.plan_id FROM evaluation AS e WHERE e.id IN "
                           "(SELECT value FROM json_each(?)))"),
            {jsonText(subjects), jsonText(guests)}, "remove plans that left the scope")) {
        return failed();
    }
    purged += plans.numRowsAffected();
    for (const auto& scoped : kPersonalTables) {
        QSqlQuery query(m_database.connection());
        // Table and column names come from the constant list above.
        if (!sql::exec(query,
                QStringLiteral("DELETE FROM %1 WHERE %2 NOT IN (SELECT value FROM json_each(?))")
                    .arg(QLatin1String(scoped.table), QLatin1String(scoped.employeeColumn)),
                {jsonText(subjects)}, "remove rows that left the scope")) {
            return failed();
        }
        purged += query.numRowsAffected();
    }
    return purged;
}

Status ReplicaScope::forgetNewcomers(const QJsonArray& subjects, const QJsonArray& before)
{
    QSet<QString> known;
    for (const auto& subject : before) {
        known.insert(subject.toString());
    }
    QJsonArray newcomers;
    for (const auto& subject : subjects) {
        if (!known.contains(subject.toString())) {
            newcomers.append(subject);
        }
    }
    if (newcomers.isEmpty()) {
        return success();
    }
    for (const auto& guest : kGuestTables) {
        // Table names and expressions come from the constant list above.
        if (!sql::exec(m_database.connection(),
                QStringLiteral("UPDATE %1 SET row_version = 0 WHERE %2 IN (SELECT value FROM json_each(?))")
                    .arg(QLatin1String(guest[0]), QLatin1String(guest[1])),
                {jsonText(newcomers)}, "forget the versions of a guest copy")) {
            return Status::failure(tr("The changes from the shared database could not be saved."));
        }
    }
    return success();
}

Status ReplicaScope::empty()
{
    for (const auto& scoped : kScopedTables) {
        if (!sql::exec(m_database.connection(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(scoped.table)), {},
                "empty a synced table")) {
            return Status::failure(tr("The changes from the shared database could not be saved."));
        }
    }
    return success();
}

} // namespace kinerja
