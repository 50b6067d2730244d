// SPDX-License-Identifier: GPL-3.0-or-later
// A sync killed half-way (kill -9 of kinerja-cli in the middle of a first pull of many pages, and in the middle of a
// push): the file stays whole, nothing committed is lost, and the next round finishes the job.
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/PostgresServer.h"
#include "tests/sync/SyncFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QStringList connectionArguments(SyncFixture& server, const QString& login)
{
    return {QStringLiteral("--host"), server.server().host(), QStringLiteral("--port"),
        QString::number(server.server().port()), QStringLiteral("--dbname"), server.databaseName(),
        QStringLiteral("--user"), login, QStringLiteral("--sslmode"), QStringLiteral("disable")};
}

/// Starts `kinerja-cli --database FILE sync ...` and kills it (SIGKILL) once `ready()` says so, or lets it finish.
/// Returns true when it was killed before finishing.
template<typename Ready>
bool syncAndKill(const QString& file, const QStringList& arguments, Ready ready)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(SyncFixture::kPassword));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KINERJA_CLI_PATH),
        QStringList {QStringLiteral("--database"), file, QStringLiteral("sync")} + arguments);
    REQUIRE(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        if (ready()) {
            process.kill();
            process.waitForFinished();
            return true;
        }
        process.waitForFinished(5); // also lets QProcess notice that the child ended (there is no event loop)
    }
    process.waitForFinished();
    return false;
}

/// The pull cursor stored in `file`, read through a plain read-only connection (no checks, no waiting), so that
/// watching the file does not slow the sync that writes it.
QString cursorOf(const QString& file)
{
    if (!QFile::exists(file))
        return {};
    const auto name = QStringLiteral("crash-watch");
    QString cursor;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pull_cursor FROM sync_state")) && query.next())
                cursor = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return cursor;
}

/// Every index and trigger of a file with its statement, by name.
QString schemaOf(const QString& file)
{
    auto db = Database::open(file, Database::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    return sql::scalar(db.value()->connection(),
        QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), '|') FROM (SELECT type, "
                       "name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)"),
        {}, "test")
        .toString();
}

QString integrity(const QString& file)
{
    auto db = Database::open(file, Database::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    return sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA integrity_check"), {}, "test").toString();
}

} // namespace

TEST_CASE("A first pull killed half-way leaves a whole file that the next round completes", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto login = server.addUser(QStringLiteral("admin"), plan.assessorNip, true);
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("admin.sqlite"));
    // kill it once some pages are in: the cursor has been written but the copy is not complete
    const bool killed = syncAndKill(file, QStringList {QStringLiteral("--bind")} + connectionArguments(server, login),
        [&file] { return cursorOf(file).contains(QStringLiteral("snapshot")); });
    REQUIRE(killed);
    CHECK(integrity(file) == QStringLiteral("ok"));
    {
        auto db = Database::open(file, Database::OpenMode::ReadOnly);
        REQUIRE(db.ok());
        const auto plans =
            sql::scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM performance_plan"), {}, "test")
                .toLongLong();
        CHECK(plans < server.value(QStringLiteral("SELECT count(*) FROM kinerja.performance_plan")).toLongLong());
    }

    // the next round goes on from the stored cursor and ends with everything
    const bool again = syncAndKill(file, connectionArguments(server, login), [] { return false; });
    CHECK_FALSE(again);
    CHECK(integrity(file) == QStringLiteral("ok"));
    auto db = Database::open(file, Database::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    for (const auto& table : {QStringLiteral("employee"), QStringLiteral("performance_plan"),
             QStringLiteral("work_result"), QStringLiteral("evaluation"), QStringLiteral("realization")}) {
        INFO(table.toStdString());
        CHECK(sql::scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, "test")
                  .toLongLong()
            == server.value(QStringLiteral("SELECT count(*) FROM kinerja.%1").arg(table)).toLongLong());
    }
    CHECK(sql::scalar(
              db.value()->connection(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"), {}, "test")
              .toInt()
        == 0);
    // the secondary indexes, left out while the copy ran, are all back as a new file has them, and the triggers
    const auto fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE(Database::open(fresh).ok());
    CHECK(schemaOf(file) == schemaOf(fresh));
}

TEST_CASE("A push killed half-way loses nothing and sends nothing twice", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto login = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("pegawai.sqlite"));
    REQUIRE_FALSE(syncAndKill(
        file, QStringList {QStringLiteral("--bind")} + connectionArguments(server, login), [] { return false; }));
    // 600 edits offline: three batches of 200
    QString result;
    {
        auto db = Database::open(file);
        REQUIRE(db.ok());
        result = sql::scalar(db.value()->connection(),
            QStringLiteral("SELECT id FROM work_result WHERE plan_id = ? ORDER BY sort_order LIMIT 1"), {plan.planId},
            "test")
                     .toString();
        auto connection = db.value()->connection();
        REQUIRE(connection.transaction());
        for (int i = 1; i <= 600; ++i)
            REQUIRE(sql::exec(connection, QStringLiteral("UPDATE work_result SET description = ? WHERE id = ?"),
                {QStringLiteral("Versi %1").arg(i), result}, "test"));
        REQUIRE(connection.commit());
    }
    // kill it once the server has taken some of them
    const bool killed = syncAndKill(file, connectionArguments(server, login),
        [&server] { return server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log")).toInt() > 0; });
    CHECK(integrity(file) == QStringLiteral("ok"));
    REQUIRE_FALSE(syncAndKill(file, connectionArguments(server, login), [] { return false; }));
    INFO("killed before the end: " << killed);
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.mutation_log")).toInt() == 600);
    CHECK(server.value(QStringLiteral("SELECT count(DISTINCT client_seq) FROM kinerja.mutation_log")).toInt() == 600);
    CHECK(server.value(QStringLiteral("SELECT description FROM kinerja.work_result WHERE id = '%1'").arg(result))
              .toString()
        == QStringLiteral("Versi 600"));
    auto db = Database::open(file, Database::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    CHECK(sql::scalar(db.value()->connection(),
              QStringLiteral("SELECT count(*) FROM outbox WHERE status <> 'confirmed'"), {}, "test")
              .toInt()
        == 0);
}
