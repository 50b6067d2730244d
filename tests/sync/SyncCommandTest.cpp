// SPDX-License-Identifier: GPL-3.0-or-later
// kinerja-cli server install|add-user|disable-user and kinerja-cli sync, end to end on a private server.
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/PostgresServer.h"

#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// Sets PGPASSWORD for the runs of one scope (libpq reads it: passwords never go on the command line).
class Password
{
public:
    explicit Password(const QString& password) { qputenv("PGPASSWORD", password.toUtf8()); }
    ~Password() { qunsetenv("PGPASSWORD"); }
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;
};

} // namespace

TEST_CASE("kinerja-cli installs a server from an office file, adds a person, and that person synchronizes",
    "[postgres][sync][cli]")
{
    auto& server = PostgresServer::shared();
    const auto database = server.uniqueName(QStringLiteral("kinerja_cli"));
    REQUIRE(server.createDatabase(database).ok());
    QTemporaryDir dir;
    const auto office = dir.filePath(QStringLiteral("kantor.sqlite"));
    REQUIRE(runCli({QStringLiteral("--database"), office, QStringLiteral("demo")}).exitCode == 0);
    const QStringList connection {QStringLiteral("--host"), server.host(), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--dbname"), database, QStringLiteral("--sslmode"),
        QStringLiteral("disable")};
    const auto asAdmin = connection + QStringList {QStringLiteral("--user"), PostgresServer::superuser()};
    const auto nip = QStringLiteral("199110032019031001"); // Rudi Syarif, an employee of the demo office
    const auto login = QStringLiteral("rudi_") + database;

    {
        Password password(PostgresServer::superuserPassword());
        const auto installed = runCli(QStringList {QStringLiteral("server"), QStringLiteral("install")} + asAdmin
            + QStringList {QStringLiteral("--from"), office});
        INFO(installed.err.toStdString());
        REQUIRE(installed.exitCode == 0);
        CHECK(installed.out.contains(QStringLiteral("employee: ")));
        CHECK(installed.out.contains(QStringLiteral("performance_plan: ")));

        const auto again = runCli(QStringList {QStringLiteral("server"), QStringLiteral("install")} + asAdmin
            + QStringList {QStringLiteral("--from"), office});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already installed")));

        CHECK(runCli(QStringList {QStringLiteral("server"), QStringLiteral("upgrade")} + asAdmin).exitCode == 0);

        qputenv("KINERJA_TEST_NEW_PASSWORD", "kata-sandi-rudi");
        const auto added = runCli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), login, QStringLiteral("--nip"), nip,
                QStringLiteral("--password-from-env"), QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);

        const auto unknownNip = runCli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), QStringLiteral("siapa"), QStringLiteral("--nip"),
                QStringLiteral("199001012020121001"), QStringLiteral("--password-from-env"),
                QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        CHECK(unknownNip.exitCode == 1);
        CHECK(unknownNip.err.contains(QStringLiteral("No employee with NIP 199001012020121001")));
        const auto badLogin = runCli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), QStringLiteral("Rudi; DROP"), QStringLiteral("--nip"), nip,
                QStringLiteral("--password-from-env"), QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        CHECK(badLogin.exitCode == 1);
        CHECK(badLogin.err.contains(QStringLiteral("not a valid login name")));
        qunsetenv("KINERJA_TEST_NEW_PASSWORD");
    }

    const auto replica = dir.filePath(QStringLiteral("rudi.sqlite"));
    const auto asRudi = connection + QStringList {QStringLiteral("--user"), login};
    {
        Password password(QStringLiteral("salah-sandi"));
        const auto refused =
            runCli(QStringList {QStringLiteral("--database"), replica, QStringLiteral("sync"), QStringLiteral("--bind")}
                + asRudi);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("password authentication failed")));
    }
    {
        Password password(QStringLiteral("kata-sandi-rudi"));
        const auto first =
            runCli(QStringList {QStringLiteral("--database"), dir.filePath(QStringLiteral("baru.sqlite")),
                       QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--bind")}
                + asRudi);
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        CHECK(first.out.contains(QStringLiteral("\"pulled\"")));
        const auto again = runCli(QStringList {QStringLiteral("--database"),
                                      dir.filePath(QStringLiteral("baru.sqlite")), QStringLiteral("sync")}
            + connection);
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("0 rows received")));

        const auto standalone = runCli(
            {QStringLiteral("--database"), office, QStringLiteral("sync"), QStringLiteral("--host"), server.host(),
                QStringLiteral("--dbname"), database, QStringLiteral("--user"), login, QStringLiteral("--port"),
                QString::number(server.port()), QStringLiteral("--sslmode"), QStringLiteral("disable")});
        CHECK(standalone.exitCode == 1);
        CHECK(standalone.err.contains(QStringLiteral("standalone file")));
    }
    {
        Password password(PostgresServer::superuserPassword());
        CHECK(runCli(QStringList {QStringLiteral("server"), QStringLiteral("disable-user")} + asAdmin
                  + QStringList {QStringLiteral("--login"), login})
                  .exitCode
            == 0);
        const auto unknown = runCli(QStringList {QStringLiteral("server"), QStringLiteral("disable-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), QStringLiteral("tidak-ada")});
        CHECK(unknown.exitCode == 1);
    }
    {
        Password password(QStringLiteral("kata-sandi-rudi"));
        const auto disabled = runCli(QStringList {QStringLiteral("--database"),
                                         dir.filePath(QStringLiteral("baru.sqlite")), QStringLiteral("sync")}
            + connection);
        CHECK(disabled.exitCode == 1);
    }
}
