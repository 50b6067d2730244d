// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkWriter.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QRegularExpression>
#include <QSqlError>

namespace kinerja {

namespace {

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

BulkWriter::BulkWriter(Database& database)
    : m_database(database)
{ }

BulkWriter::~BulkWriter()
{
    if (m_active) {
        abandon();
    }
}

Status BulkWriter::begin(const QStringList& deferredIndexTables)
{
    const auto db = m_database.connection();
    // Loading mode: see the class comment. The journal mode can only change outside a transaction.
    const bool ok = sql::execDirect(db, QStringLiteral("PRAGMA journal_mode=DELETE"), "bulk load: journal mode")
        && sql::execDirect(db, QStringLiteral("PRAGMA synchronous=OFF"), "bulk load: synchronous")
        && sql::execDirect(db, QStringLiteral("PRAGMA cache_size=-262144"), "bulk load: cache size")
        && sql::execDirect(db, QStringLiteral("PRAGMA temp_store=MEMORY"), "bulk load: temp store")
        && sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), "bulk load: begin");
    if (!ok) {
        return Status::failure(tr("The database could not be prepared for loading the generated data."));
    }
    m_active = true;
    for (const auto& table : deferredIndexTables) {
        QSqlQuery query(db);
        QStringList names;
        if (!sql::exec(query,
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS "
                               "NOT NULL ORDER BY name"),
                {table}, "bulk load: list indexes")) {
            abandon();
            return Status::failure(tr("The database could not be prepared for loading the generated data."));
        }
        while (query.next()) {
            names.append(query.value(0).toString());
            m_deferredIndexes.append(query.value(1).toString());
        }
        query.finish();
        for (const auto& name : names) {
            if (!isIdentifier(name)
                || !sql::execDirect(db, QStringLiteral("DROP INDEX %1").arg(name), "bulk load: drop index")) {
                abandon();
                return Status::failure(tr("The database could not be prepared for loading the generated data."));
            }
        }
    }
    // Generated rows are nobody's edit: no outbox rows (applying_remote) and no audit rows (bulk_loading).
    if (!sql::exec(db, QStringLiteral("UPDATE sync_state SET applying_remote = 1, bulk_loading = 1 WHERE id = 1"), {},
            "bulk load: set flags")) {
        abandon();
        return Status::failure(tr("The database could not be prepared for loading the generated data."));
    }
    return success();
}

bool BulkWriter::hasColumn(const QString& table, const QString& column) const
{
    auto found = m_columns.find(table);
    if (found == m_columns.end()) {
        QStringList columns;
        if (isIdentifier(table)) {
            QSqlQuery query(m_database.connection());
            if (sql::exec(
                    query, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table}, "bulk load: columns")) {
                while (query.next()) {
                    columns.append(query.value(0).toString());
                }
            }
        }
        found = m_columns.insert(table, columns);
    }
    return found->contains(column);
}

int BulkWriter::prepare(const QString& table, const QStringList& columns, bool orIgnore)
{
    for (const auto& column : columns) {
        if (!isIdentifier(column) || !hasColumn(table, column)) {
            qCWarning(lcDb).noquote() << "bulk load: no column" << table << column;
            m_failed = true;
            return -1;
        }
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    const auto statement = QStringLiteral("INSERT %1INTO %2 (%3) VALUES (%4)")
                               .arg(orIgnore ? QStringLiteral("OR IGNORE ") : QString(), table,
                                   columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    if (!query->prepare(statement)) {
        qCWarning(lcDb).noquote() << "bulk load: prepare failed:" << query->lastError().text() << statement;
        m_failed = true;
        return -1;
    }
    m_statements.push_back(std::move(query));
    m_columnCounts.push_back(static_cast<int>(columns.size()));
    return static_cast<int>(m_statements.size()) - 1;
}

bool BulkWriter::insert(int handle, const QVariantList& values)
{
    if (m_failed || !m_active || handle < 0 || handle >= static_cast<int>(m_statements.size())
        || values.size() != m_columnCounts.at(static_cast<size_t>(handle))) {
        m_failed = true;
        return false;
    }
    auto& query = *m_statements.at(static_cast<size_t>(handle));
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "bulk load: insert failed:" << query.lastError().text() << "|"
                                  << query.lastQuery();
        m_failed = true;
        return false;
    }
    ++m_rows;
    if (++m_rowsSinceCommit >= kRowsPerCommit) {
        return commitAndBegin();
    }
    return true;
}

bool BulkWriter::exec(const QString& statement, const QVariantList& values)
{
    if (m_failed || !m_active) {
        return false;
    }
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(statement);
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    ok = ok && query.exec();
    if (!ok) {
        qCWarning(lcDb).noquote() << "bulk load: statement failed:" << query.lastError().text() << statement;
        m_failed = true;
    }
    return ok;
}

bool BulkWriter::commitAndBegin()
{
    const auto db = m_database.connection();
    m_rowsSinceCommit = 0;
    if (!sql::execDirect(db, QStringLiteral("COMMIT"), "bulk load: commit")
        || !sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), "bulk load: begin")) {
        m_failed = true;
        return false;
    }
    return true;
}

Status BulkWriter::finish()
{
    const auto db = m_database.connection();
    const auto failure = [this] {
        abandon();
        return Status::failure(tr("The generated data could not be written to the database."));
    };
    if (!m_active || m_failed) {
        return failure();
    }
    for (auto& statement : m_statements) {
        statement->finish();
    }
    for (const auto& statement : std::as_const(m_deferredIndexes)) {
        if (!sql::execDirect(db, statement, "bulk load: create index")) {
            return failure();
        }
    }
    if (!sql::exec(db, QStringLiteral("UPDATE sync_state SET applying_remote = 0, bulk_loading = 0 WHERE id = 1"), {},
            "bulk load: reset flags")
        || !sql::execDirect(db, QStringLiteral("COMMIT"), "bulk load: commit")) {
        return failure();
    }
    m_active = false;
    m_statements.clear();
    // Statistics for the query planner (the first screens rely on the indexes), then the normal settings back.
    const bool ok = sql::execDirect(db, QStringLiteral("ANALYZE"), "bulk load: analyze")
        && sql::execDirect(db, QStringLiteral("PRAGMA journal_mode=WAL"), "bulk load: journal mode")
        && sql::execDirect(db, QStringLiteral("PRAGMA synchronous=FULL"), "bulk load: synchronous")
        && sql::execDirect(db, QStringLiteral("PRAGMA cache_size=-2000"), "bulk load: cache size");
    if (!ok) {
        return Status::failure(tr("The generated data was written, but the database settings could not be restored."));
    }
    return success();
}

void BulkWriter::abandon()
{
    const auto db = m_database.connection();
    for (auto& statement : m_statements) {
        statement->finish();
    }
    m_statements.clear();
    if (m_active) {
        sql::execDirect(db, QStringLiteral("ROLLBACK"), "bulk load: roll back");
        m_active = false;
        // Rows committed by earlier batches stay; the flags go back to 0 so the file never stays silent.
        sql::exec(db, QStringLiteral("UPDATE sync_state SET applying_remote = 0, bulk_loading = 0 WHERE id = 1"), {},
            "bulk load: reset flags");
    }
    m_failed = true;
}

} // namespace kinerja
