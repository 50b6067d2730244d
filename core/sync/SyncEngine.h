// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/sync/SyncReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kinerja {

class Database;
class SyncTransport;

/**
 * One sync round of a replica file with the shared database (design.md "Sync", docs/sync.md), headless:
 *
 *   connect -> hello (who am I; this file's client id) -> push the outbox in batches, oldest first (the evidence
 *   files a batch points to uploaded before it, EvidenceTransfer), recording the
 *   server's answer per entry (confirmed, conflict, refused with the reason; the data always stays in the outbox)
 *   -> pull pages until caught up, each page and its cursor in one local transaction (PullApplier) -> disconnect.
 *
 * Idempotent: an interrupted round is simply run again; the server answers entries it has already taken the same
 * way, and a page is applied with its cursor or not at all. A changed server epoch (a restored database) starts
 * the pull from the beginning. Runs on the calling thread with the file's connection: give a worker thread its
 * own Database. A pull of several pages (a first copy, or a page that says more are to come) fetches them on a
 * worker thread with a second connection to the server (SyncTransport::another, PullPrefetcher) while this thread
 * applies them in order.
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    static constexpr int kProtocolVersion = 1;
    static constexpr int kPushBatch = 200;
    static constexpr int kPullPage = 10000;

    /// Neither is owned; both must outlive the engine.
    SyncEngine(const Database& database, SyncTransport& transport);

    /// A whole round. The file must be a replica bound to the transport's account (DatabaseInfo::makeReplica).
    Result<SyncReport> run();

    /// The parts of a round, on an open transport (for tests and benchmarks).
    Result<QJsonObject> hello(SyncReport& report);
    Status push(SyncReport& report);
    Status pull(SyncReport& report);

    /// The user's sentence for a refusal code of the server ("field-not-owned", "period-closed", ...).
    static QString refusalText(const QString& code);

private:
    const Database& m_database;
    SyncTransport& m_transport;
    QString m_clientId;
};

} // namespace kinerja
