// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/ReferenceData.h"
#include "core/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace kinerja {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

MigrationList loadBuiltIn()
{
    MigrationList migrations;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const auto& fileName : names) {
        const auto match = pattern.match(fileName);
        QFile file(dir.filePath(fileName));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDb) << "skipping unreadable or misnamed migration" << fileName;
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QString filePath)
    : m_db(std::move(db))
    , m_filePath(std::move(filePath))
{ }

const MigrationList& Migrator::builtIn()
{
    static const MigrationList migrations = loadBuiltIn();
    return migrations;
}

int Migrator::latestVersion(const MigrationList& migrations)
{
    int latest = 0;
    for (const auto& migration : migrations) {
        latest = std::max(latest, migration.version);
    }
    return latest;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool hasContent = false;
    int depth = 0;
    const auto n = script.size();
    qsizetype i = 0;
    auto flush = [&]() {
        const auto statement = current.trimmed();
        if (hasContent && !statement.isEmpty()) {
            statements.append(statement);
        }
        current.clear();
        hasContent = false;
        depth = 0;
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment
            const auto end = script.indexOf(u'\n', i);
            const auto stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment
            const auto end = script.indexOf(QStringLiteral("*/"), i + 2);
            const auto stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') { // literal or quoted identifier
            const QChar close = c == u'[' ? QChar(u']') : c;
            auto j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) { // doubled quote
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const auto stop = std::min(j + 1, n);
            current += script.mid(i, stop - i);
            hasContent = true;
            i = stop;
        } else if (isWordChar(c)) {
            auto j = i;
            while (j < n && isWordChar(script.at(j))) {
                ++j;
            }
            const auto word = script.mid(i, j - i).toUpper();
            if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")) {
                ++depth;
            } else if (word == QLatin1String("END") && depth > 0) {
                --depth;
            }
            current += script.mid(i, j - i);
            hasContent = true;
            i = j;
        } else if (c == u';' && depth == 0) {
            flush();
            ++i;
        } else {
            if (!c.isSpace()) {
                hasContent = true;
            }
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

QString Migrator::backupPath(const QString& filePath, int version)
{
    auto path = QStringLiteral("%1.before-v%2.bak").arg(filePath, QString::number(version));
    for (int k = 2; QFileInfo::exists(path); ++k) {
        path = QStringLiteral("%1.before-v%2-%3.bak").arg(filePath, QString::number(version), QString::number(k));
    }
    return path;
}

Status Migrator::migrate(const MigrationList& unsorted)
{
    m_lastBackupPath.clear();
    auto migrations = unsorted;
    std::sort(migrations.begin(), migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            qCCritical(lcDb) << "migration list is not numbered 1..N at" << migrations.at(i).version;
            return Status::failure(tr("The list of database upgrades of this version is damaged. Reinstall the "
                                      "application."));
        }
    }
    const auto latest = latestVersion(migrations);
    const auto currentValue = sql::scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, "read user_version");
    if (!currentValue.isValid()) {
        return Status::failure(tr("The database file could not be read."));
    }
    const int current = currentValue.toInt();
    if (current > latest) {
        return Status::failure(Database::newerVersionMessage(current, latest));
    }
    if (current == latest) {
        return success();
    }

    if (current >= 1 && !m_filePath.isEmpty()) {
        const auto backup = backupPath(m_filePath, current + 1);
        if (!sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {backup}, "copy the database aside before migrating")) {
            QFile::remove(backup);
            return Status::failure(tr("The database could not be copied to %1 before the upgrade, so it was not "
                                      "upgraded. Check that the folder has free space and can be written to.")
                                       .arg(QDir::toNativeSeparators(backup)));
        }
        m_lastBackupPath = backup;
        qCInfo(lcDb) << "copied the database aside to" << backup;
    }

    for (const auto& migration : std::as_const(migrations)) {
        if (migration.version <= current) {
            continue;
        }
        if (auto applied = apply(migration); !applied) {
            return applied;
        }
        qCInfo(lcDb) << "schema upgraded to version" << migration.version << migration.name;
    }
    return success();
}

Status Migrator::apply(const Migration& migration)
{
    const auto failed = [&]() {
        sql::execDirect(m_db, QStringLiteral("ROLLBACK"), "roll back a failed migration");
        return Status::failure(tr("The database could not be upgraded to version %1; it was left unchanged at "
                                  "version %2. Please report this problem.")
                                   .arg(migration.version)
                                   .arg(migration.version - 1));
    };
    if (!sql::execDirect(m_db, QStringLiteral("BEGIN IMMEDIATE"), "begin a migration")) {
        return Status::failure(
            tr("The database is in use by another program, so it could not be upgraded. Close the other program "
               "and try again."));
    }
    for (const auto& statement : splitStatements(migration.sql)) {
        if (!sql::execDirect(m_db, statement, "run a migration statement")) {
            qCWarning(lcDb) << "migration" << migration.version << migration.name << "failed";
            return failed();
        }
    }
    // Reference rows written from the domain types, in the same transaction (ReferenceData).
    if (!ReferenceData::seedAfterMigration(m_db, migration.version, migration.name)) {
        return failed();
    }
    // PRAGMA values cannot be bound; both numbers come from this program, never from input.
    if (migration.version == 1
        && !sql::execDirect(
            m_db, QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId), "set application_id")) {
        return failed();
    }
    if (!sql::execDirect(m_db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), "set user_version")) {
        return failed();
    }
    if (!sql::execDirect(m_db, QStringLiteral("COMMIT"), "commit a migration")) {
        return failed();
    }
    return success();
}

} // namespace kinerja
