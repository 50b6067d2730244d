// SPDX-License-Identifier: GPL-3.0-or-later
// bench_open FILE.sqlite
// Opens a (province) file and runs the queries behind the first screens (core/storage/FirstScreenQueries): an
// employee's dashboard, an assessor's queue, the admin's unit completion list. Target: under 300 ms in all.
// Baseline in the same run: the sqlite3 tool opening the same file and running the same SQL (values inlined).
#include "core/storage/Database.h"
#include "core/storage/FirstScreenQueries.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace kinerja;

namespace {

QString inlined(QString statement, const QVariantList& values)
{
    for (const auto& value : values) {
        const int at = static_cast<int>(statement.indexOf(u'?'));
        const QString literal = value.typeId() == QMetaType::Int ? value.toString() : u'\'' + value.toString() + u'\'';
        statement.replace(at, 1, literal);
    }
    return statement + QStringLiteral(";\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream cout(stdout);
    if (app.arguments().size() != 2) {
        cout << "usage: bench_open FILE.sqlite\n";
        return 2;
    }
    const QString path = app.arguments().at(1);

    // Pick the subjects first, on a separate connection (not timed): the newest year, an employee with a plan and
    // evaluations in it, and the assessor with the longest queue.
    int year = 0;
    QString employee;
    QString assessor;
    {
        auto opened = Database::open(path, Database::OpenMode::ReadOnly);
        if (!opened) {
            cout << opened.error() << '\n';
            return 1;
        }
        auto q = QSqlQuery(opened.value()->connection());
        q.exec(QStringLiteral("SELECT max(year) FROM performance_plan"));
        year = q.next() ? q.value(0).toInt() : 0;
        q.prepare(QStringLiteral("SELECT p.employee_id FROM performance_plan AS p JOIN evaluation AS e ON e.plan_id = "
                                 "p.id WHERE p.year = ? ORDER BY p.id DESC LIMIT 1"));
        q.addBindValue(year);
        q.exec();
        employee = q.next() ? q.value(0).toString() : QString();
        q.prepare(QStringLiteral("SELECT p.assessor_id FROM performance_plan AS p JOIN evaluation AS e ON e.plan_id = "
                                 "p.id WHERE p.year = ? AND e.status = 'evaluation.submitted' GROUP BY p.assessor_id "
                                 "ORDER BY count(*) DESC LIMIT 1"));
        q.addBindValue(year);
        q.exec();
        assessor = q.next() ? q.value(0).toString() : QString();
        q = QSqlQuery(); // before the connection goes away
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        cout << opened.error() << '\n';
        return 1;
    }
    const auto db = opened.value()->connection();
    const double openMs = static_cast<double>(step.nsecsElapsed()) / 1e6;

    step.restart();
    QString planId;
    {
        QSqlQuery q(db);
        q.prepare(FirstScreenQueries::currentPlanSql());
        q.addBindValue(employee);
        q.addBindValue(year);
        q.exec();
        planId = q.next() ? q.value(0).toString() : QString();
    }
    const qint64 contentRows = FirstScreenQueries::run(db, FirstScreenQueries::planContentSql(), {planId});
    const qint64 evaluationRows = FirstScreenQueries::run(db, FirstScreenQueries::planEvaluationsSql(), {planId});
    const double dashboardMs = static_cast<double>(step.nsecsElapsed()) / 1e6;

    step.restart();
    const qint64 queueRows =
        FirstScreenQueries::run(db, FirstScreenQueries::assessorQueueSql(), {assessor, year, assessor, year});
    const double queueMs = static_cast<double>(step.nsecsElapsed()) / 1e6;

    step.restart();
    const qint64 unitRows = FirstScreenQueries::run(db, FirstScreenQueries::unitCompletionSql(), {year});
    const double unitsMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    const double totalMs = static_cast<double>(total.nsecsElapsed()) / 1e6;

    cout << QStringLiteral("open (checks, pragmas, schema version): %1 ms\n").arg(openMs, 0, 'f', 1);
    cout << QStringLiteral("employee dashboard (plan, %1 result/indicator rows, %2 evaluations): %3 ms\n")
                .arg(contentRows)
                .arg(evaluationRows)
                .arg(dashboardMs, 0, 'f', 1);
    cout << QStringLiteral("assessor queue (%1 waiting): %2 ms\n").arg(queueRows).arg(queueMs, 0, 'f', 1);
    cout << QStringLiteral("unit completion list (%1 units): %2 ms\n").arg(unitRows).arg(unitsMs, 0, 'f', 1);
    cout << QStringLiteral("total: %1 ms (target < 300 ms)\n").arg(totalMs, 0, 'f', 1);

    QString script = QStringLiteral(".output /dev/null\n");
    script += inlined(FirstScreenQueries::currentPlanSql(), {employee, year});
    script += inlined(FirstScreenQueries::planContentSql(), {planId});
    script += inlined(FirstScreenQueries::planEvaluationsSql(), {planId});
    script += inlined(FirstScreenQueries::assessorQueueSql(), {assessor, year, assessor, year});
    script += inlined(FirstScreenQueries::unitCompletionSql(), {year});
    const double baselineMs = bench::runSqlite3(path, script);
    cout << QStringLiteral("baseline: sqlite3 process, open + the same SQL: %1 ms\n").arg(baselineMs, 0, 'f', 1);
    if (baselineMs > 0) {
        cout << QStringLiteral("ratio total / baseline: %1\n").arg(totalMs / baselineMs, 0, 'f', 2);
    }
    return 0;
}
