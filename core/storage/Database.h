// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace kinerja {

/**
 * The one SQLite file that holds a user's data (design.md "Storage"), through QSQLITE.
 *
 * open() checks the file BEFORE SQLite writes anything to it, and refuses, leaving the file and its folder
 * byte-for-byte unchanged (no -wal/-shm either), a file that: does not exist (unless CreateIfMissing); is not
 * SQLite or fails `PRAGMA quick_check`; belongs to another application (`PRAGMA application_id`); comes from a
 * newer schema; is read-only, or lies in a read-only folder, when writing is needed. It then sets
 * `foreign_keys=ON`, `journal_mode=WAL`, `synchronous=FULL` and `busy_timeout`, and migrates the schema
 * (Migrator: a copy aside first, one transaction per migration).
 *
 * Each instance owns one named connection ("kinerja-<n>"). A QSqlDatabase connection may be used only in the
 * thread that opened it: open one Database per thread. Not copyable; the connection is removed in the
 * destructor, so no QSqlQuery on it may outlive the Database.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing, ///< create and migrate a new file if there is none; migrate an older one
        ExistingOnly, ///< the file must exist; migrate it if older
        ReadOnly, ///< the file must exist; never written, never migrated (an older schema is accepted)
    };

    /// `PRAGMA application_id` of every Kinerja ASN file: "KNJA" in ASCII.
    static constexpr qint32 kApplicationId = 0x4B4E4A41;
    /// How long a statement waits for another connection's lock before failing.
    static constexpr int kBusyTimeoutMs = 5000;
    /// open() runs `PRAGMA quick_check` on files up to this size; larger files get it from `kinerja-cli check` and
    /// before every migration (a full check of a province file takes seconds).
    static constexpr qint64 kQuickCheckOnOpenMaxBytes = 256LL * 1024 * 1024;

    /// "<AppLocalDataLocation>/kinerja.sqlite"; the folder is created by open() when needed.
    static QString defaultPath();

    /// Opens `path` with the built-in migrations (Migrator::builtIn()).
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    /// Opens `path` with the given migration list (tests inject lists here).
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode, const MigrationList& migrations);

    /// The translated refusal for a file written by a newer version.
    static QString newerVersionMessage(int fileVersion, int supportedVersion);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The connection, for repositories in core/storage. Valid while this Database lives.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    /// The absolute path of the file.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// `PRAGMA user_version`; -1 if it could not be read.
    int schemaVersion() const;
    /// The version of the SQLite library behind the connection ("3.40.1"), for About and support.
    QString sqliteVersion() const;
    /// The copy written before the migrations of this open(), empty if none was needed.
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    /**
     * Writes a consistent copy of the whole file (evidence included) to `target` with VACUUM INTO, while other
     * connections go on reading and writing: the copy holds exactly the committed state at its start. The copy
     * is written to a temporary name in the target folder and renamed, so `target` is never half-written.
     * Refuses an existing `target` unless `overwrite`.
     */
    Status backupTo(const QString& target, bool overwrite = false) const;

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_migrationBackupPath;
};

} // namespace kinerja
