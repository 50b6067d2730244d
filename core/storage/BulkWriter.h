// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace kinerja {

class Database;

/**
 * Fast insertion of many generated rows into a NEW database file (kinerja-cli demo, benchmarks): one prepared
 * statement per (table, columns), reused for every row, inside a few big transactions (a commit every
 * kRowsPerCommit rows keeps the rollback journal small).
 *
 * Generated data is not a user edit, so while loading:
 *  - sync_state.applying_remote = 1 silences the outbox triggers: nothing is waiting to be pushed (a generated
 *    file later seeds a server as a whole, not as a stream of edits);
 *  - sync_state.bulk_loading = 1 silences the audit triggers (the generated WHEN clause): the audit_log records
 *    who changed what, and nobody changed these rows. A demo file therefore starts with an empty history, and
 *    the first audit rows are the first real edits.
 * Both flags are back to 0 when finish() succeeds. While loading, the file uses a rollback journal with
 * synchronous=OFF (a crash leaves a half-written file, which the caller discards: write to a temporary name and
 * rename it when finish() succeeded); finish() restores WAL and synchronous=FULL.
 *
 * Use only on a file nobody else has open. Table and column names come from code and are checked against the
 * schema in prepare(); values are always bound. The Database must outlive the writer; an unfinished load is
 * rolled back by the destructor.
 */
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    static constexpr qint64 kRowsPerCommit = 250000;

    explicit BulkWriter(Database& database);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /**
     * Switches the file to loading mode and opens the first transaction. The secondary indexes (CREATE INDEX, not
     * the UNIQUE constraints) of `deferredIndexTables` are dropped now and built again by finish(): building an
     * index once from the loaded rows is much faster than updating it row by row in random key order.
     */
    Status begin(const QStringList& deferredIndexTables = {});
    /// True when `table` has `column` (the schema may gain optional columns; callers fill them when present).
    bool hasColumn(const QString& table, const QString& column) const;
    /**
     * Prepares "INSERT [OR IGNORE] INTO table (columns) VALUES (?, ...)" once; returns a handle for insert(), or
     * -1 (logged, and the load is failed) when the table or a column does not exist.
     */
    int prepare(const QString& table, const QStringList& columns, bool orIgnore = false);
    /// Inserts one row; `values` in the order of the prepared columns. False (logged) on failure; after the first
    /// failure every later call fails too and finish() reports it.
    bool insert(int handle, const QVariantList& values);
    /// Runs one UPDATE or DELETE prepared with bound values (rare fix-ups after inserting).
    bool exec(const QString& statement, const QVariantList& values);
    /// Commits, resets the flags, restores WAL and synchronous=FULL, and refreshes the planner's statistics.
    Status finish();

    qint64 rowsWritten() const { return m_rows; }
    bool failed() const { return m_failed; }

private:
    bool commitAndBegin();
    void abandon();

    Database& m_database;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
    std::vector<int> m_columnCounts;
    mutable QHash<QString, QStringList> m_columns;
    QStringList m_deferredIndexes; ///< CREATE INDEX statements to run again in finish()
    qint64 m_rows = 0;
    qint64 m_rowsSinceCommit = 0;
    bool m_active = false;
    bool m_failed = false;
};

} // namespace kinerja
