// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace kinerja {

/**
 * The queries behind the first screens of the application, kept in one place so that the benchmark
 * (tests/bench/bench_open) measures exactly what the screens run and can hand the same SQL to the sqlite3 tool:
 *  - an employee's dashboard: their current plan of the year, its results with indicators, its evaluations;
 *  - an assessor's queue: plans and evaluations submitted to them and waiting;
 *  - the admin's unit completion list: per unit, the number of plans of the year by status.
 * Each *Sql() statement takes the positional values named in its comment. run() executes one and returns the
 * number of rows read (-1 on failure, logged).
 */
class FirstScreenQueries
{
public:
    /// (employee id, year) -> the newest plan of the year: id, status, starts_on, ends_on, assessor_name.
    static QString currentPlanSql();
    /// (plan id) -> its results with their indicators.
    static QString planContentSql();
    /// (plan id) -> its evaluations with period, status, ratings and the number of realizations.
    static QString planEvaluationsSql();
    /// (assessor id, year, assessor id, year) -> what waits for the assessor.
    static QString assessorQueueSql();
    /// (year) -> per unit: plans, drafts, submitted, returned, approved.
    static QString unitCompletionSql();

    static qint64 run(const QSqlDatabase& db, const QString& statement, const QVariantList& values);
};

} // namespace kinerja
