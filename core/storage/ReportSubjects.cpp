// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReportSubjects.h"

#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"

#include <QRegularExpression>

namespace kinerja {

namespace {

using V = DocumentValues;

const char* const kUnitScope = "WITH RECURSIVE scope(id) AS (SELECT ? "
                               "UNION SELECT u.id FROM org_unit AS u JOIN scope AS s ON u.parent_id = s.id) ";

Result<QList<QUuid>> readIds(QSqlQuery& query)
{
    QList<QUuid> ids;
    while (query.next())
        ids.append(V::toId(query.value(0)));
    return ids;
}

} // namespace

ReportSubjects::ReportSubjects(const Database& database)
    : m_database(database)
{ }

Result<QList<QUuid>> ReportSubjects::plansOfUnit(const QUuid& unitId, int year) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QString::fromLatin1(kUnitScope)
                + QStringLiteral("SELECT p.id FROM performance_plan AS p WHERE p.deleted = 0 AND p.year = ? "
                                 "AND p.unit_id IN (SELECT id FROM scope) ORDER BY p.employee_name, p.starts_on, p.id"),
            {V::id(unitId), year}, "list the plans of a unit")) {
        return Result<QList<QUuid>>::failure(tr("The SKPs of the unit could not be read."));
    }
    return readIds(query);
}

Result<QList<QUuid>> ReportSubjects::evaluationsOfUnit(const QUuid& unitId, const QUuid& periodId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QString::fromLatin1(kUnitScope)
                + QStringLiteral("SELECT e.id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                                 "WHERE e.deleted = 0 AND p.deleted = 0 AND e.period_id = ? "
                                 "AND p.unit_id IN (SELECT id FROM scope) ORDER BY p.employee_name, e.starts_on, e.id"),
            {V::id(unitId), V::id(periodId)}, "list the evaluations of a unit")) {
        return Result<QList<QUuid>>::failure(tr("The evaluations of the unit could not be read."));
    }
    return readIds(query);
}

Result<QList<QUuid>> ReportSubjects::idsEndingWith(Subject subject, const QString& digits) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{1,12}$"));
    if (!hex.match(digits).hasMatch())
        return QList<QUuid>();
    // UUID text is 36 characters; the digits are its last ones (random bits in a UUIDv7). A scan: verifying one
    // paper may take a moment, and no index is kept for it.
    QString statement;
    switch (subject) {
    case Subject::Plan:
        statement = QStringLiteral("SELECT id FROM performance_plan WHERE substr(id, ?) = ? ORDER BY id");
        break;
    case Subject::Evaluation:
        statement = QStringLiteral("SELECT id FROM evaluation WHERE substr(id, ?) = ? ORDER BY id");
        break;
    case Subject::Unit:
        statement = QStringLiteral("SELECT id FROM org_unit WHERE substr(id, ?) = ? ORDER BY id");
        break;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, statement, {37 - digits.size(), digits}, "find ids by their last digits"))
        return Result<QList<QUuid>>::failure(tr("The database could not be searched for the document."));
    return readIds(query);
}

Result<QList<QUuid>> ReportSubjects::allPeriods() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT id FROM assessment_period ORDER BY year, starts_on, number"), {},
            "list the periods")) {
        return Result<QList<QUuid>>::failure(tr("The periods could not be read."));
    }
    return readIds(query);
}

Result<QList<int>> ReportSubjects::planYears() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT DISTINCT year FROM performance_plan ORDER BY year DESC"), {},
            "list the plan years")) {
        return Result<QList<int>>::failure(tr("The years could not be read."));
    }
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

} // namespace kinerja
