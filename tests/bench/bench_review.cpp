// SPDX-License-Identifier: GPL-3.0-or-later
// bench_review FILE.sqlite [--people N] [--runs R]
// The assessor's desk on a province file (issue 5 "Proof": the queue of an assessor with 500 people opens under
// 200 ms). The file is copied to a temporary folder first; in the copy the N plans (default 500) of the newest year
// that come first by unit get one assessor (the head of the first of those units), and their evaluations of the
// first period of the first plan are submitted, so that N evaluations wait for that person. Then, R times each (default
// 10), median and slowest:
//   1. ReviewQueue::waitingFor (the core query),
//   2. the review page opening: ReviewPage::reload() with the first document shown beside the queue,
//   3. the batch grid opening: TeamRatingPage::reload() of that period, N rows,
// and once: AssessorDesk::rateAll of the N evaluations (each rated in its own transaction).
// Baseline in the same run: the sqlite3 tool reading the same N evaluation rows with their plans (one SELECT, the
// assessor's id inlined, without the Plt./Plh. rule and without building anything).
// Runs on the platform given by QT_QPA_PLATFORM (offscreen when unset).
#include "core/storage/AssessorDesk.h"
#include "core/storage/Database.h"
#include "core/storage/ReviewQueue.h"
#include "tests/bench/BenchSupport.h"
#include "ui/Session.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/TeamRatingModel.h"
#include "ui/review/TeamRatingPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kinerja;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double median = 0;
    double slowest = 0;
};

template<typename F>
Figures measure(int runs, F&& work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(msSince(timer));
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.last()};
}

QString argumentAfter(const QStringList& arguments, const QString& name, const QString& fallback)
{
    const auto at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings of the person running it are touched
    QTextStream cout(stdout);
    const auto arguments = app.arguments();
    if (arguments.size() < 2) {
        cout << "usage: bench_review FILE.sqlite [--people N] [--runs R]\n";
        return 2;
    }
    const int people = argumentAfter(arguments, QStringLiteral("--people"), QStringLiteral("500")).toInt();
    const int runs = argumentAfter(arguments, QStringLiteral("--runs"), QStringLiteral("10")).toInt();

    QElapsedTimer setup;
    setup.start();
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("review.sqlite"));
    if (!QFile::copy(arguments.at(1), path)) {
        cout << "could not copy " << arguments.at(1) << '\n';
        return 1;
    }
    QString assessor;
    QString period;
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened) {
            cout << opened.error() << '\n';
            return 1;
        }
        auto db = opened.value()->connection();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT max(year) FROM performance_plan WHERE deleted = 0"));
        const int year = q.next() ? q.value(0).toInt() : 0;
        q.prepare(QStringLiteral("SELECT id FROM performance_plan WHERE year = ? AND deleted = 0 "
                                 "ORDER BY employee_unit, id LIMIT ?"));
        q.addBindValue(year);
        q.addBindValue(people);
        q.exec();
        QStringList plans;
        while (q.next()) {
            plans.append(q.value(0).toString());
        }
        q.prepare(QStringLiteral("SELECT assessor_id FROM performance_plan WHERE id = ?"));
        q.addBindValue(plans.value(0));
        q.exec();
        assessor = q.next() ? q.value(0).toString() : QString();
        q.prepare(QStringLiteral("SELECT e.period_id FROM evaluation AS e JOIN assessment_period AS ap ON ap.id = "
                                 "e.period_id WHERE e.plan_id = ? AND e.deleted = 0 ORDER BY ap.starts_on LIMIT 1"));
        q.addBindValue(plans.value(0));
        q.exec();
        period = q.next() ? q.value(0).toString() : QString();
        if (plans.size() < people || assessor.isEmpty() || period.isEmpty()) {
            cout << "the file has too few plans of one year, or no first period\n";
            return 1;
        }
        db.transaction();
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE performance_plan SET assessor_id = ? WHERE id = ?"));
        QSqlQuery submit(db);
        submit.prepare(QStringLiteral("UPDATE evaluation SET status = 'evaluation.submitted', result_rating = NULL, "
                                      "behavior_rating = NULL, grade = NULL WHERE plan_id = ? AND period_id = ?"));
        for (const auto& plan : std::as_const(plans)) {
            update.addBindValue(assessor);
            update.addBindValue(plan);
            submit.addBindValue(plan);
            submit.addBindValue(period);
            if (!update.exec() || !submit.exec()) {
                cout << "could not prepare the copy\n";
                return 1;
            }
        }
        db.commit();
        q = QSqlQuery();
        update = QSqlQuery();
        submit = QSqlQuery();
    }
    const double setupMs = msSince(setup);

    Session session;
    if (const auto opened = session.open(path); !opened) {
        cout << opened.error() << '\n';
        return 1;
    }
    const auto assessorId = QUuid::fromString(assessor);
    if (const auto signedIn = session.signIn({assessorId, QStringLiteral("Penilai"), {}, false}); !signedIn) {
        cout << signedIn.error() << '\n';
        return 1;
    }
    const auto today = session.today();

    int queued = 0;
    const auto queue = measure(runs, [&] {
        const auto items = ReviewQueue(session.database()).waitingFor(assessorId, today);
        queued = items ? static_cast<int>(items->size()) : -1;
    });
    ReviewPage reviewPage(session);
    reviewPage.resize(1366, 700);
    reviewPage.show();
    const auto review = measure(runs, [&] {
        reviewPage.reload();
        QApplication::processEvents();
    });
    TeamRatingPage teamPage(session);
    teamPage.resize(1366, 700);
    teamPage.show();
    int rows = 0;
    const auto periodId = QUuid::fromString(period);
    const auto team = measure(runs, [&] {
        teamPage.reload();
        for (int i = 0; i < teamPage.periods().size(); ++i) {
            if (teamPage.periods().at(i).id == periodId) {
                teamPage.setPeriodIndex(i);
            }
        }
        QApplication::processEvents();
        rows = teamPage.model()->rowCount();
    });

    const QString baselineSql =
        QStringLiteral("SELECT e.id, p.id, p.employee_id, p.employee_name, p.employee_nip, p.employee_unit, "
                       "e.period_id, e.starts_on, e.ends_on, e.status, e.submitted_at FROM evaluation AS e "
                       "JOIN performance_plan AS p ON p.id = e.plan_id WHERE p.assessor_id = '%1' AND p.deleted = 0 "
                       "AND e.deleted = 0 AND e.status IN ('evaluation.submitted', 'evaluation.rated');\n")
            .arg(assessor);
    QList<double> baselineTimes;
    for (int run = 0; run < runs; ++run) {
        baselineTimes.append(bench::runSqlite3(path, baselineSql));
    }
    std::sort(baselineTimes.begin(), baselineTimes.end());
    const double baseline = baselineTimes.at(baselineTimes.size() / 2);

    // the batch: every waiting evaluation of the period rated in one sitting
    QList<AssessorDesk::Ratings> lines;
    for (const auto& member : teamPage.model()->members()) {
        if (member.state == WorkflowState::EvaluationSubmitted) {
            lines.append({member.evaluationId, Rating::AsExpected, Rating::AsExpected});
        }
    }
    QElapsedTimer batchTimer;
    batchTimer.start();
    const auto outcomes = AssessorDesk(session.database(), assessorId, today).rateAll(lines);
    const double batchMs = msSince(batchTimer);
    const auto rated =
        std::count_if(outcomes.begin(), outcomes.end(), [](const auto& line) { return line.status.ok(); });

    cout << "setup (copy and reassign, not timed below): " << qRound(setupMs) << " ms\n";
    cout << "assessor with " << people << " people, " << queued << " documents waiting\n";
    cout << "ReviewQueue::waitingFor: median " << queue.median << " ms, slowest " << queue.slowest << " ms\n";
    cout << "review page opening (queue + first document): median " << review.median << " ms, slowest "
         << review.slowest << " ms (target under 200 ms)\n";
    cout << "team grid opening (" << rows << " rows): median " << team.median << " ms, slowest " << team.slowest
         << " ms\n";
    cout << "baseline sqlite3, the same rows: median " << baseline << " ms; ratios queue " << queue.median / baseline
         << ", review page " << review.median / baseline << ", team grid " << team.median / baseline << '\n';
    cout << "batch rate of " << lines.size() << ": " << qRound(batchMs) << " ms ("
         << batchMs / std::max<qsizetype>(1, lines.size()) << " ms each), " << rated << " rated\n";
    return 0;
}
