// SPDX-License-Identifier: GPL-3.0-or-later
// bench_completion FILE.sqlite [RUNS]
// The personnel office's completion dashboard (core/storage/CompletionQueries, issue 5) on a (province) file: the
// counts of every unit for the newest year and its latest period that has ended, as the page reads them on opening
// (years, the per-unit counts, the unit tree), then the first page of the people of the whole agency without an
// approved SKP, and the year-over-year figures of the whole agency. Target: the dashboard under 1 s.
// Baseline in the same run: the sqlite3 tool opening the same file and running the same per-unit counting SQL
// (CompletionQueries::unitCountsSql(), values inlined). Each figure is the median of RUNS runs (default 5).
#include "core/domain/ActorRole.h"
#include "core/storage/CompletionQueries.h"
#include "core/storage/Database.h"
#include "core/storage/Uuid.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace kinerja;

namespace {

QString inlined(QString statement, const QVariantList& values)
{
    for (const auto& value : values) {
        const int at = static_cast<int>(statement.indexOf(u'?'));
        QString literal;
        if (value.isNull()) {
            literal = QStringLiteral("NULL");
        } else if (value.typeId() == QMetaType::Int) {
            literal = value.toString();
        } else {
            literal = u'\'' + value.toString() + u'\'';
        }
        statement.replace(at, 1, literal);
    }
    return statement + QStringLiteral(";\n");
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double timed(const std::function<bool()>& work)
{
    QElapsedTimer timer;
    timer.start();
    if (!work()) {
        return -1;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream cout(stdout);
    const auto arguments = app.arguments();
    if (arguments.size() < 2 || arguments.size() > 3) {
        cout << "usage: bench_completion FILE.sqlite [RUNS]\n";
        return 2;
    }
    const QString path = arguments.at(1);
    const int runs = arguments.size() == 3 ? std::max(1, arguments.at(2).toInt()) : 5;

    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened) {
        cout << opened.error() << '\n';
        return 1;
    }
    const Database& database = *opened.value();

    // The subjects (not timed): the newest year, its latest period that has ended by "today" (the last day of the
    // newest realization's period, so that the file's own calendar decides, not the machine's clock).
    int year = 0;
    QString periodId;
    QString periodLabel;
    QDate today;
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT max(year) FROM performance_plan WHERE deleted = 0"));
        year = q.next() ? q.value(0).toInt() : 0;
        q.prepare(QStringLiteral("SELECT max(e.submitted_at) FROM evaluation AS e JOIN performance_plan AS p ON "
                                 "p.id = e.plan_id WHERE p.year = ?"));
        q.addBindValue(year);
        q.exec();
        today = q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).date() : QDate();
        if (!today.isValid()) {
            today = QDate(year, 12, 31);
        }
        q.prepare(QStringLiteral("SELECT id, cadence || ' ' || number FROM assessment_period WHERE year = ? "
                                 "AND cadence <> 'TAHUNAN' AND ends_on < ? AND deleted = 0 ORDER BY ends_on DESC "
                                 "LIMIT 1"));
        q.addBindValue(year);
        q.addBindValue(today.toString(Qt::ISODate));
        q.exec();
        if (q.next()) {
            periodId = q.value(0).toString();
            periodLabel = q.value(1).toString();
        }
    }
    const QUuid period = Uuid::fromText(periodId);

    const CompletionQueries queries(database, {ActorRole::Admin});
    CompletionQueries::Dashboard dashboard;
    int people = 0;
    int years = 0;
    QList<double> dashboardMs;
    QList<double> peopleMs;
    QList<double> yearsMs;
    for (int run = 0; run < runs; ++run) {
        dashboardMs << timed([&] {
            const auto list = queries.years();
            auto read = queries.dashboard(year, period, today);
            if (!list || !read) {
                cout << (list ? read.error() : list.error()) << '\n';
                return false;
            }
            dashboard = read.value();
            return true;
        });
        peopleMs << timed([&] {
            CompletionQueries::PeopleFilter filter;
            filter.year = year;
            filter.periodId = period;
            filter.today = today;
            filter.stage = CompletionQueries::Stage::PlanSubmitted;
            filter.limit = 200;
            const auto list = queries.people(filter);
            people = list ? int(list->size()) : -1;
            return list.ok();
        });
        yearsMs << timed([&] {
            const auto list = queries.yearOverYear({}, today);
            years = list ? int(list->size()) : -1;
            return list.ok();
        });
    }

    const auto& all = dashboard.all;
    cout << QStringLiteral("year %1, period %2, today %3: %4 people in %5 units\n")
                .arg(year)
                .arg(periodLabel, today.toString(Qt::ISODate))
                .arg(all.people)
                .arg(dashboard.units.size());
    cout << QStringLiteral("  SKP: none %1, not submitted %2, submitted %3, approved %4, late %5\n")
                .arg(all.noPlan)
                .arg(all.planNotSubmitted)
                .arg(all.planSubmitted)
                .arg(all.planApproved)
                .arg(all.planLate);
    cout << QStringLiteral("  evaluation: not rated %1, rated %2, finalized %3, late %4\n")
                .arg(all.evaluationNotRated)
                .arg(all.evaluationRated)
                .arg(all.evaluationFinalized)
                .arg(all.evaluationLate);
    cout << QStringLiteral("completion dashboard (years, counts per unit, tree): median %1 ms over %2 runs "
                           "(target < 1000 ms)\n")
                .arg(median(dashboardMs), 0, 'f', 1)
                .arg(runs);
    cout << QStringLiteral("first page of the people awaiting approval (%1 rows): median %2 ms\n")
                .arg(people)
                .arg(median(peopleMs), 0, 'f', 1);
    cout << QStringLiteral("year over year of the whole agency (%1 years): median %2 ms\n")
                .arg(years)
                .arg(median(yearsMs), 0, 'f', 1);

    // Baseline: the sqlite3 tool, a new process each run, opening the file and running the same counting SQL.
    const QVariantList values {
        year, periodId.isEmpty() ? QVariant() : QVariant(periodId), today.toString(Qt::ISODate), QVariant()};
    const QString script = QStringLiteral(".output /dev/null\n") + inlined(CompletionQueries::unitCountsSql(), values);
    QList<double> baselineMs;
    for (int run = 0; run < runs; ++run) {
        baselineMs << bench::runSqlite3(path, script);
    }
    const double baseline = median(baselineMs);
    cout << QStringLiteral("baseline: sqlite3 process, open + the same counting SQL: median %1 ms\n")
                .arg(baseline, 0, 'f', 1);
    if (baseline > 0) {
        cout << QStringLiteral("ratio dashboard / baseline: %1\n").arg(median(dashboardMs) / baseline, 0, 'f', 2);
    }
    return 0;
}
