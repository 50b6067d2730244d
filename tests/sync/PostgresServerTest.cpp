// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture every sync test stands on: a real, private PostgreSQL server (design.md "Sync").
#include "tests/sync/PostgresServer.h"

#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <optional>
#include <pwd.h>
#include <unistd.h>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// What tells one server process from another: its port and the postmaster's start time.
struct ServerIdentity
{
    int port = 0;
    QString startedAt;
    friend bool operator==(const ServerIdentity&, const ServerIdentity&) = default;
};

ServerIdentity identify(PostgresServer& server)
{
    const auto rows =
        server.runSql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_postmaster_start_time()::text"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return {server.port(), rows->first().first().toString()};
}

/// The server the first "shared server" case of this process saw.
std::optional<ServerIdentity>& firstSeen()
{
    static std::optional<ServerIdentity> seen;
    return seen;
}

/// Set by the case that runs this binary again with both "shared server" cases in one process.
bool sharingExpected()
{
    return qEnvironmentVariableIsSet("KINERJA_EXPECT_SHARED_SERVER");
}

/// One row's text values from runSql.
QStringList values(const Result<QList<QVariantList>>& rows)
{
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    QStringList texts;
    for (const QVariant& value : rows->first())
        texts.append(value.toString());
    return texts;
}

} // namespace

TEST_CASE("PostgresServer answers SELECT version() through QPSQL over TCP at its own port", "[sync][postgres]")
{
    auto& server = PostgresServer::shared();
    REQUIRE(server.isRunning());
    CHECK(server.host() == QStringLiteral("127.0.0.1"));
    CHECK(server.port() > 0);
    CHECK(server.port() != 5432);

    const auto connection = server.openConnection(
        QStringLiteral("postgres"), PostgresServer::superuser(), PostgresServer::superuserPassword());
    REQUIRE(connection.ok());
    {
        const QSqlDatabase database = QSqlDatabase::database(connection.value());
        CHECK(database.driverName() == QStringLiteral("QPSQL"));
        QSqlQuery query(database);
        // inet_server_addr() is NULL over a unix socket: an address proves the connection went through TCP.
        REQUIRE(query.exec(QStringLiteral("SELECT version(), host(inet_server_addr()), inet_server_port()")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString().startsWith(QStringLiteral("PostgreSQL ")));
        CHECK(query.value(1).toString() == QStringLiteral("127.0.0.1"));
        CHECK(query.value(2).toInt() == server.port());
    }
    server.closeConnection(connection.value());
    CHECK_FALSE(QSqlDatabase::contains(connection.value()));
}

TEST_CASE("PostgresServer lets a login role with a password into a new database and refuses a wrong password",
    "[sync][postgres]")
{
    auto& server = PostgresServer::shared();
    const QString database = server.uniqueName(QStringLiteral("fixture_db"));
    const QString role = server.uniqueName(QStringLiteral("fixture_user"));
    REQUIRE(server.createDatabase(database).ok());
    REQUIRE(server.runSql(database, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'correct horse'").arg(role)).ok());
    // The password is stored as a SCRAM verifier, and the host lines of pg_hba.conf ask for it.
    CHECK(
        values(server.runSql(QStringLiteral("postgres"),
            QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'").arg(role)))
        == QStringList {QStringLiteral("true")});

    const auto connection = server.openConnection(database, role, QStringLiteral("correct horse"));
    REQUIRE(connection.ok());
    {
        QSqlQuery query(QSqlDatabase::database(connection.value()));
        REQUIRE(query.exec(QStringLiteral("SELECT current_user, current_database(), usesuper FROM pg_user "
                                          "WHERE usename = current_user")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == role);
        CHECK(query.value(1).toString() == database);
        CHECK_FALSE(query.value(2).toBool());
    }
    server.closeConnection(connection.value());

    const auto refused = server.openConnection(database, role, QStringLiteral("wrong horse"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("password authentication failed")));
    const auto unknown = server.openConnection(database, QStringLiteral("nobody_here"), QStringLiteral("x"));
    CHECK_FALSE(unknown.ok());
}

TEST_CASE(
    "PostgresServer::shared is one server for every test case of a process (first)", "[sync][postgres][shared-server]")
{
    const ServerIdentity identity = identify(PostgresServer::shared());
    CHECK(&PostgresServer::shared() == &PostgresServer::shared());
    if (firstSeen())
        CHECK(*firstSeen() == identity);
    else
        firstSeen() = identity;
}

TEST_CASE(
    "PostgresServer::shared is one server for every test case of a process (second)", "[sync][postgres][shared-server]")
{
    const ServerIdentity identity = identify(PostgresServer::shared());
    if (sharingExpected())
        REQUIRE(firstSeen().has_value());
    if (firstSeen()) {
        CHECK(firstSeen()->port == identity.port);
        CHECK(firstSeen()->startedAt == identity.startedAt);
    } else {
        firstSeen() = identity;
    }
}

TEST_CASE("PostgresServer test cases run in one process share one server", "[sync][postgres]")
{
    // ctest runs every case in a process of its own, so run both "shared" cases together in a child process.
    QProcess child;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KINERJA_EXPECT_SHARED_SERVER"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("[shared-server]"), QStringLiteral("--order"), QStringLiteral("decl")});
    REQUIRE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output);
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("in 2 test cases")));
}

TEST_CASE("PostgresServer keeps its cluster in its own temp dir, away from the system cluster", "[sync][postgres]")
{
    auto& server = PostgresServer::shared();
    const QString dataDir = QFileInfo(server.dataDir()).canonicalFilePath();
    REQUIRE_FALSE(dataDir.isEmpty());
    CHECK(dataDir.startsWith(QFileInfo(server.socketDir()).canonicalFilePath() + QLatin1Char('/')));
    CHECK_FALSE(dataDir.startsWith(QStringLiteral("/var/lib/postgresql")));
    CHECK_FALSE(dataDir.startsWith(QStringLiteral("/etc/postgresql")));

    CHECK(values(server.runSql(QStringLiteral("postgres"), QStringLiteral("SHOW data_directory")))
        == QStringList {dataDir});
    CHECK(values(server.runSql(QStringLiteral("postgres"), QStringLiteral("SHOW port")))
        == QStringList {QString::number(server.port())});
    CHECK(values(server.runSql(QStringLiteral("postgres"), QStringLiteral("SHOW unix_socket_directories")))
        == QStringList {server.socketDir()});
    CHECK(values(server.runSql(QStringLiteral("postgres"), QStringLiteral("SHOW listen_addresses")))
        == QStringList {QStringLiteral("127.0.0.1")});
    CHECK(values(server.runSql(QStringLiteral("postgres"), QStringLiteral("SHOW fsync")))
        == QStringList {QStringLiteral("off")});
    CHECK(QFileInfo::exists(QDir(server.socketDir()).filePath(QStringLiteral(".s.PGSQL.%1").arg(server.port()))));

    // Run as root, the cluster belongs to the postgres system user (the server refuses to run as root).
    const passwd* postgres = ::getpwnam("postgres");
    const uint expectedOwner = ::geteuid() == 0 && postgres ? postgres->pw_uid : ::geteuid();
    CHECK(QFileInfo(dataDir).ownerId() == expectedOwner);
    CHECK(QFileInfo(server.dataDir() + QStringLiteral("/PG_VERSION")).ownerId() == expectedOwner);
}

TEST_CASE("PostgresServer of its own starts beside the shared one and stop() ends it", "[sync][postgres]")
{
    auto& shared = PostgresServer::shared();
    QString dir;
    {
        PostgresServer own;
        const Status started = own.start();
        REQUIRE(started.ok());
        CHECK(own.port() != shared.port());
        CHECK(own.dataDir() != shared.dataDir());
        CHECK(own.startMilliseconds() > 0);
        const qint64 pid = own.serverPid();
        REQUIRE(pid > 0);
        dir = own.socketDir();
        const int port = own.port();
        const auto connection = own.openConnection(
            QStringLiteral("postgres"), PostgresServer::superuser(), PostgresServer::superuserPassword());
        REQUIRE(connection.ok());

        REQUIRE(own.stop().ok());
        CHECK_FALSE(own.isRunning());
        CHECK(own.port() == 0);
        CHECK_FALSE(QSqlDatabase::contains(connection.value()));
        CHECK(::kill(static_cast<pid_t>(pid), 0) != 0);
        CHECK_FALSE(QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".s.PGSQL.%1").arg(port))));
        CHECK(QFileInfo::exists(dir)); // the cluster stays until the destructor

        // A stopped server starts again on the same cluster.
        REQUIRE(own.start().ok());
        CHECK(own.socketDir() == dir);
    }
    CHECK_FALSE(QFileInfo::exists(dir));
    CHECK(shared.isRunning());
}
