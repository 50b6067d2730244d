// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace kinerja::test {

/**
 * A real, private PostgreSQL server for one test process (design.md "Sync"; sync-research.md 9.11). Never a mock,
 * never the system's own cluster or port 5432.
 *
 * start() takes Debian's server programs from the highest /usr/lib/postgresql/<version>/bin (or from the directory in
 * KINERJA_PG_BIN), makes a fresh cluster in a new temp dir (initdb, or a copy of a cached initdb result, see below),
 * and runs `postgres` listening on 127.0.0.1 at a free TCP port, with its unix socket in the temp dir. Host
 * connections need the password (scram-sha-256); the unix socket trusts local users. fsync, synchronous commit and
 * full-page writes are off: the cluster is thrown away, speed matters more than durability.
 *
 * Run as root (as CI does), the temp dir and the cluster belong to the `postgres` system user, and initdb, postgres
 * and pg_ctl run as that user (the test process switches user in the child after fork; no runuser or sudo needed).
 * The temp dir must be reachable by that user: it is made under QDir::tempPath(), or /tmp when that path is not
 * traversable by others.
 *
 * The server is a child of the test process and gets SIGINT (a fast shutdown) when the process dies, even by
 * SIGKILL, so a crashed or killed test leaves no server running (only its temp dir). stop() and the destructor shut
 * it down with `pg_ctl stop -m fast`.
 *
 * A fresh cluster from initdb costs about 1.5 s; the first initdb of a build is therefore kept under
 * KINERJA_PG_TEMPLATE_CACHE (set by tests/CMakeLists.txt, one copy per PostgreSQL major version and user id) and later
 * starts copy it (`cp -a`), which takes a fraction of that. A cache that cannot be written is skipped.
 *
 * Connections are named QSqlDatabase connections through Qt's QPSQL driver (libqt6sql6-psql). The server removes the
 * ones it opened when it stops; callers must have dropped their QSqlDatabase copies by then.
 *
 * Not thread-safe: use it from the test thread.
 */
class PostgresServer
{
public:
    PostgresServer();
    /// Stops the server and removes its temp dir.
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    /// The server shared by every test case of this process, started on first use and stopped when the
    /// QCoreApplication goes away. Fails the current test case (Catch FAIL, with the server log's tail) when the server
    /// cannot start, and again in every later case. Each test case makes its own database (uniqueName()).
    static PostgresServer& shared();

    /// Starts the server; success when it is already running. The error says what was missing or what failed, with
    /// the tail of initdb's output or of the server log.
    Status start();
    /// Closes the connections this object opened and stops the server (pg_ctl stop -m fast). The temp dir stays until
    /// the destructor. Success when it was not running.
    Status stop();
    bool isRunning() const;

    /// Always 127.0.0.1: the server listens on loopback TCP only.
    QString host() const;
    /// The TCP port (and the number in the unix socket's name); 0 when not running.
    int port() const { return m_port; }
    /// The directory holding the unix socket, also the temp dir holding the cluster.
    QString socketDir() const;
    QString dataDir() const;
    /// The PostgreSQL program directory in use, e.g. /usr/lib/postgresql/15/bin.
    QString binDir() const { return m_binDir; }
    QString logPath() const;
    /// The last lines of the server log, for failure messages.
    QString logTail(int lines = 30) const;
    /// The postmaster's process id; 0 when not running.
    qint64 serverPid() const;
    /// How long the last successful start() took, in milliseconds.
    qint64 startMilliseconds() const { return m_startMilliseconds; }

    /// The superuser that initdb created (not the OS user) and its password, for host (TCP) connections.
    static QString superuser();
    static QString superuserPassword();

    /**
     * Opens a QPSQL connection over TCP to `database` as `user` with `password` and returns its QSqlDatabase
     * connection name (QSqlDatabase::database(name)). On failure nothing stays registered and the error holds the
     * driver's message (e.g. "password authentication failed for user ...").
     */
    Result<QString> openConnection(const QString& database, const QString& user, const QString& password);
    /// Closes and removes a connection from openConnection(); drop every QSqlDatabase copy of it first.
    void closeConnection(const QString& connectionName);

    /// CREATE DATABASE `name` (quoted as an identifier), owned by the superuser.
    Status createDatabase(const QString& name);
    /// Runs `sql` (one statement, or several separated by semicolons without bound values) in `database` as the
    /// superuser, through a connection kept open per database. Returns the rows the statement produced, if any.
    Result<QList<QVariantList>> runSql(const QString& database, const QString& sql);
    /// A lower-case name, unique on this server, for a database or role: `prefix` + a counter.
    QString uniqueName(const QString& prefix);

private:
    Status prepareCluster();
    Status runServer();
    Result<QString> adminConnection(const QString& database);
    void closeAllConnections();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_binDir;
    int m_port = 0;
    qint64 m_startMilliseconds = 0;
    int m_connectionCounter = 0;
    int m_nameCounter = 0;
    QStringList m_connections;
    QHash<QString, QString> m_adminConnections; // database -> connection name, also listed in m_connections
};

} // namespace kinerja::test
