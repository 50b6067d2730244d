// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompetencyRepository.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

QStringList problemsOf(const CompetencyActivity& activity)
{
    QStringList problems;
    if (activity.employeeId.isNull()) {
        problems.append(CompetencyRepository::tr("The competency activity belongs to no employee."));
    }
    const auto valid = activity.validate();
    if (!valid) {
        problems.append(valid.problems());
    }
    return problems;
}

} // namespace

CompetencyRepository::CompetencyRepository(const Database& database)
    : m_database(database)
{ }

Result<CompetencyActivity> CompetencyRepository::add(CompetencyActivity activity, const QUuid& authorId)
{
    const auto problems = problemsOf(activity);
    if (!problems.isEmpty()) {
        return Result<CompetencyActivity>::failure(problems);
    }
    if (activity.id.isNull()) {
        activity.id = Uuid::createV7();
    }
    const auto db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()
        || !sql::exec(db,
            QStringLiteral("INSERT INTO competency_activity (id, employee_id, year, title, activity_kind, hours, "
                           "starts_on, organizer, certificate_reference, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {V::id(activity.id), V::id(activity.employeeId), activity.date.year(), sql::text(activity.name),
                DocumentCodes::code(activity.kind), activity.lessonHours, V::date(activity.date),
                sql::text(activity.organizer), sql::text(activity.certificateReference), V::id(authorId)},
            "insert a competency activity")) {
        return Result<CompetencyActivity>::failure(tr("The competency activity could not be saved."));
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<CompetencyActivity>();
    }
    return activity;
}

Status CompetencyRepository::update(const CompetencyActivity& activity, const QUuid& authorId)
{
    const auto problems = problemsOf(activity);
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    const auto db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !sql::exec(query,
            QStringLiteral("UPDATE competency_activity SET employee_id = ?, year = ?, title = ?, activity_kind = ?, "
                           "hours = ?, starts_on = ?, organizer = ?, certificate_reference = ?, updated_by = ?, "
                           "updated_at = %1 WHERE id = ? AND deleted = 0")
                .arg(kNow),
            {V::id(activity.employeeId), activity.date.year(), sql::text(activity.name),
                DocumentCodes::code(activity.kind), activity.lessonHours, V::date(activity.date),
                sql::text(activity.organizer), sql::text(activity.certificateReference), V::id(authorId),
                V::id(activity.id)},
            "update a competency activity")) {
        return Status::failure(tr("The competency activity could not be saved."));
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("The competency activity was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Status CompetencyRepository::tombstone(const QUuid& activityId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive() ? sql::tombstone(db, sql::Table::CompetencyActivity, activityId,
                             V::id(authorId), "tombstone a competency activity")
                                                : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The competency activity could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The competency activity was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Result<QList<CompetencyActivity>> CompetencyRepository::forEmployee(const QUuid& employeeId, int year) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT id, title, activity_kind, organizer, starts_on, hours, certificate_reference "
                           "FROM competency_activity WHERE employee_id = ? AND year = ? AND deleted = 0 "
                           "ORDER BY starts_on, rowid"),
            {V::id(employeeId), year}, "list competency activities")) {
        return Result<QList<CompetencyActivity>>::failure(tr("The competency activities could not be read."));
    }
    QList<CompetencyActivity> list;
    while (query.next()) {
        CompetencyActivity activity;
        activity.id = V::toId(query.value(0));
        activity.employeeId = employeeId;
        activity.name = query.value(1).toString();
        const auto kind = DocumentCodes::competencyKindFromCode(query.value(2).toString());
        if (!kind) {
            qCWarning(lcDb) << "unknown competency kind" << query.value(2).toString();
            return Result<QList<CompetencyActivity>>::failure(tr("The competency activities could not be read."));
        }
        activity.kind = *kind;
        activity.organizer = query.value(3).toString();
        activity.date = V::toDate(query.value(4));
        activity.lessonHours = query.value(5).toInt();
        activity.certificateReference = query.value(6).toString();
        list.append(activity);
    }
    return list;
}

Result<CompetencySummary> CompetencyRepository::summary(const QUuid& employeeId, int year) const
{
    const auto activities = forEmployee(employeeId, year);
    if (!activities) {
        return activities.propagate<CompetencySummary>();
    }
    return CompetencySummary::summarize(employeeId, year, *activities);
}

Result<QList<CompetencyActivity>> CompetencyRepository::forUnitTree(const QUuid& unitId, int year) const
{
    const auto failed = [] {
        return Result<QList<CompetencyActivity>>::failure(tr("The competency activities could not be read."));
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QStringLiteral(
                "WITH RECURSIVE scope(id) AS (SELECT ? "
                "UNION SELECT u.id FROM org_unit AS u JOIN scope AS s ON u.parent_id = s.id) "
                "SELECT a.id, a.employee_id, a.title, a.activity_kind, a.organizer, a.starts_on, a.hours, "
                "a.certificate_reference FROM competency_activity AS a "
                "JOIN employee AS e ON e.id = a.employee_id "
                "WHERE a.year = ? AND a.deleted = 0 AND e.deleted = 0 AND e.unit_id IN (SELECT id FROM scope) "
                "ORDER BY a.employee_id, a.starts_on, a.rowid"),
            {V::id(unitId), year}, "list the competency activities of a unit")) {
        return failed();
    }
    QList<CompetencyActivity> list;
    while (query.next()) {
        CompetencyActivity activity;
        activity.id = V::toId(query.value(0));
        activity.employeeId = V::toId(query.value(1));
        activity.name = query.value(2).toString();
        const auto kind = DocumentCodes::competencyKindFromCode(query.value(3).toString());
        if (!kind) {
            qCWarning(lcDb) << "unknown competency kind" << query.value(3).toString();
            return failed();
        }
        activity.kind = *kind;
        activity.organizer = query.value(4).toString();
        activity.date = V::toDate(query.value(5));
        activity.lessonHours = query.value(6).toInt();
        activity.certificateReference = query.value(7).toString();
        list.append(activity);
    }
    return list;
}

} // namespace kinerja
