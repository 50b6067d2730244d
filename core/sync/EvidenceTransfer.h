// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Outbox.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kinerja {

class Database;
class SyncTransport;

/**
 * Evidence files between the local file (table evidence_blob) and the shared database (sync.put_blob /
 * sync.get_blob), by SHA-256 and in chunks (design.md "Evidence files"):
 *
 *  - before the outbox entries that point to a file are pushed, the file is uploaded (uploadFor, called by
 *    SyncEngine::push): the metadata row never reaches the server before its file; an upload that broke off resumes
 *    at the bytes the server already has, and a file the server holds is not sent again;
 *  - download() fetches a file someone else attached, checks its SHA-256 and stores it in one transaction: a file
 *    never half-arrives.
 *
 * The transport must be connected. Neither argument is owned.
 */
class EvidenceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceTransfer)

public:
    static constexpr int kChunkBytes = 1024 * 1024;

    EvidenceTransfer(const Database& database, SyncTransport& transport);

    /// Uploads every file that the edits among `entries` point to (evidence.sha256,
    /// competency_activity.evidence_sha256). Returns how many files were sent (not those the server already had).
    Result<int> uploadFor(const QList<Outbox::Entry>& entries);
    /// Uploads one local file, resuming where the server stopped. True when bytes were sent.
    Result<bool> upload(const QString& sha256);
    /// Fetches one file into the local file. `progress(received, size)` after each chunk.
    Status download(const QString& sha256, const std::function<void(qint64, qint64)>& progress = {});
    /// The files that evidence rows of this file point to but that are not in it (to fetch on demand).
    Result<QStringList> missing() const;

private:
    const Database& m_database;
    SyncTransport& m_transport;
    QStringList m_done; // this round's files the server holds
};

} // namespace kinerja
