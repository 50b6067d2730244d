// SPDX-License-Identifier: GPL-3.0-or-later
// A pull of several pages (core/sync/SyncEngine::pull with core/sync/PullPrefetcher): the pages after the first are
// fetched on another thread and connection while one is applied, and still applied one by one, in order, each with
// its cursor; a failed fetch reports the transport's error and keeps the pages before it; without a second
// connection the pull goes on page after page; a failed apply stops the fetching.
#include "core/sync/PullPrefetcher.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncState.h"
#include "core/sync/SyncTransport.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QThread>

using namespace kinerja;

namespace {

/// The pages a fake server serves: page k holds one org_unit whose parent is page k-1's, so a page applied before
/// the one holding its parent fails at commit (deferred foreign key).
struct FakeServer
{
    int pages = 6;
    int failAt = -1; ///< the fetch of this page fails
    int badAt = -1; ///< this page has a row the local file refuses
    bool secondConnectionRefused = false;
    QStringList ids;

    QMutex mutex; ///< guards the members below
    QList<int> served; ///< page numbers, in the order fetched
    QList<QThread*> threads; ///< the thread of each fetch

    FakeServer()
    {
        for (int i = 0; i < 10; ++i) {
            ids.append(Uuid::toText(Uuid::createV7()));
        }
    }

    Result<QJsonObject> page(int k)
    {
        {
            QMutexLocker locker(&mutex);
            served.append(k);
            threads.append(QThread::currentThread());
        }
        QThread::msleep(5); // a server takes some time; lets the pages overlap with their apply
        if (k == failAt) {
            return Result<QJsonObject>::failure(QStringLiteral("The shared database refused the request: gone"));
        }
        QJsonObject unit {{QStringLiteral("id"), ids.at(k)},
            {QStringLiteral("parent_id"), k == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ids.at(k - 1))},
            {QStringLiteral("code"), QStringLiteral("9%1").arg(k)}, {QStringLiteral("name"), QStringLiteral("Unit")},
            {QStringLiteral("kind"), QStringLiteral("opd")}, {QStringLiteral("address"), QString()},
            {QStringLiteral("letterhead"), QString()}, {QStringLiteral("assessment_delegate_id"), QJsonValue::Null},
            {QStringLiteral("active"), k == badAt ? 7 : 1}, {QStringLiteral("sort_order"), k},
            {QStringLiteral("row_version"), k + 1},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")},
            {QStringLiteral("updated_by"), QJsonValue::Null}, {QStringLiteral("deleted"), 0}};
        return QJsonObject {{QStringLiteral("tables"), QJsonObject {{QStringLiteral("org_unit"), QJsonArray {unit}}}},
            {QStringLiteral("cursor"), QJsonObject {{QStringLiteral("page"), k + 1}}},
            {QStringLiteral("more"), k + 1 < pages}, {QStringLiteral("snapshot"), false}};
    }
};

class FakeTransport : public SyncTransport
{
public:
    FakeTransport(FakeServer& server, bool second)
        : m_server(server)
        , m_second(second)
    { }

    Status connect() override
    {
        if (m_second && m_server.secondConnectionRefused) {
            return Status::failure(QStringLiteral("too many connections"));
        }
        return success();
    }
    void disconnect() override { }
    Result<QJsonObject> hello(const QString&, int, const QString&) override { return QJsonObject(); }
    Result<QJsonObject> push(const QString&, const QJsonArray&) override { return QJsonObject(); }
    Result<QJsonObject> pull(const QString&, const QJsonValue& cursor, int) override
    {
        return m_server.page(cursor.toObject().value(QStringLiteral("page")).toInt());
    }
    Result<QJsonObject> putBlob(const QString&, qint64, const QString&, qint64, const QByteArray&) override
    {
        return QJsonObject();
    }
    Result<QByteArray> getBlob(const QString&, qint64, int) override { return QByteArray(); }
    Status changePassword(const QString&) override { return success(); }
    std::unique_ptr<SyncTransport> another() const override { return std::make_unique<FakeTransport>(m_server, true); }

private:
    FakeServer& m_server;
    bool m_second;
};

QVariant scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.connection(), sql, values, "test");
}

int unitsOf(Database& db, const FakeServer& server)
{
    int found = 0;
    for (const auto& id : server.ids) {
        found += scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id = ?"), {id}).toInt();
    }
    return found;
}

int cursorPage(Database& db)
{
    return SyncState::read(db)->cursor.toObject().value(QStringLiteral("page")).toInt();
}

} // namespace

TEST_CASE("A pull of several pages fetches the next ones on another connection and applies them in order", "[sync]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(opened.ok());
    auto& db = *opened.value();
    FakeServer server;
    FakeTransport transport(server, false);
    SyncEngine engine(db, transport);
    SyncReport report;

    SECTION("a first pull: every page from another thread, applied in order")
    {
        REQUIRE(engine.pull(report).ok());
        CHECK(report.pages == server.pages);
        CHECK(unitsOf(db, server) == server.pages);
        CHECK(cursorPage(db) == server.pages);
        CHECK(server.served == QList<int>({0, 1, 2, 3, 4, 5}));
        for (auto* thread : server.threads) {
            CHECK(thread != QThread::currentThread());
        }
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
    }

    SECTION("a later pull: its first page on this connection, the next ones from another thread")
    {
        REQUIRE(SyncState::writeCursor(db, QJsonObject {{QStringLiteral("page"), 0}}).ok());
        REQUIRE(engine.pull(report).ok());
        CHECK(report.pages == server.pages);
        CHECK(unitsOf(db, server) == server.pages);
        CHECK(cursorPage(db) == server.pages);
        CHECK(server.served == QList<int>({0, 1, 2, 3, 4, 5}));
        CHECK(server.threads.first() == QThread::currentThread());
        for (int k = 1; k < server.threads.size(); ++k) {
            CHECK(server.threads.at(k) != QThread::currentThread());
        }
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
    }

    SECTION("a failed fetch reports the transport's error; the pages before it stay")
    {
        server.failAt = 3;
        const auto pulled = engine.pull(report);
        REQUIRE_FALSE(pulled.ok());
        CHECK(pulled.error() == QStringLiteral("The shared database refused the request: gone"));
        CHECK(report.pages == 3);
        CHECK(unitsOf(db, server) == 3);
        CHECK(cursorPage(db) == 3);
        // the next round goes on from there
        server.failAt = -1;
        SyncReport again;
        REQUIRE(engine.pull(again).ok());
        CHECK(again.pages == server.pages - 3);
        CHECK(unitsOf(db, server) == server.pages);
        CHECK(cursorPage(db) == server.pages);
    }

    SECTION("without a second connection, page after page on the first one")
    {
        server.secondConnectionRefused = true;
        REQUIRE(engine.pull(report).ok());
        CHECK(report.pages == server.pages);
        CHECK(unitsOf(db, server) == server.pages);
        CHECK(server.served == QList<int>({0, 1, 2, 3, 4, 5}));
        for (auto* thread : server.threads) {
            CHECK(thread == QThread::currentThread());
        }
    }

    SECTION("a page the file refuses stops the pull and the fetching ahead; the pages before it stay")
    {
        server.pages = 10;
        server.badAt = 2;
        REQUIRE_FALSE(engine.pull(report).ok());
        CHECK(report.pages == 2);
        CHECK(unitsOf(db, server) == 2);
        CHECK(cursorPage(db) == 2);
        // at most the pages waiting (kAhead) and the one in flight were fetched beyond the refused one
        QMutexLocker locker(&server.mutex);
        CHECK(server.served.size() <= 3 + PullPrefetcher::kAhead + 1);
    }
}
