// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/PostgresServer.h"

#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVersionNumber>
#include <QtDebug>

#include <arpa/inet.h>
#include <csignal>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kinerja::test {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kToolTimeoutMs = 120000;
constexpr int kPortAttempts = 5;
constexpr int kSystemClusterPort = 5432;
/// sockaddr_un's sun_path holds 108 bytes with the terminating NUL.
constexpr qsizetype kMaxSocketPath = 107;
/// Bump when the initdb options change, so that an old cached cluster is not copied.
constexpr int kTemplateFormat = 1;

/// Who runs the server programs: the postgres system user when the tests run as root, else the current user.
struct ServerAccount
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

Result<ServerAccount> serverAccount()
{
    if (::geteuid() != 0)
        return ServerAccount {false, ::geteuid(), ::getegid()};
    const passwd* entry = ::getpwnam("postgres");
    if (!entry) {
        return Result<ServerAccount>::failure(
            QStringLiteral("Running as root, the test PostgreSQL server must run as the postgres system user, and "
                           "there is none: install the postgresql package (installer/setup-debian.sh)."));
    }
    return ServerAccount {true, entry->pw_uid, entry->pw_gid};
}

bool hasServerPrograms(const QString& binDir)
{
    for (const auto* program : {"initdb", "pg_ctl", "postgres"}) {
        if (!QFileInfo(binDir + QLatin1Char('/') + QLatin1String(program)).isExecutable())
            return false;
    }
    return true;
}

/// KINERJA_PG_BIN, else the highest /usr/lib/postgresql/<version>/bin holding initdb, pg_ctl and postgres.
Result<QString> findBinDir()
{
    const QString chosen = qEnvironmentVariable("KINERJA_PG_BIN");
    if (!chosen.isEmpty()) {
        if (hasServerPrograms(chosen))
            return chosen;
        return Result<QString>::failure(
            QStringLiteral("KINERJA_PG_BIN is %1, which does not hold initdb, pg_ctl and postgres.").arg(chosen));
    }
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString& entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString binDir = root.filePath(entry + QStringLiteral("/bin"));
        if (!version.isNull() && hasServerPrograms(binDir) && (best.isEmpty() || version > bestVersion)) {
            best = binDir;
            bestVersion = version;
        }
    }
    if (best.isEmpty()) {
        return Result<QString>::failure(
            QStringLiteral("PostgreSQL's initdb, pg_ctl and postgres were not found in /usr/lib/postgresql/*/bin: "
                           "install the postgresql package (installer/setup-debian.sh), or set KINERJA_PG_BIN to the "
                           "directory that holds them."));
    }
    return best;
}

/// The environment of the server programs: no PG* variables of the caller, messages in English.
QProcessEnvironment childEnvironment()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

/// libpq reads PGHOST, PGPASSWORD, PGSSLMODE, ~/.pgpass through PGPASSFILE and more: the tests set everything
/// themselves, so none of the caller's settings may leak into their connections.
void clearLibpqEnvironment()
{
    const auto keys = QProcessEnvironment::systemEnvironment().keys();
    for (const QString& key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            qunsetenv(key.toLocal8Bit().constData());
    }
}

/// Runs the child as the server account (root gives up its groups and ids between fork and exec) and, for the server
/// itself, asks the kernel to send it SIGINT (PostgreSQL's fast shutdown) when the test process dies.
void runAs(QProcess& process, const ServerAccount& account, bool dieWithParent)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([account, parent, dieWithParent] {
        // In the child between fork and exec: only async-signal-safe calls.
        if (account.switchUser
            && (::setgroups(0, nullptr) != 0 || ::setgid(account.gid) != 0 || ::setuid(account.uid) != 0))
            ::_exit(126);
        // After setuid: a change of credentials clears the parent-death signal.
        if (dieWithParent && (::prctl(PR_SET_PDEATHSIG, SIGINT) != 0 || ::getppid() != parent))
            ::_exit(126);
    });
}

/// Runs a program to its end; its merged output, or an error with that output.
Result<QString> runTool(
    const QString& program, const QStringList& arguments, const ServerAccount& account, const QString& workingDir)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDir);
    process.setProcessEnvironment(childEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    runAs(process, account, false);
    const QString commandLine = QStringList(QStringList {program} + arguments).join(QLatin1Char(' '));
    process.start();
    if (!process.waitForStarted()) {
        return Result<QString>::failure(
            QStringLiteral("%1 could not start: %2").arg(commandLine, process.errorString()));
    }
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Result<QString>::failure(
            QStringLiteral("%1 did not finish within %2 s.").arg(commandLine).arg(kToolTimeoutMs / 1000));
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString hint = process.exitCode() == 126 && account.switchUser
            ? QStringLiteral(" (could not switch to the postgres user)")
            : QString();
        return Result<QString>::failure(QStringLiteral("%1 failed with exit code %2%3:\n%4")
                                            .arg(commandLine)
                                            .arg(process.exitCode())
                                            .arg(hint, output));
    }
    return output;
}

/// Whether every directory from `path` up to / can be entered by other users (the postgres user, when root).
bool traversableByOthers(const QString& path)
{
    QString current = QFileInfo(path).canonicalFilePath();
    if (current.isEmpty())
        return false;
    for (;;) {
        struct stat info
        { };
        if (::stat(QFile::encodeName(current).constData(), &info) != 0 || (info.st_mode & S_IXOTH) == 0)
            return false;
        if (current == QLatin1String("/"))
            return true;
        current = QFileInfo(current).path();
    }
}

/// A TCP port on 127.0.0.1 that nobody listens on at the moment of asking; 0 when none could be found. Another
/// process may take it before the server binds it: the caller retries on "could not bind".
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr) == 1
        && ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

/// Waits until postmaster.pid says "ready" (as `pg_ctl start -w` does) for this process; an error when the server
/// exits or the time runs out.
Status waitUntilReady(QProcess& process, const QString& pidFile)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kStartTimeoutMs) {
        QFile file(pidFile);
        if (file.open(QIODevice::ReadOnly)) {
            // Lines: pid, data dir, start time, port, socket dir, listen address, shared memory key, status.
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() > 7 && lines.at(0).trimmed().toLongLong() == process.processId()
                && lines.at(7).trimmed() == "ready")
                return success();
        }
        if (process.state() == QProcess::NotRunning || process.waitForFinished(20)) {
            return Status::failure(
                QStringLiteral("The PostgreSQL server exited while starting (exit code %1).").arg(process.exitCode()));
        }
    }
    return Status::failure(
        QStringLiteral("The PostgreSQL server was not ready within %1 s.").arg(kStartTimeoutMs / 1000));
}

/// The major version of the server programs ("15"), empty when unknown.
QString majorVersion(const QString& binDir, const QString& workingDir)
{
    const auto version = runTool(binDir + QStringLiteral("/postgres"), {QStringLiteral("-V")}, {}, workingDir);
    static const QRegularExpression pattern(QStringLiteral("\\(PostgreSQL\\) (\\d+)"));
    return version.ok() ? pattern.match(version.value()).captured(1) : QString();
}

/// Where a clean initdb result is kept for later starts; empty when there is no cache.
QString templateCacheDir(const QString& major)
{
#ifdef KINERJA_PG_TEMPLATE_CACHE
    if (major.isEmpty())
        return {};
    return QStringLiteral("%1/pg%2-uid%3-v%4")
        .arg(QString::fromUtf8(KINERJA_PG_TEMPLATE_CACHE), major)
        .arg(::geteuid())
        .arg(kTemplateFormat);
#else
    Q_UNUSED(major)
    return {};
#endif
}

QString quoteIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (const Status stopped = stop(); !stopped)
        qWarning().noquote() << "The test PostgreSQL server did not stop cleanly:" << stopped.error();
}

PostgresServer& PostgresServer::shared()
{
    static PostgresServer server;
    static const Status started = [] {
        // Stop while the QCoreApplication still exists, before static destruction.
        qAddPostRoutine([] {
            if (const Status stopped = server.stop(); !stopped)
                qWarning().noquote() << "The test PostgreSQL server did not stop cleanly:" << stopped.error();
        });
        return server.start();
    }();
    if (!started.ok())
        FAIL("The test PostgreSQL server did not start. " << started.error());
    return server;
}

Status PostgresServer::start()
{
    if (isRunning())
        return success();
    QElapsedTimer timer;
    timer.start();
    clearLibpqEnvironment();
    const auto binDir = findBinDir();
    if (!binDir)
        return binDir.propagate<Done>();
    m_binDir = binDir.value();
    const auto account = serverAccount();
    if (!account)
        return account.propagate<Done>();

    if (!m_dir) {
        QString base = QDir::tempPath();
        if (account->switchUser && !traversableByOthers(base))
            base = QStringLiteral("/tmp");
        auto dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/kinerja-pg-XXXXXX"));
        if (!dir->isValid()) {
            return Status::failure(
                QStringLiteral("Could not make a temp dir under %1: %2").arg(base, dir->errorString()));
        }
        if (account->switchUser && ::chown(QFile::encodeName(dir->path()).constData(), account->uid, account->gid) != 0)
            return Status::failure(QStringLiteral("Could not give %1 to the postgres user.").arg(dir->path()));
        m_dir = std::move(dir);
        if (QFile::encodeName(socketDir()).size() + qsizetype(sizeof("/.s.PGSQL.65535.lock")) > kMaxSocketPath) {
            return Status::failure(QStringLiteral("The temp dir %1 is too long a path for a unix socket: point "
                                                  "TMPDIR to a shorter one.")
                                       .arg(socketDir()));
        }
    }
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"))) {
        if (const Status prepared = prepareCluster(); !prepared)
            return prepared;
    }
    if (const Status running = runServer(); !running)
        return running;
    if (const auto connection = adminConnection(QStringLiteral("postgres")); !connection) {
        const QString log = logTail();
        (void)stop();
        return Status::failure(QStringLiteral("The PostgreSQL server started but does not accept the superuser over "
                                              "TCP: %1\n--- server log ---\n%2")
                                   .arg(connection.error(), log));
    }
    m_startMilliseconds = timer.elapsed();
    return success();
}

Status PostgresServer::prepareCluster()
{
    const auto account = serverAccount();
    if (!account)
        return account.propagate<Done>();
    const QString cached = templateCacheDir(majorVersion(m_binDir, socketDir()));
    const QString copyProgram = QStringLiteral("cp");
    if (!cached.isEmpty() && QFileInfo::exists(cached + QStringLiteral("/PG_VERSION"))) {
        // cp -a keeps the owner (postgres, when root made the cache) and the 0700 mode the server insists on.
        if (runTool(copyProgram, {QStringLiteral("-a"), cached, dataDir()}, {}, socketDir()))
            return success();
        QDir(dataDir()).removeRecursively(); // fall back to initdb
    }

    const QString passwordFile = m_dir->filePath(QStringLiteral("superuser-password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(superuserPassword().toUtf8() + '\n') < 0)
            return Status::failure(QStringLiteral("Could not write %1: %2").arg(passwordFile, file.errorString()));
    }
    if (account->switchUser && ::chown(QFile::encodeName(passwordFile).constData(), account->uid, account->gid) != 0)
        return Status::failure(QStringLiteral("Could not give %1 to the postgres user.").arg(passwordFile));
    const auto initialized = runTool(m_binDir + QStringLiteral("/initdb"),
        {QStringLiteral("--pgdata=") + dataDir(), QStringLiteral("--username=") + superuser(),
            QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-host=scram-sha-256"),
            QStringLiteral("--auth-local=trust"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-locale"),
            QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
        *account, socketDir());
    QFile::remove(passwordFile);
    if (!initialized)
        return Status::failure(QStringLiteral("initdb could not make the test cluster. ") + initialized.error());

    if (!cached.isEmpty()) {
        // Copy to a private name, then rename: another test process may be doing the same, and a half copy must
        // never be taken for the template. A cache we cannot write only costs time.
        const QString staging = QStringLiteral("%1.tmp-%2").arg(cached).arg(QCoreApplication::applicationPid());
        const bool copied = QDir().mkpath(QFileInfo(cached).path())
            && runTool(copyProgram, {QStringLiteral("-a"), dataDir(), staging}, {}, socketDir()).ok();
        if (!copied || !QDir().rename(staging, cached))
            QDir(staging).removeRecursively();
    }
    return success();
}

Status PostgresServer::runServer()
{
    const auto account = serverAccount();
    if (!account)
        return account.propagate<Done>();
    QString lastError;
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        const int port = freeLoopbackPort();
        if (port == 0 || port == kSystemClusterPort)
            continue;
        auto process = std::make_unique<QProcess>();
        process->setProgram(m_binDir + QStringLiteral("/postgres"));
        process->setArguments({QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-h"), host(), QStringLiteral("-k"), socketDir(), QStringLiteral("-c"),
            QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
            QStringLiteral("-c"), QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
            QStringLiteral("logging_collector=off"), QStringLiteral("-c"), QStringLiteral("log_destination=stderr"),
            QStringLiteral("-c"), QStringLiteral("lc_messages=C")});
        process->setWorkingDirectory(socketDir());
        process->setProcessEnvironment(childEnvironment());
        process->setStandardInputFile(QProcess::nullDevice());
        process->setStandardOutputFile(logPath(), QIODevice::Append);
        process->setStandardErrorFile(logPath(), QIODevice::Append);
        runAs(*process, *account, true);
        process->start();
        if (!process->waitForStarted()) {
            return Status::failure(
                QStringLiteral("%1/postgres could not start: %2").arg(m_binDir, process->errorString()));
        }
        const Status ready = waitUntilReady(*process, dataDir() + QStringLiteral("/postmaster.pid"));
        if (ready) {
            m_process = std::move(process);
            m_port = port;
            return success();
        }
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
        lastError = ready.error();
        const QString log = logTail(5);
        if (!log.contains(QLatin1String("could not bind")) && !log.contains(QLatin1String("already in use")))
            break;
    }
    return Status::failure(QStringLiteral("%1\n--- server log (%2) ---\n%3").arg(lastError, logPath(), logTail()));
}

bool PostgresServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Status PostgresServer::stop()
{
    closeAllConnections();
    if (!m_process)
        return success();
    Status status = success();
    if (m_process->state() != QProcess::NotRunning) {
        const auto account = serverAccount();
        const auto stopped = account
            ? runTool(m_binDir + QStringLiteral("/pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDir(), QStringLiteral("--mode=fast"),
                    QStringLiteral("--wait"), QStringLiteral("--timeout=30")},
                *account, socketDir())
            : account.propagate<QString>();
        if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(kStartTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished();
            status = Status::failure(QStringLiteral("The PostgreSQL server did not stop and was killed. %1\n%2")
                                         .arg(stopped.error(), logTail()));
        }
    }
    m_process.reset();
    m_port = 0;
    return status;
}

QString PostgresServer::host() const
{
    return QStringLiteral("127.0.0.1");
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PostgresServer::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

QString PostgresServer::logTail(int lines) const
{
    QFile file(logPath());
    if (!m_dir || !file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(qsizetype(0), all.size() - lines)).join(QLatin1Char('\n'));
}

qint64 PostgresServer::serverPid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString PostgresServer::superuser()
{
    return QStringLiteral("test_superuser");
}

QString PostgresServer::superuserPassword()
{
    return QStringLiteral("test-superuser-secret");
}

Result<QString> PostgresServer::openConnection(const QString& database, const QString& user, const QString& password)
{
    if (!isRunning())
        return Result<QString>::failure(QStringLiteral("The test PostgreSQL server is not running."));
    const QString driver = QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Result<QString>::failure(
            QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql (installer/setup-debian.sh)."));
    }
    const QString name = QStringLiteral("kinerja-pg-%1-%2").arg(m_port).arg(++m_connectionCounter);
    QString error;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(driver, name);
        connection.setHostName(host());
        connection.setPort(m_port);
        connection.setDatabaseName(database);
        connection.setUserName(user);
        connection.setPassword(password);
        connection.setConnectOptions(QStringLiteral("connect_timeout=10;sslmode=disable"));
        if (connection.open()) {
            m_connections.append(name);
            return name;
        }
        error = connection.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return Result<QString>::failure(QStringLiteral("Could not connect to %1 as %2 at %3:%4: %5")
                                        .arg(database, user, host())
                                        .arg(m_port)
                                        .arg(error));
}

void PostgresServer::closeConnection(const QString& connectionName)
{
    m_connections.removeAll(connectionName);
    for (auto it = m_adminConnections.begin(); it != m_adminConnections.end();) {
        it = it.value() == connectionName ? m_adminConnections.erase(it) : std::next(it);
    }
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

void PostgresServer::closeAllConnections()
{
    const QStringList names = m_connections;
    for (const QString& name : names)
        closeConnection(name);
}

Result<QString> PostgresServer::adminConnection(const QString& database)
{
    if (const auto found = m_adminConnections.constFind(database); found != m_adminConnections.cend())
        return found.value();
    auto opened = openConnection(database, superuser(), superuserPassword());
    if (opened)
        m_adminConnections.insert(database, opened.value());
    return opened;
}

Status PostgresServer::createDatabase(const QString& name)
{
    const auto created = runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name));
    return created ? success() : created.propagate<Done>();
}

Result<QList<QVariantList>> PostgresServer::runSql(const QString& database, const QString& sql)
{
    const auto connection = adminConnection(database);
    if (!connection)
        return connection.propagate<QList<QVariantList>>();
    QSqlQuery query(QSqlDatabase::database(connection.value(), false));
    if (!query.exec(sql)) {
        return Result<QList<QVariantList>>::failure(
            QStringLiteral("SQL failed in %1: %2\n%3").arg(database, query.lastError().text(), sql));
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column));
        rows.append(row);
    }
    return rows;
}

QString PostgresServer::uniqueName(const QString& prefix)
{
    return QStringLiteral("%1_%2").arg(prefix.toLower()).arg(++m_nameCounter);
}

} // namespace kinerja::test
