// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PullPrefetcher.h"

#include "core/Logging.h"
#include "core/sync/SyncTransport.h"

#include <QMutexLocker>
#include <QThread>

namespace kinerja {

PullPrefetcher::PullPrefetcher(std::unique_ptr<SyncTransport> transport, QString clientId, QJsonValue cursor, int limit)
    : m_transport(std::move(transport))
    , m_clientId(std::move(clientId))
    , m_cursor(std::move(cursor))
    , m_limit(limit)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("kinerja-pull"));
    m_thread->start();
}

PullPrefetcher::~PullPrefetcher()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stop = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
}

void PullPrefetcher::run()
{
    if (auto connected = m_transport->connect(); !connected) {
        qCInfo(lcSync) << "no second connection for the pull, pulling page after page:" << connected.error();
        m_transport.reset();
        QMutexLocker locker(&m_mutex);
        m_unconnected = true;
        m_finished = true;
        m_changed.wakeAll();
        return;
    }
    QJsonValue cursor = m_cursor;
    for (bool last = false; !last;) {
        {
            QMutexLocker locker(&m_mutex);
            while (!m_stop && m_pages.size() >= std::size_t(kAhead)) {
                m_changed.wait(&m_mutex);
            }
            if (m_stop) {
                break;
            }
        }
        auto page = m_transport->pull(m_clientId, cursor, m_limit);
        last = !page || !page->value(QStringLiteral("more")).toBool();
        if (page) {
            cursor = page->value(QStringLiteral("cursor"));
        }
        QMutexLocker locker(&m_mutex);
        m_pages.push_back(std::move(page));
        m_changed.wakeAll();
    }
    m_transport->disconnect();
    m_transport.reset();
    QMutexLocker locker(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

std::optional<Result<QJsonObject>> PullPrefetcher::next()
{
    QMutexLocker locker(&m_mutex);
    while (m_pages.empty() && !m_finished) {
        m_changed.wait(&m_mutex);
    }
    if (!m_pages.empty()) {
        auto page = std::move(m_pages.front());
        m_pages.pop_front();
        m_changed.wakeAll();
        return page;
    }
    if (m_unconnected) {
        return std::nullopt;
    }
    // asked beyond the last page: the engine stops at the page that says there is no more
    return Result<QJsonObject>::failure(tr("The shared database did not answer the request for changes."));
}

} // namespace kinerja
