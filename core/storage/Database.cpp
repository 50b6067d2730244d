// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/Logging.h"
#include "core/storage/FileReplace.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace kinerja {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

QString nextConnectionName(const char* prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix), QString::number(++g_connectionCounter));
}

/// What the first 100 bytes say, read with plain file I/O so that nothing is created or changed.
struct Header
{
    enum class Kind
    {
        Missing,
        Unreadable,
        Empty,
        NotSqlite,
        Sqlite,
    };
    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    QString error;
};

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    }
    return value;
}

Header readHeader(const QString& path)
{
    Header header;
    QFile file(path);
    if (!file.exists()) {
        return header;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = Header::Kind::Unreadable;
        header.error = file.errorString();
        return header;
    }
    const auto bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.kind = file.size() == 0 ? Header::Kind::Empty : Header::Kind::Unreadable;
        header.error = file.errorString();
        return header;
    }
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        header.kind = Header::Kind::NotSqlite;
        return header;
    }
    header.kind = Header::Kind::Sqlite;
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

bool isWritable(const QFileInfo& info)
{
    // Permission bits too: a file marked read-only stays refused even for an administrator account.
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

bool hasWal(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

/// A read-only SQLite URI. `immutable` stops SQLite from creating -wal/-shm files or taking locks: only for files
/// that nobody else is writing (no -wal file next to them).
QString readOnlyUri(const QString& path, bool immutable)
{
    auto url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    if (immutable) {
        query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString display(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString notKinerjaMessage(const QString& path)
{
    return Database::tr("The file %1 is not a Kinerja ASN database (it may belong to another application). It "
                        "was not changed.")
        .arg(display(path));
}

QString corruptMessage(const QString& path)
{
    return Database::tr("The file %1 is damaged or is not a database file. It was not changed. Restore the "
                        "database from a backup with \"kinerja-cli restore\".")
        .arg(display(path));
}

/// Looks inside an existing SQLite file through a separate read-only connection that leaves no trace.
Status probe(const QString& path, qint64 size, int latest)
{
    const auto name = nextConnectionName("kinerja-probe");
    Status status = success();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(readOnlyUri(path, !hasWal(path)));
        if (!db.open()) {
            qCWarning(lcDb) << "probe could not open" << path << db.lastError().text();
            status = Status::failure(corruptMessage(path));
        } else {
            const auto objects = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, "probe");
            const auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, "probe");
            const auto userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, "probe");
            if (!objects.isValid() || !applicationId.isValid() || !userVersion.isValid()) {
                status = Status::failure(corruptMessage(path));
            } else if (applicationId.toLongLong() != Database::kApplicationId) {
                status = Status::failure(notKinerjaMessage(path));
            } else if (userVersion.toInt() > latest) {
                status = Status::failure(Database::newerVersionMessage(userVersion.toInt(), latest));
            } else if (size <= Database::kQuickCheckOnOpenMaxBytes) {
                QSqlQuery check(db);
                QStringList problems;
                if (!sql::exec(check, QStringLiteral("PRAGMA quick_check(20)"), {}, "quick_check")) {
                    problems.append(QStringLiteral("quick_check failed to run"));
                }
                while (check.next()) {
                    if (check.value(0).toString() != QLatin1String("ok")) {
                        problems.append(check.value(0).toString());
                    }
                }
                if (!problems.isEmpty()) {
                    qCWarning(lcDb) << "quick_check of" << path << "found" << problems;
                    status = Status::failure(corruptMessage(path));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/kinerja.sqlite");
}

QString Database::newerVersionMessage(int fileVersion, int supportedVersion)
{
    return tr("This database was created by a newer version of Kinerja ASN (schema %1; this version reads up to "
              "%2). Update the application.")
        .arg(fileVersion)
        .arg(supportedVersion);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    return open(path, mode, Migrator::builtIn());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, const MigrationList& migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.trimmed().isEmpty()) {
        return R::failure(tr("No database file was given."));
    }
    const QFileInfo info(path);
    const auto absolute = info.absoluteFilePath();
    const bool readOnly = mode == OpenMode::ReadOnly;
    const int latest = Migrator::latestVersion(migrations);
    const QFileInfo folder(info.absolutePath());

    // 1. Judge the file from the outside: nothing below may create or change a file.
    if (info.exists() && info.isDir()) {
        return R::failure(tr("%1 is a folder, not a database file.").arg(display(absolute)));
    }
    const auto header = readHeader(absolute);
    const bool wal = hasWal(absolute);
    switch (header.kind) {
    case Header::Kind::Missing:
        if (mode != OpenMode::CreateIfMissing) {
            return R::failure(tr("The database file %1 does not exist.").arg(display(absolute)));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return R::failure(tr("The folder %1 could not be created.").arg(display(info.absolutePath())));
        }
        break;
    case Header::Kind::Unreadable:
        qCWarning(lcDb) << "cannot read" << absolute << header.error;
        return R::failure(
            tr("The database file %1 could not be read. Check that you may open it.").arg(display(absolute)));
    case Header::Kind::Empty:
        if (mode != OpenMode::CreateIfMissing && !wal) {
            return R::failure(notKinerjaMessage(absolute));
        }
        break;
    case Header::Kind::NotSqlite:
        return R::failure(corruptMessage(absolute));
    case Header::Kind::Sqlite:
        // With a non-empty -wal the header may be older than the data: the probe decides then.
        if (!wal && header.applicationId != static_cast<quint32>(kApplicationId)) {
            return R::failure(notKinerjaMessage(absolute));
        }
        if (!wal && header.userVersion > static_cast<quint32>(latest)) {
            return R::failure(newerVersionMessage(static_cast<int>(header.userVersion), latest));
        }
        break;
    }
    if (!readOnly) {
        if (info.exists() && !isWritable(info)) {
            return R::failure(tr("The database file %1 is read-only, so Kinerja ASN cannot save changes to it. It "
                                 "was not changed. Copy the file to a folder where you can write, make the copy "
                                 "writable, and open the copy.")
                                  .arg(display(absolute)));
        }
        if (!isWritable(QFileInfo(info.absolutePath()))) {
            return R::failure(tr("The folder %1 is read-only, and Kinerja ASN must write its journal next to the "
                                 "database file. The file was not changed. Copy it to a folder where you can "
                                 "write and open the copy.")
                                  .arg(display(info.absolutePath())));
        }
    }
    if (header.kind == Header::Kind::Sqlite) {
        if (auto looked = probe(absolute, info.size(), latest); !looked) {
            return looked.propagate<std::unique_ptr<Database>>();
        }
    }

    // 2. Open for real.
    const auto name = nextConnectionName("kinerja");
    std::unique_ptr<Database> database(new Database(absolute, name, readOnly));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        // Without a writable folder SQLite cannot create the -shm file a WAL reader needs.
        db.setDatabaseName(readOnlyUri(absolute, !wal && !isWritable(folder)));
    } else {
        db.setDatabaseName(absolute);
    }
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << absolute << db.lastError().text();
        return R::failure(tr("The database file %1 could not be opened.").arg(display(absolute)));
    }
    bool pragmasOk = sql::execDirect(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), "pragma")
        && sql::execDirect(db, QStringLiteral("PRAGMA foreign_keys = ON"), "pragma");
    if (pragmasOk && !readOnly) {
        const auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, "pragma");
        pragmasOk = journal.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
            && sql::execDirect(db, QStringLiteral("PRAGMA synchronous = FULL"), "pragma");
    }
    if (!pragmasOk) {
        return R::failure(tr("The database file %1 could not be prepared for safe use.").arg(display(absolute)));
    }

    // 3. Bring the schema up to date.
    if (!readOnly) {
        Migrator migrator(db, absolute);
        if (auto migrated = migrator.migrate(migrations); !migrated) {
            return migrated.propagate<std::unique_ptr<Database>>();
        }
        database->m_migrationBackupPath = migrator.lastBackupPath();
    }
    qCDebug(lcDb) << "opened" << absolute << "as" << name << (readOnly ? "read-only" : "read-write");
    return R(std::move(database));
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{ }

Database::~Database()
{
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::sqliteVersion() const
{
    return sql::scalar(connection(), QStringLiteral("SELECT sqlite_version()"), {}, "read the SQLite version")
        .toString();
}

int Database::schemaVersion() const
{
    const auto value = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"), {}, "read user_version");
    return value.isValid() ? value.toInt() : -1;
}

Status Database::backupTo(const QString& target, bool overwrite) const
{
    const QFileInfo info(target);
    const auto absolute = info.absoluteFilePath();
    if (absolute == m_path) {
        return Status::failure(tr("A backup cannot replace the database file itself."));
    }
    if (info.exists() && !overwrite) {
        return Status::failure(
            tr("The file %1 already exists. Choose another name, or allow replacing it.").arg(display(absolute)));
    }
    if (info.exists() && info.isDir()) {
        return Status::failure(tr("%1 is a folder, not a database file.").arg(display(absolute)));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(tr("The folder %1 could not be created.").arg(display(info.absolutePath())));
    }
    const auto temporary =
        QStringLiteral("%1.partial-%2").arg(absolute, QString::number(QRandomGenerator::global()->generate(), 16));
    if (!sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {temporary}, "backup")) {
        QFile::remove(temporary);
        return Status::failure(tr("The backup %1 could not be written. Check that the folder has free space and "
                                  "can be written to.")
                                   .arg(display(absolute)));
    }
    QString error;
    if (!replaceFileAtomically(temporary, absolute, &error)) {
        qCWarning(lcDb) << "cannot rename" << temporary << "to" << absolute << error;
        QFile::remove(temporary);
        return Status::failure(tr("The backup %1 could not be written. Check that the folder has free space and "
                                  "can be written to.")
                                   .arg(display(absolute)));
    }
    qCInfo(lcDb) << "backup written to" << absolute;
    return success();
}

} // namespace kinerja
