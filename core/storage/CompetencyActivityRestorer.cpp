// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CompetencyActivityRestorer.h"

#include "core/storage/Database.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

} // namespace

CompetencyActivityRestorer::CompetencyActivityRestorer(const Database& database)
    : m_database(database)
{ }

Status CompetencyActivityRestorer::restore(const CompetencyActivity& activity, const QUuid& authorId)
{
    QStringList problems;
    if (activity.id.isNull()) {
        problems.append(tr("The competency activity to restore has no id."));
    }
    if (activity.employeeId.isNull()) {
        problems.append(tr("The competency activity belongs to no employee."));
    }
    if (const auto valid = activity.validate(); !valid) {
        problems.append(valid.problems());
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    const auto db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !sql::exec(query,
            QStringLiteral("UPDATE competency_activity SET deleted = 0, employee_id = ?, year = ?, title = ?, "
                           "activity_kind = ?, hours = ?, starts_on = ?, organizer = ?, certificate_reference = ?, "
                           "updated_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE id = ? AND deleted = 1"),
            {V::id(activity.employeeId), activity.date.year(), sql::text(activity.name),
                DocumentCodes::code(activity.kind), activity.lessonHours, V::date(activity.date),
                sql::text(activity.organizer), sql::text(activity.certificateReference), V::id(authorId),
                V::id(activity.id)},
            "restore a competency activity")) {
        return Status::failure(tr("The competency activity could not be restored."));
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("The competency activity could not be restored: it is not among the deleted ones."));
    }
    return transaction.commit();
}

} // namespace kinerja
