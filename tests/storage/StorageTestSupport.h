// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace kinerja::test {

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QStringList folderEntries(const QString& path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// Opens (and migrates) a database file or fails the test.
inline std::unique_ptr<Database> openOrFail(
    const QString& path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
{
    auto opened = Database::open(path, mode);
    INFO(opened.error());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

/// Runs one statement with positional values on the database's connection, failing the test on error.
inline QSqlQuery run(const Database& database, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery query(database.connection());
    REQUIRE(query.prepare(statement));
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    const bool ok = query.exec();
    INFO(statement << " -> " << query.lastError().text());
    REQUIRE(ok);
    return query;
}

/// The first column of the first row.
inline QVariant value(const Database& database, const QString& statement, const QVariantList& values = {})
{
    auto query = run(database, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace kinerja::test
