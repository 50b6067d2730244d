// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncFixture.h"

#include "core/storage/DatabaseInfo.h"
#include "core/storage/DemoGenerator.h"
#include "core/storage/Sql.h"
#include "core/sync/ServerConnection.h"
#include "core/sync/ServerInstaller.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/PostgresServer.h"

#include <QSqlQuery>

namespace kinerja::test {

namespace {

constexpr int kDemoYear = 2026;

ServerSettings superuserSettings(PostgresServer& server, const QString& database)
{
    ServerSettings settings;
    settings.host = server.host();
    settings.port = server.port();
    settings.database = database;
    settings.user = PostgresServer::superuser();
    settings.password = PostgresServer::superuserPassword();
    settings.sslMode = QStringLiteral("disable");
    return settings;
}

/// The installed template database of this process.
const QString& templateDatabase()
{
    static QTemporaryDir folder;
    static const QString name = [] {
        const QString file = folder.filePath(QStringLiteral("sync-demo.sqlite"));
        DemoOptions options;
        options.years = 1;
        options.newestYear = kDemoYear;
        const auto created = DemoGenerator::create(file, options);
        if (!created.ok())
            FAIL("the demo database could not be built: " << created.error());
        auto& server = PostgresServer::shared();
        const QString database = server.uniqueName(QStringLiteral("kinerja_template"));
        const auto made = server.createDatabase(database);
        if (!made.ok())
            FAIL(made.error());
        auto source = Database::open(file, Database::OpenMode::ReadOnly);
        REQUIRE(source.ok());
        auto connection = ServerConnection::open(superuserSettings(server, database));
        if (!connection.ok())
            FAIL(connection.error());
        ServerInstaller installer(*connection.value());
        const auto installed = installer.install(*source.value());
        if (!installed.ok())
            FAIL("server install failed: " << installed.error());
        return database;
    }();
    return name;
}

} // namespace

SyncFixture::SyncFixture()
{
    const auto& source = templateDatabase();
    m_database = server().uniqueName(QStringLiteral("kinerja"));
    const auto made = server().runSql(
        QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_database, source));
    if (!made.ok())
        FAIL("cannot clone the installed database: " << made.error());
    // database privileges are not copied from a template: as `server install` sets them
    const auto granted = server().runSql(m_database,
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC; GRANT CONNECT ON DATABASE %1 TO kinerja_user; "
                       "GRANT CONNECT, TEMPORARY ON DATABASE %1 TO kinerja_owner")
            .arg(m_database));
    REQUIRE(granted.ok());
}

SyncFixture::~SyncFixture() = default;

PostgresServer& SyncFixture::server()
{
    return PostgresServer::shared();
}

QString SyncFixture::addUser(const QString& suffix, const QString& nip, bool admin, const QString& adminUnitCode)
{
    const QString login = QStringLiteral("u_%1_%2").arg(m_database, suffix).left(63);
    auto connection = ServerConnection::open(adminSettings());
    if (!connection.ok())
        FAIL(connection.error());
    ServerInstaller installer(*connection.value());
    const auto added = installer.addUser(login, QString::fromLatin1(kPassword), nip, admin, adminUnitCode);
    if (!added.ok())
        FAIL("add-user " << login << ": " << added.error());
    ++m_users;
    return login;
}

ServerSettings SyncFixture::settings(const QString& login) const
{
    auto settings = superuserSettings(PostgresServer::shared(), m_database);
    settings.user = login;
    settings.password = QString::fromLatin1(kPassword);
    return settings;
}

ServerSettings SyncFixture::adminSettings() const
{
    return superuserSettings(PostgresServer::shared(), m_database);
}

QList<QVariantList> SyncFixture::query(const QString& sql)
{
    const auto rows = server().runSql(m_database, sql);
    if (!rows.ok())
        FAIL(sql << ": " << rows.error());
    return *rows;
}

QVariant SyncFixture::value(const QString& sql)
{
    const auto rows = query(sql);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

SyncFixture::PlanCase SyncFixture::planIn(const QString& status)
{
    const auto rows = query(QStringLiteral(
        "SELECT p.id::text, e.id::text, e.nip, a.id::text, a.nip FROM kinerja.performance_plan AS p "
        "JOIN kinerja.employee AS e ON e.id = p.employee_id JOIN kinerja.employee AS a ON a.id = p.assessor_id "
        "WHERE p.status = '%1' AND p.deleted = 0 AND e.nip IS NOT NULL AND a.nip IS NOT NULL AND a.id <> e.id "
        "ORDER BY e.nip LIMIT 1")
                                .arg(status));
    if (rows.isEmpty())
        FAIL("the demo has no plan in " << status);
    const auto& row = rows.first();
    return {
        row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString(), row.at(4).toString()};
}

QString SyncFixture::employeesHeldBy(const QString& login)
{
    return QStringLiteral(
        "(SELECT CASE WHEN kinerja.scope_of('%1') IS NOT NULL THEN "
        "kinerja.visible_employees(kinerja.scope_of('%1')) || ARRAY(SELECT e.id FROM "
        "kinerja.employee AS e WHERE e.unit_id = (SELECT m.unit_id FROM kinerja.employee AS m "
        "JOIN kinerja.account AS a ON a.employee_id = m.id WHERE a.login_role = '%1')) || "
        "(SELECT coalesce(array_agg(x), '{}') FROM (SELECT unnest(ARRAY[p.employee_id, p.assessor_id, "
        "p.second_assessor_id]) AS x FROM kinerja.performance_plan AS p WHERE p.id = ANY (%2)) AS s "
        "WHERE x IS NOT NULL) END)::uuid[]")
        .arg(login, guestRowsOf(login, QStringLiteral("performance_plan")));
}

QString SyncFixture::guestRowsOf(const QString& login, const QString& table)
{
    // the invitations of the login's person on evaluations of people outside its scope (none for an agency admin)
    const auto guests = QStringLiteral(
        "WITH g AS (SELECT i.id AS invitation, i.evaluation_id AS evaluation FROM kinerja.colleague_invitation AS i "
        "JOIN kinerja.account AS a ON a.employee_id = i.colleague_id WHERE a.login_role = '%1' AND i.deleted = 0 "
        "AND kinerja.scope_of('%1') IS NOT NULL AND NOT i.scope_employee_id = ANY (kinerja.scope_of('%1'))) ")
                            .arg(login);
    const auto plans = QStringLiteral("(SELECT e.plan_id FROM kinerja.evaluation AS e WHERE e.id IN "
                                      "(SELECT g.evaluation FROM g))");
    QString select;
    if (table == QLatin1String("performance_plan")) {
        select = QStringLiteral("SELECT p.id FROM kinerja.performance_plan AS p WHERE p.id IN %1").arg(plans);
    } else if (table == QLatin1String("work_result")) {
        select = QStringLiteral("SELECT w.id FROM kinerja.work_result AS w WHERE w.plan_id IN %1").arg(plans);
    } else if (table == QLatin1String("indicator")) {
        select = QStringLiteral("SELECT i.id FROM kinerja.indicator AS i JOIN kinerja.work_result AS w ON "
                                "w.id = i.work_result_id WHERE w.plan_id IN %1")
                     .arg(plans);
    } else if (table == QLatin1String("evaluation")) {
        select = QStringLiteral("SELECT g.evaluation FROM g");
    } else if (table == QLatin1String("realization")) {
        select = QStringLiteral(
            "SELECT r.id FROM kinerja.realization AS r WHERE r.evaluation_id IN (SELECT g.evaluation FROM g)");
    } else if (table == QLatin1String("colleague_invitation")) {
        select = QStringLiteral("SELECT g.invitation FROM g");
    } else if (table == QLatin1String("colleague_feedback")) {
        select = QStringLiteral(
            "SELECT f.id FROM kinerja.colleague_feedback AS f WHERE f.invitation_id IN (SELECT g.invitation FROM g)");
    } else {
        return QStringLiteral("'{}'::uuid[]");
    }
    return QStringLiteral("ARRAY(%1%2)").arg(guests, select);
}

QString SyncFixture::outsiderNip(const QString& a, const QString& b)
{
    return value(
        QStringLiteral(
            "SELECT e.nip FROM kinerja.employee AS e WHERE e.nip IS NOT NULL AND e.nip NOT IN ('%1', '%2') "
            "AND NOT EXISTS (SELECT 1 FROM kinerja.performance_plan AS p JOIN kinerja.employee AS x "
            "ON x.id IN (p.assessor_id, p.second_assessor_id) WHERE p.employee_id = e.id AND x.nip IN ('%1', '%2')) "
            "AND NOT EXISTS (SELECT 1 FROM kinerja.performance_plan AS p JOIN kinerja.employee AS x "
            "ON x.id = p.employee_id WHERE x.nip IN ('%1', '%2') AND e.id IN (p.assessor_id, p.second_assessor_id)) "
            "ORDER BY e.nip LIMIT 1")
            .arg(a, b))
        .toString();
}

Replica::Replica(SyncFixture& fixture, const QString& login)
    : m_login(login)
{
    REQUIRE(m_dir.isValid());
    auto opened = Database::open(m_dir.filePath(QStringLiteral("replica.sqlite")));
    if (!opened.ok())
        FAIL(opened.error());
    m_database = std::move(opened.value());
    const auto settings = fixture.settings(login);
    const auto bound = DatabaseInfo::makeReplica(*m_database, {settings.host, settings.database, settings.user});
    if (!bound.ok())
        FAIL(bound.error());
    m_transport = std::make_unique<PostgresTransport>(settings);
}

QString Replica::clientId()
{
    return value(QStringLiteral("SELECT client_id FROM sync_state")).toString();
}

void Replica::greet()
{
    const auto connected = m_transport->connect();
    if (!connected.ok())
        FAIL(connected.error());
    const auto hello = m_transport->hello(clientId(), SyncEngine::kProtocolVersion, QStringLiteral("test"));
    if (!hello.ok())
        FAIL(hello.error());
    REQUIRE(hello->value(QStringLiteral("compatible")).toBool());
}

SyncReport Replica::sync()
{
    auto report = trySync();
    if (!report.ok())
        FAIL(m_login << ": sync failed: " << report.error());
    return *report;
}

Result<SyncReport> Replica::trySync()
{
    SyncEngine engine(*m_database, *m_transport);
    return engine.run();
}

void Replica::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    if (!sql::exec(m_database->connection(), sql, values, "test edit"))
        FAIL(m_login << ": local statement failed: " << sql);
}

QVariant Replica::value(const QString& sql, std::initializer_list<QVariant> values)
{
    return sql::scalar(m_database->connection(), sql, values, "test read");
}

QStringList Replica::outboxStatuses(const QString& rowId)
{
    QSqlQuery query(m_database->connection());
    REQUIRE(sql::exec(query, QStringLiteral("SELECT status FROM outbox WHERE row_id = ? ORDER BY client_seq"), {rowId},
        "read the outbox"));
    QStringList statuses;
    while (query.next())
        statuses.append(query.value(0).toString());
    return statuses;
}

} // namespace kinerja::test
