// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/EvidenceTransfer.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/EvidenceStore.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncTransport.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

/// The file an outbox edit makes a row point to, or empty.
QString fileOf(const Outbox::Entry& entry)
{
    if (entry.kind != QLatin1String("edit")) {
        return {};
    }
    const char* column = nullptr;
    if (entry.entity == QLatin1String("evidence")) {
        column = "sha256";
    } else if (entry.entity == QLatin1String("competency_activity")) {
        column = "evidence_sha256";
    } else {
        return {};
    }
    return entry.changes.value(QLatin1String(column)).toObject().value(QStringLiteral("new")).toString();
}

} // namespace

EvidenceTransfer::EvidenceTransfer(const Database& database, SyncTransport& transport)
    : m_database(database)
    , m_transport(transport)
{ }

Result<int> EvidenceTransfer::uploadFor(const QList<Outbox::Entry>& entries)
{
    int sent = 0;
    for (const auto& entry : entries) {
        const auto sha256 = fileOf(entry);
        if (sha256.isEmpty() || m_done.contains(sha256)) {
            continue;
        }
        auto uploaded = upload(sha256);
        if (!uploaded) {
            return uploaded.propagate<int>();
        }
        sent += *uploaded ? 1 : 0;
    }
    return sent;
}

Result<bool> EvidenceTransfer::upload(const QString& sha256)
{
    using R = Result<bool>;
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, QStringLiteral("SELECT size, mime_type, data FROM evidence_blob WHERE sha256 = ?"), {sha256},
            "read an evidence file to upload")) {
        return R::failure(tr("An evidence file could not be read from this file."));
    }
    if (!query.next()) {
        // The row points to a file this replica never had (it came from the server): nothing to send.
        qCInfo(lcSync) << "no local copy of" << sha256 << "to upload";
        return false;
    }
    const auto size = query.value(0).toLongLong();
    const auto mimeType = query.value(1).toString();
    const auto data = query.value(2).toByteArray();
    // Ask where the server is (an empty chunk sends nothing), then send the rest.
    auto answer = m_transport.putBlob(sha256, size, mimeType, 0, QByteArray());
    if (!answer) {
        return answer.propagate<bool>();
    }
    bool sent = false;
    qint64 received = answer->value(QStringLiteral("received")).toInteger();
    while (!answer->value(QStringLiteral("complete")).toBool()) {
        if (answer->contains(QStringLiteral("error"))) {
            return R::failure(tr("The shared database refused the evidence file: its contents do not match."));
        }
        answer = m_transport.putBlob(sha256, size, mimeType, received, data.mid(received, kChunkBytes));
        if (!answer) {
            return answer.propagate<bool>();
        }
        const auto next = answer->value(QStringLiteral("received")).toInteger();
        if (next <= received && !answer->value(QStringLiteral("complete")).toBool()) {
            return R::failure(tr("The shared database did not take the evidence file."));
        }
        received = next;
        sent = true;
    }
    m_done.append(sha256);
    return sent;
}

Status EvidenceTransfer::download(const QString& sha256, const std::function<void(qint64, qint64)>& progress)
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT size, mime_type FROM evidence WHERE sha256 = ? AND deleted = 0 LIMIT 1"), {sha256},
            "read an evidence row")
        || !query.next()) {
        return Status::failure(tr("No evidence in this file points to that file."));
    }
    const auto size = query.value(0).toLongLong();
    const auto mimeType = query.value(1).toString();
    QByteArray data;
    while (data.size() < size) {
        auto piece = m_transport.getBlob(sha256, data.size(), kChunkBytes);
        if (!piece) {
            return piece.propagate<Done>();
        }
        if (piece->isEmpty()) {
            return Status::failure(tr("The shared database does not have the whole evidence file yet."));
        }
        data += *piece;
        if (progress) {
            progress(data.size(), size);
        }
    }
    if (data.size() != size || EvidenceStore::sha256(data) != sha256) {
        return Status::failure(tr("The evidence file arrived damaged; nothing was stored. Try again."));
    }
    Transaction transaction(m_database);
    if (!sql::exec(m_database.connection(),
            QStringLiteral("INSERT INTO evidence_blob (sha256, size, mime_type, data) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (sha256) DO NOTHING"),
            {sha256, size, mimeType, data}, "store a downloaded evidence file")) {
        return Status::failure(tr("The evidence file could not be stored."));
    }
    return transaction.commit();
}

Result<QStringList> EvidenceTransfer::missing() const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT DISTINCT e.sha256 FROM evidence AS e WHERE e.sha256 IS NOT NULL AND e.deleted = 0 "
                           "AND NOT EXISTS (SELECT 1 FROM evidence_blob AS b WHERE b.sha256 = e.sha256) "
                           "ORDER BY e.sha256"),
            {}, "list missing evidence files")) {
        return Result<QStringList>::failure(tr("The local database could not be read."));
    }
    QStringList files;
    while (query.next()) {
        files.append(query.value(0).toString());
    }
    return files;
}

} // namespace kinerja
