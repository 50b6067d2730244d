// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
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

/// A null-safe text value for NOT NULL DEFAULT '' columns: a null QString would bind as SQL NULL (style.md traps).
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace kinerja::sql
