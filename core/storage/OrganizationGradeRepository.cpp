// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrganizationGradeRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

QString readError()
{
    return OrganizationGradeRepository::tr("The organisation grades could not be read from the database.");
}

QString saveError()
{
    return OrganizationGradeRepository::tr("The organisation grade could not be saved in the database.");
}

} // namespace

OrganizationGradeRepository::OrganizationGradeRepository(const Database& database)
    : m_database(database)
{ }

std::optional<OrganizationGrade> OrganizationGradeRepository::gradeFromCode(const QString& code)
{
    for (const OrganizationGrade grade : allOrganizationGrades()) {
        if (codeName(grade) == code) {
            return grade;
        }
    }
    return std::nullopt;
}

Status OrganizationGradeRepository::set(
    const QUuid& unitId, const QUuid& periodId, OrganizationGrade grade, const QString& setBy)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    const auto db = m_database.connection();
    QSqlQuery check(db);
    if (!sql::exec(check,
            QStringLiteral("SELECT (SELECT count(*) FROM org_unit WHERE id = ? AND deleted = 0), "
                           "(SELECT count(*) FROM assessment_period WHERE id = ? AND deleted = 0)"),
            {Uuid::toText(unitId), Uuid::toText(periodId)}, "check the unit and period of an organisation grade")
        || !check.next()) {
        return Status::failure(readError());
    }
    QStringList problems;
    if (check.value(0).toInt() == 0) {
        problems << tr("The unit of the organisation grade is not in this database.");
    }
    if (check.value(1).toInt() == 0) {
        problems << tr("The assessment period of the organisation grade is not in this database.");
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    if (!sql::exec(db,
            QStringLiteral("INSERT INTO organization_grade (id, unit_id, period_id, grade, set_by, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, (SELECT employee_id FROM local_session WHERE id = 1)) "
                           "ON CONFLICT (unit_id, period_id) DO UPDATE SET grade = excluded.grade, "
                           "set_by = excluded.set_by, deleted = 0, updated_by = excluded.updated_by, "
                           "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE grade IS NOT excluded.grade OR set_by IS NOT excluded.set_by OR deleted <> 0"),
            {Uuid::createV7Text(), Uuid::toText(unitId), Uuid::toText(periodId), codeName(grade),
                sql::text(setBy.trimmed())},
            "set an organisation grade")) {
        return Status::failure(saveError());
    }
    return transaction.commit();
}

Result<std::optional<OrganizationGrade>> OrganizationGradeRepository::grade(
    const QUuid& unitId, const QUuid& periodId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT grade FROM organization_grade WHERE unit_id = ? AND period_id = ? AND deleted = 0"),
            {Uuid::toText(unitId), Uuid::toText(periodId)}, "read an organisation grade")) {
        return Result<std::optional<OrganizationGrade>>::failure(readError());
    }
    if (!query.next()) {
        return std::optional<OrganizationGrade>();
    }
    return gradeFromCode(query.value(0).toString());
}

Result<QString> OrganizationGradeRepository::setBy(const QUuid& unitId, const QUuid& periodId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT set_by FROM organization_grade WHERE unit_id = ? AND period_id = ? AND deleted = 0"),
            {Uuid::toText(unitId), Uuid::toText(periodId)}, "read who set an organisation grade")) {
        return Result<QString>::failure(readError());
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<QHash<QUuid, OrganizationGrade>> OrganizationGradeRepository::gradesOfPeriod(const QUuid& periodId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QStringLiteral("SELECT unit_id, grade FROM organization_grade WHERE period_id = ? AND deleted = 0"),
            {Uuid::toText(periodId)}, "read the organisation grades of a period")) {
        return Result<QHash<QUuid, OrganizationGrade>>::failure(readError());
    }
    QHash<QUuid, OrganizationGrade> grades;
    while (query.next()) {
        if (const auto grade = gradeFromCode(query.value(1).toString())) {
            grades.insert(Uuid::fromText(query.value(0).toString()), *grade);
        }
    }
    return grades;
}

Status OrganizationGradeRepository::clear(const QUuid& unitId, const QUuid& periodId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    if (!sql::exec(m_database.connection(),
            QStringLiteral("UPDATE organization_grade SET deleted = 1, "
                           "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                           "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE unit_id = ? AND period_id = ? AND deleted = 0"),
            {Uuid::toText(unitId), Uuid::toText(periodId)}, "clear an organisation grade")) {
        return Status::failure(saveError());
    }
    return transaction.commit();
}

} // namespace kinerja
