// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace kinerja {

class SyncTransport;

/**
 * Fetches the pages of one pull ahead of their local apply (docs/sync.md "Pull"). The server's work for page N+1
 * needs only the cursor that came in page N's answer, not the local apply of page N, so a worker thread pulls the
 * next pages on a transport (and connection) of its own while the caller's thread applies the current one. Pages
 * come out of next() in the server's order; nothing is written locally here.
 *
 * At most kAhead pages wait besides the one being fetched, so memory stays flat however long the pull.
 *
 * Threads: construct, call next() and destroy on one thread (the caller's). The transport given is connected,
 * used, disconnected and destroyed on the worker thread only (a QSqlDatabase connection belongs to the thread that
 * made it). The destructor asks the worker to stop after the call it is in and waits for it.
 */
class PullPrefetcher
{
    Q_DECLARE_TR_FUNCTIONS(PullPrefetcher)

public:
    static constexpr int kAhead = 2;

    /// Starts the worker: connects `transport` and pulls from `cursor` on, `limit` rows a page, until a page says
    /// there is no more or a call fails.
    PullPrefetcher(std::unique_ptr<SyncTransport> transport, QString clientId, QJsonValue cursor, int limit);
    ~PullPrefetcher();
    PullPrefetcher(const PullPrefetcher&) = delete;
    PullPrefetcher& operator=(const PullPrefetcher&) = delete;

    /**
     * The next page, waiting for it; a failed call gives the transport's error, as SyncTransport::pull does, and is
     * the last thing given. std::nullopt when the worker could not connect and fetched nothing: the caller then
     * pulls on its own transport from the same cursor.
     */
    std::optional<Result<QJsonObject>> next();

private:
    void run();

    std::unique_ptr<SyncTransport> m_transport; ///< used on the worker thread only
    const QString m_clientId;
    const QJsonValue m_cursor;
    const int m_limit;

    QMutex m_mutex; ///< guards the members below
    QWaitCondition m_changed;
    std::deque<Result<QJsonObject>> m_pages;
    bool m_finished = false; ///< the worker gave its last page (or failure) and stopped
    bool m_unconnected = false; ///< the worker could not connect
    bool m_stop = false; ///< the caller wants no more pages

    std::unique_ptr<QThread> m_thread;
};

} // namespace kinerja
