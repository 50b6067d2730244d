// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync: the sync engine against a real PostgreSQL on the province file (issue 7 "Proof"; docs/benchmarks.md).
//   bench_sync PROVINCE.sqlite --host H --port P --user SUPERUSER [--dbname NAME] [--rounds N]
// The password of SUPERUSER comes from PGPASSWORD. Creates (or reuses) the database NAME, installed from the file.
// 1. First pull of the largest OPD by its administrator (server add-user --admin --unit) into new files, in two
//    rounds (KINERJA_BENCH_PULLS): as SyncEngine::pull does it (the next pages fetched on a second connection while
//    one is applied) and page after page on one connection, timed per part (server calls, local apply); against the
//    baseline in the same round: psql \copy of the same rows to files.
// 2. A push of 1,000 mutations by one employee, against psql running the same 1,000 UPDATEs in one transaction.
// 3. One change round trip between two engines: the employee's round (push), then the assessor's (pull).
// KINERJA_BENCH_VERBOSE=1 prints each page of the first pull and psql's timings; KINERJA_BENCH_PAGE=N asks for pages
// of N rows instead of SyncEngine::kPullPage (the server copies N/100 people per page, at most 10,000).
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/Sql.h"
#include "core/sync/PostgresTransport.h"
#include "core/sync/PullApplier.h"
#include "core/sync/ServerConnection.h"
#include "core/sync/ServerInstaller.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <tuple>

using namespace kinerja;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread in ms (user + system): less disturbed than wall time by other work on a shared machine,
/// and without the worker thread that fetches pages ahead.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// PostgresTransport that adds up the wall time of its pull calls; the transports another() makes (for the thread
/// that fetches ahead) add to the same sum.
class TimedTransport : public PostgresTransport
{
public:
    TimedTransport(ServerSettings settings, std::shared_ptr<std::atomic<qint64>> pullNs)
        : PostgresTransport(std::move(settings))
        , m_pullNs(std::move(pullNs))
    { }

    Result<QJsonObject> pull(const QString& clientId, const QJsonValue& cursor, int limit) override
    {
        QElapsedTimer timer;
        timer.start();
        auto page = PostgresTransport::pull(clientId, cursor, limit);
        *m_pullNs += timer.nsecsElapsed();
        if (qEnvironmentVariableIsSet("KINERJA_BENCH_VERBOSE")) {
            std::printf("  engine: pull call %.0f ms\n", msSince(timer));
        }
        return page;
    }

    std::unique_ptr<SyncTransport> another() const override
    {
        return std::make_unique<TimedTransport>(settings(), m_pullNs);
    }

private:
    std::shared_ptr<std::atomic<qint64>> m_pullNs;
};

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
T need(Result<T> result, const char* what)
{
    if (!result.ok()) {
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error()));
    }
    return std::move(result.value());
}

/// Runs psql with `script` on stdin as the superuser; returns the wall time in ms.
double runPsql(const ServerSettings& admin, const QString& script, QString* output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), admin.host, QStringLiteral("-p"),
            QString::number(admin.port), QStringLiteral("-U"), admin.user, QStringLiteral("-d"), admin.database});
    if (!process.waitForStarted()) {
        die(QStringLiteral("psql is not installed"));
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        die(QStringLiteral("psql failed: %1").arg(QString::fromUtf8(process.readAllStandardError())));
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput());
    }
    return msSince(timer);
}

QString psqlValue(const ServerSettings& admin, const QString& sql)
{
    QString out;
    runPsql(admin, sql + QLatin1Char('\n'), &out);
    return out.trimmed();
}

/// A new replica file bound to `login`.
std::unique_ptr<Database> newReplica(const QTemporaryDir& dir, const QString& name, const ServerSettings& settings)
{
    auto db = need(Database::open(dir.filePath(name)), "create a replica");
    need(DatabaseInfo::makeReplica(*db, {settings.host, settings.database, settings.user}), "bind a replica");
    return db;
}

long peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROVINCE"), QStringLiteral("a standalone province file"));
    parser.addOption({QStringLiteral("host"), QStringLiteral("server"), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("PORT"), QStringLiteral("5432")});
    parser.addOption(
        {QStringLiteral("user"), QStringLiteral("superuser"), QStringLiteral("ROLE"), QStringLiteral("postgres")});
    parser.addOption({QStringLiteral("dbname"), QStringLiteral("database to create or reuse"), QStringLiteral("NAME"),
        QStringLiteral("kinerja_bench")});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("round trips"), QStringLiteral("N"), QStringLiteral("10")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("host"))) {
        parser.showHelp(2);
    }
    ServerSettings admin;
    admin.host = parser.value(QStringLiteral("host"));
    admin.port = parser.value(QStringLiteral("port")).toInt();
    admin.user = parser.value(QStringLiteral("user"));
    admin.password = qEnvironmentVariable("PGPASSWORD");
    admin.sslMode = QStringLiteral("disable");
    admin.database = QStringLiteral("postgres");
    const auto name = parser.value(QStringLiteral("dbname"));
    const auto exists =
        psqlValue(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1';").arg(name));
    if (exists == QLatin1String("0")) {
        runPsql(admin, QStringLiteral("CREATE DATABASE %1;\n").arg(name));
    }
    admin.database = name;
    {
        auto connection = need(ServerConnection::open(admin), "connect");
        ServerInstaller installer(*connection);
        if (!need(installer.isInstalled(), "check")) {
            auto source = need(Database::open(parser.positionalArguments().first(), Database::OpenMode::ReadOnly),
                "open the province file");
            QElapsedTimer timer;
            timer.start();
            const auto loaded = need(installer.install(*source), "install");
            qint64 rows = 0;
            for (const auto& [table, count] : loaded) {
                rows += count;
            }
            std::printf("install: %lld rows in %.1f s\n", static_cast<long long>(rows), msSince(timer) / 1000);
        }
    }
    runPsql(admin, QStringLiteral("DELETE FROM kinerja.account WHERE login_role LIKE 'bench_%';\n"));

    // --- 1. the first pull of the largest OPD by its administrator -------------------------------------------------
    const auto opd = psqlValue(admin,
        QStringLiteral("WITH RECURSIVE tree AS (SELECT u.id AS opd, u.id FROM kinerja.org_unit AS u WHERE u.kind = "
                       "'opd' UNION ALL SELECT tree.opd, c.id FROM kinerja.org_unit AS c JOIN tree ON c.parent_id = "
                       "tree.id) SELECT o.code || '|' || count(e.id) || '|' || min(e.nip) FROM tree JOIN "
                       "kinerja.org_unit AS o ON o.id = tree.opd JOIN kinerja.employee AS e ON e.unit_id = tree.id "
                       "GROUP BY o.code ORDER BY count(e.id) DESC, o.code LIMIT 1;"))
                         .split(QLatin1Char('|'));
    if (opd.size() != 3) {
        die(QStringLiteral("no OPD found"));
    }
    const QString password = QStringLiteral("bench-password");
    {
        auto connection = need(ServerConnection::open(admin), "connect");
        ServerInstaller installer(*connection);
        need(installer.addUser(QStringLiteral("bench_opd"), password, opd.at(2), true, opd.at(0)), "add the admin");
    }
    ServerSettings opdAdmin = admin;
    opdAdmin.user = QStringLiteral("bench_opd");
    opdAdmin.password = password;
    QTemporaryDir dir;
    struct Pull
    {
        double ms = 0; ///< wall time of connect, hello and every page
        double serverMs = 0; ///< wall time of the pull calls (on whichever thread made them)
        double applyMs = 0; ///< page after page only: wall time of the local apply
        double cpuMs = 0; ///< CPU time of the applying thread (the engine's: also its share of the calls)
        qint64 rows = 0;
        int pages = 0;
        qint64 bytes = 0; ///< page after page only: the pages' JSON
        qint64 fileBytes = 0;
    };
    // as the engine pulls: the pages after the first fetched on a second connection while one is applied
    int files = 0;
    const auto enginePull = [&] {
        auto file = newReplica(dir, QStringLiteral("opd-%1.sqlite").arg(++files), opdAdmin);
        auto pullNs = std::make_shared<std::atomic<qint64>>(0);
        TimedTransport timed(opdAdmin, pullNs);
        SyncEngine engine(*file, timed);
        SyncReport pulled;
        Pull result;
        QElapsedTimer timer;
        timer.start();
        need(timed.connect(), "connect as the OPD admin");
        need(engine.hello(pulled), "hello");
        const double cpuBefore = cpuMs();
        need(engine.pull(pulled), "pull");
        result.cpuMs = cpuMs() - cpuBefore;
        timed.disconnect();
        result.ms = msSince(timer);
        result.serverMs = double(pullNs->load()) / 1e6;
        result.rows = pulled.pulledRows;
        result.pages = pulled.pages;
        result.fileBytes = QFileInfo(file->path()).size();
        return result;
    };
    // page after page on one connection, each part timed
    const int pageLimit = qEnvironmentVariableIntValue("KINERJA_BENCH_PAGE") > 0
        ? qEnvironmentVariableIntValue("KINERJA_BENCH_PAGE")
        : SyncEngine::kPullPage;
    const auto sequentialPull = [&] {
        auto replica = newReplica(dir, QStringLiteral("opd-%1.sqlite").arg(++files), opdAdmin);
        const auto clientId = need(SyncState::read(*replica), "read the client id").clientId;
        PostgresTransport transport(opdAdmin);
        Pull result;
        QElapsedTimer total;
        total.start();
        need(transport.connect(), "connect as the OPD admin");
        need(transport.hello(clientId, SyncEngine::kProtocolVersion, QStringLiteral("bench")), "hello");
        PullApplier applier(*replica);
        double excludedMs = 0;
        for (bool more = true; more;) {
            const auto state = need(SyncState::read(*replica), "read the cursor");
            QElapsedTimer call;
            call.start();
            const auto page = need(transport.pull(clientId, state.cursor, pageLimit), "pull");
            const double callMs = msSince(call);
            result.serverMs += callMs;
            QElapsedTimer measuring; // the size is measured outside the timed work
            measuring.start();
            result.bytes += QJsonDocument(page).toJson(QJsonDocument::Compact).size();
            excludedMs += msSince(measuring);
            call.restart();
            const double cpuBefore = cpuMs();
            const auto pageRows = need(applier.apply(page), "apply").rows;
            result.rows += pageRows;
            result.applyMs += msSince(call);
            result.cpuMs += cpuMs() - cpuBefore;
            if (qEnvironmentVariableIsSet("KINERJA_BENCH_VERBOSE")) {
                std::printf("  page %d: %d rows, server call %.0f ms, apply %.0f ms\n", result.pages, pageRows, callMs,
                    msSince(call));
            }
            ++result.pages;
            more = page.value(QStringLiteral("more")).toBool();
        }
        transport.disconnect();
        result.ms = msSince(total) - excludedMs;
        result.fileBytes = QFileInfo(replica->path()).size();
        return result;
    };

    // the baseline: psql \copy of the same rows (the scope's rows of every synced table) to CSV files, the scope
    // worked out once into temporary tables first (included in the time)
    QString copy = QStringLiteral(
        "CREATE TEMPORARY TABLE bench_scope AS SELECT unnest(kinerja.scope_of('bench_opd')) AS id;\n"
        "CREATE TEMPORARY TABLE bench_visible AS SELECT unnest(kinerja.visible_employees(ARRAY(SELECT id FROM "
        "bench_scope))) AS id;\n");
    const auto tables = psqlValue(admin,
        QStringLiteral("SELECT string_agg(table_name || ':' || scoped, ' ' ORDER BY sort_order) FROM "
                       "kinerja.synced_table;"))
                            .split(QLatin1Char(' '));
    for (const auto& entry : tables) {
        const auto table = entry.section(QLatin1Char(':'), 0, 0);
        const bool scoped = entry.section(QLatin1Char(':'), 1) == QLatin1String("true");
        QString where = QStringLiteral("true");
        if (table == QLatin1String("employee")) {
            where = QStringLiteral("id = ANY (ARRAY(SELECT id FROM bench_visible))");
        } else if (scoped) {
            // an array, as the pull's pages do: the planner then reads the scope index, not the whole table
            where = QStringLiteral("scope_employee_id = ANY (ARRAY(SELECT id FROM bench_scope))");
        }
        copy += QStringLiteral("\\copy (SELECT * FROM kinerja.%1 WHERE %2) TO '%3' CSV\n")
                    .arg(table, where, dir.filePath(table + QStringLiteral(".csv")));
    }

    // Two rounds (KINERJA_BENCH_PULLS=N for N), each a pull as the engine makes it, one page after page, and the
    // baseline; the engine's pull first in odd rounds and second in even ones, so that neither always finds the
    // server's caches as the other left them.
    const int pullRounds = qEnvironmentVariableIntValue("KINERJA_BENCH_PULLS") > 0
        ? qEnvironmentVariableIntValue("KINERJA_BENCH_PULLS")
        : 2;
    for (int round = 1; round <= pullRounds; ++round) {
        Pull engine;
        Pull sequential;
        if (round % 2 == 1) {
            engine = enginePull();
            sequential = sequentialPull();
        } else {
            sequential = sequentialPull();
            engine = enginePull();
        }
        QString copyTimings;
        const double copyMs = runPsql(admin, QStringLiteral("\\timing on\n") + copy, &copyTimings);
        if (qEnvironmentVariableIsSet("KINERJA_BENCH_VERBOSE")) {
            std::printf("%s\n", qPrintable(copyTimings));
        }
        std::printf("first pull of OPD %s (%s people) as its admin, SyncEngine::pull (next pages fetched while one "
                    "is applied): %lld rows in %d pages, %.0f ms (server calls %.0f ms, applying thread %.0f ms CPU), "
                    "file %.1f MB\n",
            qPrintable(opd.at(0)), qPrintable(opd.at(1)), static_cast<long long>(engine.rows), engine.pages, engine.ms,
            engine.serverMs, engine.cpuMs, double(engine.fileBytes) / 1e6);
        std::printf("  baseline psql \\copy of the same rows: %.0f ms; ratio %.2f\n", copyMs, engine.ms / copyMs);
        std::printf("  the same page after page on one connection: %lld rows in %d pages, %.0f ms (server calls %.0f "
                    "ms, local apply %.0f ms of which %.0f ms CPU), %.1f MB JSON, file %.1f MB; ratio %.2f\n",
            static_cast<long long>(sequential.rows), sequential.pages, sequential.ms, sequential.serverMs,
            sequential.applyMs, sequential.cpuMs, double(sequential.bytes) / 1e6, double(sequential.fileBytes) / 1e6,
            sequential.ms / copyMs);
    }

    // --- 2. a push of 1,000 mutations ---------------------------------------------------------------------------
    const auto pair = psqlValue(admin,
        QStringLiteral("SELECT e.nip || '|' || a.nip || '|' || p.id FROM kinerja.performance_plan AS p JOIN "
                       "kinerja.employee AS e ON e.id = p.employee_id JOIN kinerja.employee AS a ON a.id = "
                       "p.assessor_id WHERE p.status = 'plan.draft' AND e.nip IS NOT NULL AND a.nip IS NOT NULL AND "
                       "a.id <> e.id ORDER BY e.nip LIMIT 1;"))
                          .split(QLatin1Char('|'));
    if (pair.size() != 3) {
        die(QStringLiteral("no draft plan with an assessor"));
    }
    {
        auto connection = need(ServerConnection::open(admin), "connect");
        ServerInstaller installer(*connection);
        need(installer.addUser(QStringLiteral("bench_employee"), password, pair.at(0), false), "add the employee");
        need(installer.addUser(QStringLiteral("bench_assessor"), password, pair.at(1), false), "add the assessor");
    }
    ServerSettings employeeSettings = admin;
    employeeSettings.user = QStringLiteral("bench_employee");
    employeeSettings.password = password;
    ServerSettings assessorSettings = employeeSettings;
    assessorSettings.user = QStringLiteral("bench_assessor");
    auto employeeFile = newReplica(dir, QStringLiteral("employee.sqlite"), employeeSettings);
    auto assessorFile = newReplica(dir, QStringLiteral("assessor.sqlite"), assessorSettings);
    PostgresTransport employeeTransport(employeeSettings);
    PostgresTransport assessorTransport(assessorSettings);
    SyncEngine employeeEngine(*employeeFile, employeeTransport);
    SyncEngine assessorEngine(*assessorFile, assessorTransport);
    need(employeeEngine.run(), "first sync of the employee");
    need(assessorEngine.run(), "first sync of the assessor");
    const auto result = sql::scalar(employeeFile->connection(),
        QStringLiteral("SELECT id FROM work_result WHERE plan_id = ? ORDER BY sort_order LIMIT 1"), {pair.at(2)},
        "bench")
                            .toString();
    {
        auto db = employeeFile->connection();
        db.transaction();
        for (int i = 1; i <= 1000; ++i) {
            sql::exec(db, QStringLiteral("UPDATE work_result SET description = ? WHERE id = ?"),
                {QStringLiteral("Versi %1").arg(i), result}, "bench edit");
        }
        db.commit();
    }
    SyncReport report;
    need(employeeTransport.connect(), "connect");
    need(employeeEngine.hello(report), "hello");
    QElapsedTimer push;
    push.start();
    need(employeeEngine.push(report), "push");
    const double pushMs = msSince(push);
    employeeTransport.disconnect();
    QString updates = QStringLiteral("BEGIN;\n");
    for (int i = 1; i <= 1000; ++i) {
        updates += QStringLiteral("UPDATE kinerja.work_result SET description = 'Psql %1' WHERE id = '%2';\n")
                       .arg(i)
                       .arg(result);
    }
    updates += QStringLiteral("ROLLBACK;\n");
    const double updatesMs = runPsql(admin, updates);
    std::printf("push of %d mutations: %.0f ms (%.2f ms each; %d applied, %d merged, %d conflicts, %d refused)\n",
        report.pushed, pushMs, pushMs / std::max(1, report.pushed), report.applied, report.merged, report.conflicts,
        report.refused);
    std::printf("  baseline psql, the same 1,000 UPDATEs in one transaction: %.0f ms; ratio %.2f\n", updatesMs,
        pushMs / updatesMs);

    // --- 3. one change round trip between two engines --------------------------------------------------------------
    need(assessorEngine.run(), "catch up");
    QList<double> trips;
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    for (int i = 0; i < rounds; ++i) {
        const auto text = QStringLiteral("Perjalanan %1").arg(i);
        sql::exec(employeeFile->connection(), QStringLiteral("UPDATE work_result SET description = ? WHERE id = ?"),
            {text, result}, "bench edit");
        QElapsedTimer trip;
        trip.start();
        need(employeeEngine.run(), "the employee's round");
        need(assessorEngine.run(), "the assessor's round");
        trips.append(msSince(trip));
        if (sql::scalar(assessorFile->connection(), QStringLiteral("SELECT description FROM work_result WHERE id = ?"),
                {result}, "bench read")
                .toString()
            != text) {
            die(QStringLiteral("the change did not arrive"));
        }
    }
    std::sort(trips.begin(), trips.end());
    std::printf("round trip (employee's round + assessor's round, each connect, hello, push, pull, disconnect): "
                "median %.0f ms, max %.0f ms over %d\n",
        trips.at(trips.size() / 2), trips.last(), rounds);
    std::printf("peak memory: %ld MB\n", peakMegabytes());
    return 0;
}
