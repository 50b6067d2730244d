// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace kinerja::sql {

/**
 * Small helpers for core/storage: every statement is prepared, values are bound, and every failure is written
 * to the log (category kinerja.core.db) with `what` naming the operation. Callers turn a false return into a
 * translated Result for the user.
 */

/// Prepares `statement` on `db`, binds `values` positionally ('?' placeholders) and executes it.
bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, const char* what);

/// Same, for a statement without result rows. Returns false (and logs) on failure.
bool exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what);

/// Executes a statement without parameters (PRAGMA, BEGIN, DDL). Returns false (and logs) on failure.
bool execDirect(const QSqlDatabase& db, const QString& statement, const char* what);

/// The first column of the first row, or an invalid QVariant when the statement failed or returned nothing.
QVariant scalar(
    const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what);

/**
 * The synced tables that code may name in a statement built at run time (tombstone(), Outbox::recordBulkInserts()):
 * a fixed allow-list, so that a table name never comes from a caller's free string.
 */
enum class Table
{
    OrgUnit,
    Employee,
    Assignment,
    PerformancePlan,
    WorkResult,
    Indicator,
    PlanAppendixItem,
    Realization,
    Feedback,
    Evidence,
    CompetencyActivity,
    ColleagueInvitation,
    ColleagueFeedback,
};

/// The table's name in the schema, e.g. "org_unit".
QString tableName(Table table);

/// What tombstone() did.
enum class TombstoneOutcome
{
    Tombstoned, ///< the row was live and is now marked deleted
    NotFound, ///< no live row has this id (unknown, or already tombstoned): nothing was changed
    Failed, ///< the statement failed (logged)
};

/**
 * Marks one row deleted, the way every repository removes a row (nothing users made is hard-deleted):
 * "UPDATE <table> SET deleted = 1, updated_by = <author>, updated_at = now WHERE id = ? AND deleted = 0".
 * `author` is bound as updated_by (an employee id as text, or a null QVariant for NULL). Runs in the caller's
 * transaction; the change-capture triggers record it as a 'delete' in the outbox and the audit log.
 */
TombstoneOutcome tombstone(
    const QSqlDatabase& db, Table table, const QUuid& id, const QVariant& author, const char* what);

/// Same, with the employee signed in on this file (local_session.employee_id) as updated_by.
TombstoneOutcome tombstoneBySignedIn(const QSqlDatabase& db, Table table, const QUuid& id, const char* what);

/// A null-safe text value for NOT NULL DEFAULT '' columns: a null QString would bind as SQL NULL (style.md traps).
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace kinerja::sql
