// SPDX-License-Identifier: GPL-3.0-or-later
// The walls of the shared database (issue 7, "Proof" / design.md "Transport and trust"): with a person's own
// credentials and plain psql no table can be read or written; no login role owns a table or bypasses row-level
// security; every table forces it; the server's transition table is core's; the server's tables are the local ones.
#include "core/domain/TransitionTable.h"
#include "core/storage/Database.h"
#include "core/sync/PullApplier.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/PostgresServer.h"
#include "tests/sync/SyncFixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct PsqlRun
{
    QString out;
    QString err;
};

/// Runs `script` with the psql of the server's PostgreSQL, as `login` with its password.
PsqlRun psql(SyncFixture& server, const QString& login, const QString& script)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(SyncFixture::kPassword));
    process.setProcessEnvironment(environment);
    process.start(server.server().binDir() + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-h"), server.server().host(),
            QStringLiteral("-p"), QString::number(server.server().port()), QStringLiteral("-U"), login,
            QStringLiteral("-d"), server.databaseName(), QStringLiteral("-f"), QStringLiteral("-")});
    REQUIRE(process.waitForStarted());
    process.write(script.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("With a person's own login and plain psql, no table can be read or written", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto employee = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    const auto admin = server.addUser(QStringLiteral("admin"), plan.assessorNip, true);
    const auto tables = server.query(QStringLiteral(
        "SELECT c.table_name, c.column_name FROM information_schema.columns AS c WHERE c.table_schema = 'kinerja' "
        "AND c.ordinal_position = 1 ORDER BY c.table_name"));
    REQUIRE(tables.size() >= 25);
    QString script;
    int statements = 0;
    for (const auto& row : tables) {
        script += QStringLiteral("SELECT count(*) FROM kinerja.%1;\nINSERT INTO kinerja.%1 DEFAULT VALUES;\n"
                                 "UPDATE kinerja.%1 SET %2 = %2;\nDELETE FROM kinerja.%1;\n"
                                 "COPY kinerja.%1 TO STDOUT;\n")
                      .arg(row.at(0).toString(), row.at(1).toString());
        statements += 5;
    }
    for (const auto& call : {QStringLiteral("SELECT kinerja.scope_of(current_user);"),
             QStringLiteral("SELECT kinerja.add_user('x', 'yyyyyyyy', NULL, true);"),
             QStringLiteral("SELECT kinerja.apply_edit('{}'::jsonb, NULL);"), QStringLiteral("SET ROLE kinerja_owner;"),
             QStringLiteral("CREATE TABLE public.mine (x int);"), QStringLiteral("CREATE SCHEMA mine;"),
             // a forged scope cache for the sync functions to trust
             QStringLiteral("CREATE TEMPORARY TABLE kinerja_scope_cache AS SELECT session_user AS login, "
                            "NULL::uuid[] AS scope;")}) {
        script += call + QLatin1Char('\n');
        ++statements;
    }
    for (const auto& login : {employee, admin}) {
        INFO(login);
        const auto run = psql(server, login, script);
        const auto errors = run.err.count(QStringLiteral("ERROR:"));
        CHECK(errors == statements);
        CHECK(run.err.count(QStringLiteral("permission denied")) + run.err.count(QStringLiteral("must be member"))
            == statements);
        CHECK(run.out.trimmed().isEmpty());
    }
    // ... while the sync functions answer
    const auto hello = psql(server, employee,
        QStringLiteral("SELECT sync.hello('3f2c1a56-0000-4000-8000-000000000001', 1, 'psql') ->> 'employee_id';\n"));
    CHECK(hello.err.isEmpty());
    CHECK(hello.out.trimmed() == plan.employeeId);
}

TEST_CASE("No login role owns a table or bypasses row-level security, which every table forces", "[postgres][sync]")
{
    SyncFixture server;
    server.addUser(QStringLiteral("pegawai"), server.planIn(QStringLiteral("plan.draft")).employeeNip);
    const auto owners = server.query(QStringLiteral(
        "SELECT DISTINCT r.rolname, r.rolcanlogin, r.rolbypassrls FROM pg_class AS c JOIN pg_namespace AS n ON "
        "n.oid = c.relnamespace JOIN pg_roles AS r ON r.oid = c.relowner WHERE n.nspname IN ('kinerja', 'sync')"));
    REQUIRE(owners.size() == 1);
    CHECK(owners.first().at(0).toString() == QStringLiteral("kinerja_owner"));
    CHECK_FALSE(owners.first().at(1).toBool());
    CHECK_FALSE(owners.first().at(2).toBool());
    const auto members = server.query(QStringLiteral(
        "SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole FROM pg_auth_members AS m JOIN pg_roles AS r ON "
        "r.oid = m.member WHERE m.roleid = 'kinerja_user'::regrole"));
    REQUIRE_FALSE(members.isEmpty()); // roles belong to the cluster: other cases' logins are here too
    for (const auto& member : members) {
        CHECK_FALSE(member.at(0).toBool());
        CHECK_FALSE(member.at(1).toBool());
        CHECK_FALSE(member.at(2).toBool());
    }
    CHECK(server
              .value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolbypassrls AND rolcanlogin AND NOT "
                                    "rolsuper"))
              .toInt()
        == 0);
    const auto unguarded = server.query(QStringLiteral(
        "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE n.nspname = "
        "'kinerja' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"));
    CHECK(unguarded.isEmpty());
    // the functions a login may call are exactly the sync functions
    const auto callable = server.query(QStringLiteral(
        "SELECT n.nspname || '.' || p.proname FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace "
        "WHERE n.nspname IN ('kinerja', 'sync') AND has_function_privilege('kinerja_user', p.oid, 'EXECUTE') "
        "ORDER BY 1"));
    QStringList names;
    for (const auto& row : callable)
        names.append(row.first().toString());
    CHECK(names
        == QStringList {QStringLiteral("sync.change_password"), QStringLiteral("sync.get_blob"),
            QStringLiteral("sync.hello"), QStringLiteral("sync.pull"), QStringLiteral("sync.push"),
            QStringLiteral("sync.put_blob")});
    CHECK(server
              .value(QStringLiteral("SELECT count(*) FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = "
                                    "p.pronamespace WHERE n.nspname = 'sync' AND NOT p.prosecdef"))
              .toInt()
        == 0);
}

TEST_CASE("The transition table in core and on the server answer the same for every state, command and role",
    "[postgres][sync]")
{
    SyncFixture server;
    const auto rows = server.query(QStringLiteral("SELECT kind, from_state, command, role, to_state, "
                                                  "array_to_string(requirements, ',') FROM kinerja.transition"));
    QHash<QString, QString> onServer; // "kind|from|command|role" -> "to|requirements"
    for (const auto& row : rows)
        onServer.insert(
            QStringList {row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString()}.join(
                QLatin1Char('|')),
            row.at(4).toString() + QLatin1Char('|') + row.at(5).toString());
    const auto& table = TransitionTable::standard();
    CHECK(onServer.size() == table.rows().size());
    int compared = 0;
    for (const auto kind : {DocumentKind::Plan, DocumentKind::Evaluation, DocumentKind::Objection}) {
        for (const auto state : allWorkflowStates()) {
            if (documentKind(state) != kind)
                continue;
            for (const auto command : allWorkflowCommands()) {
                for (const auto role : allActorRoles()) {
                    const auto key =
                        QStringList {codeName(kind), codeName(state), codeName(command), codeName(role)}.join(
                            QLatin1Char('|'));
                    const auto inCore = table.find(kind, state, command, role);
                    INFO(key.toStdString());
                    REQUIRE(inCore.has_value() == onServer.contains(key));
                    if (inCore) {
                        CHECK(onServer.value(key)
                            == codeName(inCore->to) + QLatin1Char('|')
                                + codeNames(inCore->requirements).join(QLatin1Char(',')));
                    }
                    ++compared;
                }
            }
        }
    }
    CHECK(compared > 300);
}

TEST_CASE("The server's tables have the local synced tables' columns, in order", "[postgres][sync]")
{
    SyncFixture server;
    QTemporaryDir dir;
    auto local = Database::open(dir.filePath(QStringLiteral("schema.sqlite")));
    REQUIRE(local.ok());
    const auto tables = PullApplier::syncedTables(*local.value());
    REQUIRE(tables.ok());
    REQUIRE(tables->size() == 20);
    for (const auto& table : *tables) {
        INFO(table.toStdString());
        QSqlQuery query(local.value()->connection());
        REQUIRE(
            query.exec(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('%1') "
                                      "ORDER BY cid)")
                           .arg(table)));
        REQUIRE(query.next());
        const auto onServer = server.value(QStringLiteral(
            "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE "
            "table_schema = 'kinerja' AND table_name = '%1' AND column_name <> 'scope_employee_id'")
                                               .arg(table));
        CHECK(onServer.toString() == query.value(0).toString());
    }
}
