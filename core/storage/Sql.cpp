// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sql.h"

#include "core/Logging.h"
#include "core/storage/Uuid.h"

#include <QSqlError>

namespace kinerja::sql {

namespace {

void logFailure(const QSqlQuery& query, const QString& statement, const char* what)
{
    qCWarning(lcDb).noquote() << what << "failed:" << query.lastError().text() << "| statement:" << statement.left(300);
}

} // namespace

bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    if (!query.prepare(statement)) {
        logFailure(query, statement, what);
        return false;
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        logFailure(query, statement, what);
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    QSqlQuery query(db);
    return exec(query, statement, values, what);
}

bool execDirect(const QSqlDatabase& db, const QString& statement, const char* what)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        logFailure(query, statement, what);
        return false;
    }
    return true;
}

QVariant scalar(
    const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    QSqlQuery query(db);
    if (!exec(query, statement, values, what) || !query.next()) {
        return {};
    }
    return query.value(0);
}

QString tableName(Table table)
{
    switch (table) {
    case Table::OrgUnit:
        return QStringLiteral("org_unit");
    case Table::Employee:
        return QStringLiteral("employee");
    case Table::Assignment:
        return QStringLiteral("assignment");
    case Table::PerformancePlan:
        return QStringLiteral("performance_plan");
    case Table::WorkResult:
        return QStringLiteral("work_result");
    case Table::Indicator:
        return QStringLiteral("indicator");
    case Table::PlanAppendixItem:
        return QStringLiteral("plan_appendix_item");
    case Table::Realization:
        return QStringLiteral("realization");
    case Table::Feedback:
        return QStringLiteral("feedback");
    case Table::Evidence:
        return QStringLiteral("evidence");
    case Table::CompetencyActivity:
        return QStringLiteral("competency_activity");
    case Table::ColleagueInvitation:
        return QStringLiteral("colleague_invitation");
    case Table::ColleagueFeedback:
        return QStringLiteral("colleague_feedback");
    }
    Q_UNREACHABLE();
    return {};
}

namespace {

TombstoneOutcome tombstoneWith(const QSqlDatabase& db,
    Table table,
    const QString& authorSql,
    std::initializer_list<QVariant> values,
    const char* what)
{
    // The table name comes from the allow-list above and the author expression from this file; values are bound.
    QSqlQuery query(db);
    if (!exec(query,
            QStringLiteral("UPDATE %1 SET deleted = 1, updated_by = %2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                           "'now') WHERE id = ? AND deleted = 0")
                .arg(tableName(table), authorSql),
            values, what)) {
        return TombstoneOutcome::Failed;
    }
    return query.numRowsAffected() == 1 ? TombstoneOutcome::Tombstoned : TombstoneOutcome::NotFound;
}

} // namespace

TombstoneOutcome tombstone(
    const QSqlDatabase& db, Table table, const QUuid& id, const QVariant& author, const char* what)
{
    return tombstoneWith(db, table, QStringLiteral("?"), {author, Uuid::toText(id)}, what);
}

TombstoneOutcome tombstoneBySignedIn(const QSqlDatabase& db, Table table, const QUuid& id, const char* what)
{
    return tombstoneWith(
        db, table, QStringLiteral("(SELECT employee_id FROM local_session WHERE id = 1)"), {Uuid::toText(id)}, what);
}

} // namespace kinerja::sql
