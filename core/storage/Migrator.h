// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kinerja {

/**
 * Brings an open SQLite connection up to the latest schema of a migration list (style.md R7, R16):
 * * the version is `PRAGMA user_version`; a file newer than the list is refused, never touched;
 * * before the first pending migration of a file that already holds data (version >= 1), a consistent copy is
 *   written next to it with VACUUM INTO: "<file>.before-v<N>.bak", N being the first version applied;
 * * each migration runs in ONE transaction (BEGIN IMMEDIATE) together with its `PRAGMA user_version = N`
 *   (and, for version 1, `PRAGMA application_id`) and the reference rows written from the domain types
 *   (ReferenceData::seedAfterMigration); on failure it rolls back and the file stays at N-1.
 * The connection must not be inside a transaction.
 */
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    /// `db` is not owned and must stay open while the migrator is used. `filePath` is the database file
    /// (for the backup copy); empty for an in-memory database (no copy).
    Migrator(QSqlDatabase db, QString filePath);

    /// The migrations shipped with this version, from the Qt resource ":/sql/NNN_name.sql", in order.
    static const MigrationList& builtIn();
    /// The highest version of `migrations`, 0 for an empty list.
    static int latestVersion(const MigrationList& migrations);
    /// Splits a script into statements on ';' outside quotes, comments, and BEGIN/CASE ... END blocks (trigger
    /// bodies). Empty statements and comment-only fragments are dropped.
    static QStringList splitStatements(const QString& script);
    /// "<file>.before-v<version>.bak", with a numeric suffix when that name is taken.
    static QString backupPath(const QString& filePath, int version);

    /// Runs the pending migrations of `migrations` (sorted by version, numbered 1, 2, ... without gaps).
    Status migrate(const MigrationList& migrations);

    /// The backup written by the last migrate(), empty if none was needed.
    QString lastBackupPath() const { return m_lastBackupPath; }

private:
    Status apply(const Migration& migration);

    QSqlDatabase m_db;
    QString m_filePath;
    QString m_lastBackupPath;
};

} // namespace kinerja
