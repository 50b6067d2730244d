// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace kinerja {

class Database;

/**
 * Applies one page of sync.pull to the local file (design.md "Pull"), all in ONE local transaction together with
 * the page's cursor, so that a crash leaves either the page and its cursor or neither:
 *
 *  - change capture is off (sync_state.applying_remote = 1): server rows are nobody's new edit; the audit log
 *    records them with source "remote", except the pages of a first copy ("snapshot"), which fill a new or emptied
 *    file and are not changes (sync_state.bulk_loading = 1 for their transaction);
 *  - every row is an upsert that only wins when its row_version is newer than the local one;
 *  - edits still waiting for the server (made while the round ran) are laid again over the rows they touch, so the
 *    screen keeps what the user typed until the server has merged it;
 *  - when the page names the people in scope ("subjects") and the guest copies ("guests"), ReplicaScope removes
 *    the documents, assignments and competency rows of anyone else (a transfer, a new assessor, a withdrawn
 *    invitation) and makes the whole rows of a newcomer overwrite a guest copy; "reset" (an admin's scope grew to
 *    everything) empties the synced tables before the page is applied.
 *
 * Tables and columns come from the local schema, never from the page: an unknown table or field from a newer
 * server is skipped (additive changes, docs/sync.md).
 */
class PullApplier
{
    Q_DECLARE_TR_FUNCTIONS(PullApplier)

public:
    struct Applied
    {
        int rows = 0; ///< rows inserted or updated
        int purged = 0; ///< rows removed because they left the scope
    };

    /// `database` is not owned and must outlive the applier.
    explicit PullApplier(const Database& database);
    /// Lets the file's connection checkpoint its write-ahead log again (see apply()).
    ~PullApplier();
    PullApplier(const PullApplier&) = delete;
    PullApplier& operator=(const PullApplier&) = delete;

    /**
     * Applies one page with its cursor. Two things make a long pull cheaper without changing what the file holds:
     *  - while pages say more are to come, the write-ahead log is not checkpointed after each commit (every page is
     *    still committed durably, synchronous=FULL): the log is copied into the file once, at the commit of the
     *    last page (or at the next commit after a failure);
     *  - the pages of a copy fill the tables without their secondary indexes: the first copy page drops them and
     *    the copy's last page creates them again with the same definitions, each in the page's own transaction. A
     *    copy interrupted in between (a crash, a network failure) leaves a consistent file without them; the copy
     *    goes on with the next round, and its last page creates them from the schema of a new file.
     */
    Result<Applied> apply(const QJsonObject& page);

    /**
     * After the server's database was restored (a new epoch): sets every row's row_version to 0, so that the next
     * copy overwrites all of them, and keeps the rows (those the restored server lacks come back with the outbox).
     * No outbox or audit rows. Call it inside the caller's transaction.
     */
    Status forgetVersions();

    /// The synced tables of the local schema (every table with a row_version), parents first.
    static Result<QStringList> syncedTables(const Database& database);

private:
    Result<QStringList> columnsOf(const QString& table);
    /// One table's rows of a page as the JSON text {"columns": [...], "rows": [[...], ...]}: the server's text as
    /// it came, or (tests) an object of that shape or an array of row objects, written out.
    static QString tableText(const QJsonValue& value);
    Result<int> upsert(const QString& table, const QString& rows);
    Status reapplyPending(const QString& table, const QString& rows);
    bool setBulkLoading(bool loading);
    /// Secondary indexes (name, CREATE statement) of the synced tables, in this file or in a new file's schema.
    Result<QList<std::pair<QString, QString>>> secondaryIndexes(const QStringList& tables, bool newFile);
    /// Drops the secondary indexes of the synced tables for the pages of a copy (inside the page's transaction).
    Status dropIndexes(const QStringList& tables);
    /// Creates again those dropped for the copy that are missing (inside the last copy page's transaction).
    Status createIndexes();
    void deferCheckpoints(bool defer);
    /**
     * `statement` prepared once for this applier and kept for the later pages of the round (compiling a table's
     * upsert with its triggers and foreign keys takes about 0.8 ms, some 3 ms a page); nullptr when it does not
     * compile (the reason then in `error`, when given). Call finish() on it after use.
     */
    std::shared_ptr<QSqlQuery> prepared(const QString& statement, QString* error = nullptr);

    const Database& m_database;
    QHash<QString, QStringList> m_columns;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    /// The secondary indexes to create again at the end of the copy (name, CREATE statement); empty when no copy.
    QList<std::pair<QString, QString>> m_copyIndexes;
    int m_autoCheckpoint = -1; ///< the connection's wal_autocheckpoint while deferred, else -1
};

} // namespace kinerja
