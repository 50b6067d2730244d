// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseMaintenance.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/FileReplace.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

/// Copies the current target aside. Refuses when another program has it open (it is in WAL mode then, and
/// leaving WAL mode needs exclusive access). Afterwards the target has no -wal/-shm file that could be applied to
/// the restored file.
Status copyAside(const QString& target, const QString& aside)
{
    const auto walPath = target + QStringLiteral("-wal");
    if (looksLikeSqlite(target)) {
        const auto name =
            QStringLiteral("kinerja-restore-%1").arg(QString::number(QRandomGenerator::global()->generate(), 16));
        bool inUse = false;
        bool copied = false;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(target);
            if (db.open()) {
                sql::execDirect(db, QStringLiteral("PRAGMA busy_timeout = 2000"), "restore");
                const auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"), {}, "restore");
                if (mode.toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
                    // Damaged files fail here too; only a live -wal means another program is using the file.
                    inUse = QFileInfo::exists(walPath);
                } else {
                    copied = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {aside}, "copy aside before restore");
                    if (!copied) {
                        QFile::remove(aside);
                    }
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (inUse) {
            return Status::failure(
                DatabaseMaintenance::tr("The database %1 is in use by another program. Close Kinerja "
                                        "ASN everywhere it is open, then restore again.")
                    .arg(display(target)));
        }
        if (copied) {
            return success();
        }
    }
    // Not SQLite, or too damaged to copy through SQLite: keep the exact bytes.
    if (!QFile::copy(target, aside)
        || (QFileInfo::exists(walPath) && !QFile::copy(walPath, aside + QStringLiteral("-wal")))) {
        return Status::failure(
            DatabaseMaintenance::tr("The current database could not be copied to %1, so nothing was restored.")
                .arg(display(aside)));
    }
    QFile::remove(walPath);
    QFile::remove(target + QStringLiteral("-shm"));
    return success();
}

} // namespace

QStringList DatabaseMaintenance::CheckReport::problems() const
{
    QStringList list;
    for (const auto& line : integrityProblems) {
        list.append(DatabaseMaintenance::tr("Integrity: %1").arg(line));
    }
    for (const auto& line : foreignKeyProblems) {
        list.append(DatabaseMaintenance::tr("Broken reference: %1").arg(line));
    }
    if (orphanedBlobs > 0) {
        list.append(DatabaseMaintenance::tr("Evidence files not used by any record: %n.", nullptr, orphanedBlobs));
    }
    if (missingBlobs > 0 && kind == QLatin1String("standalone")) {
        list.append(
            DatabaseMaintenance::tr("Evidence records whose file is not in the database: %n.", nullptr, missingBlobs));
    }
    return list;
}

Result<DatabaseMaintenance::CheckReport> DatabaseMaintenance::check(const QString& path)
{
    using R = Result<CheckReport>;
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened) {
        return opened.propagate<CheckReport>();
    }
    const auto& database = *opened.value();
    const auto db = database.connection();
    CheckReport report;
    report.path = database.path();
    report.schemaVersion = database.schemaVersion();
    report.supportedVersion = Migrator::latestVersion(Migrator::builtIn());
    const auto failed = R::failure(tr("The database %1 could not be checked.").arg(display(database.path())));

    QSqlQuery integrity(db);
    if (!sql::exec(integrity, QStringLiteral("PRAGMA integrity_check(100)"), {}, "integrity_check")) {
        return failed;
    }
    while (integrity.next()) {
        if (integrity.value(0).toString() != QLatin1String("ok")) {
            report.integrityProblems.append(integrity.value(0).toString());
        }
    }
    QSqlQuery foreignKeys(db);
    if (!sql::exec(foreignKeys, QStringLiteral("PRAGMA foreign_key_check"), {}, "foreign_key_check")) {
        return failed;
    }
    while (foreignKeys.next()) {
        report.foreignKeyProblems.append(QStringLiteral("%1 rowid %2 -> %3")
                                             .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                                 foreignKeys.value(2).toString()));
    }
    report.kind =
        sql::scalar(db, QStringLiteral("SELECT kind FROM database_info WHERE id = 1"), {}, "check").toString();
    QSqlQuery orphans(db);
    if (!sql::exec(orphans,
            QStringLiteral(
                "SELECT count(*), coalesce(sum(b.size), 0) FROM evidence_blob AS b "
                "WHERE NOT EXISTS (SELECT 1 FROM evidence AS e WHERE e.sha256 = b.sha256) "
                "AND NOT EXISTS (SELECT 1 FROM competency_activity AS c WHERE c.evidence_sha256 = b.sha256)"),
            {}, "orphaned blobs")
        || !orphans.next()) {
        return failed;
    }
    report.orphanedBlobs = orphans.value(0).toInt();
    report.orphanedBlobBytes = orphans.value(1).toLongLong();
    const auto missing = sql::scalar(db,
        QStringLiteral("SELECT count(*) FROM evidence AS e WHERE e.sha256 IS NOT NULL AND e.deleted = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM evidence_blob AS b WHERE b.sha256 = e.sha256)"),
        {}, "missing blobs");
    if (!missing.isValid()) {
        return failed;
    }
    report.missingBlobs = missing.toInt();
    return report;
}

Status DatabaseMaintenance::restore(const QString& source, const QString& target, QString* asideCopy)
{
    const auto sourcePath = QFileInfo(source).absoluteFilePath();
    const auto targetPath = QFileInfo(target).absoluteFilePath();
    const auto nothingRestored = tr("Nothing was restored; the current database was not changed.");
    if (sourcePath == targetPath) {
        return Status::failure(tr("A database cannot be restored from itself."));
    }
    const auto temporary =
        QStringLiteral("%1.restoring-%2").arg(targetPath, QString::number(QRandomGenerator::global()->generate(), 16));
    {
        auto input = Database::open(sourcePath, Database::OpenMode::ReadOnly);
        if (!input) {
            return Status::failure(QStringList {input.error(), nothingRestored});
        }
        if (auto copied = input.value()->backupTo(temporary); !copied) {
            return Status::failure(QStringList {copied.error(), nothingRestored});
        }
    }
    if (QFileInfo::exists(targetPath)) {
        const auto aside =
            QStringLiteral("%1.before-restore-%2.bak")
                .arg(targetPath, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto kept = copyAside(targetPath, aside); !kept) {
            QFile::remove(temporary);
            return kept;
        }
        if (asideCopy) {
            *asideCopy = aside;
        }
    }
    QString error;
    if (!replaceFileAtomically(temporary, targetPath, &error)) {
        qCWarning(lcDb) << "restore: cannot rename" << temporary << "to" << targetPath << error;
        QFile::remove(temporary);
        return Status::failure(
            QStringList {tr("The database %1 could not be replaced.").arg(display(targetPath)), nothingRestored});
    }
    qCInfo(lcDb) << "restored" << targetPath << "from" << sourcePath;
    return success();
}

} // namespace kinerja
