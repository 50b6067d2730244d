// SPDX-License-Identifier: GPL-3.0-or-later
// kinerja-cli server install|add-user|disable-user and kinerja-cli sync, end to end on a private server.
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/PostgresServer.h"

#include <QFile>
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

/// kinerja-cli in English (the messages checked below); the default, Indonesian, is checked once.
CliRun cli(const QStringList& arguments)
{
    return runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
}

} // namespace

TEST_CASE("kinerja-cli installs a server from an office file, adds a person, and that person synchronizes",
    "[postgres][sync][cli]")
{
    auto& server = PostgresServer::shared();
    const auto database = server.uniqueName(QStringLiteral("kinerja_cli"));
    REQUIRE(server.createDatabase(database).ok());
    QTemporaryDir dir;
    const auto office = dir.filePath(QStringLiteral("kantor.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), office, QStringLiteral("demo")}).exitCode == 0);
    const QStringList connection {QStringLiteral("--host"), server.host(), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--dbname"), database, QStringLiteral("--sslmode"),
        QStringLiteral("disable")};
    const auto asAdmin = connection + QStringList {QStringLiteral("--user"), PostgresServer::superuser()};
    const auto nip = QStringLiteral("199110032019031001"); // Rudi Syarif, an employee of the demo office
    const auto login = QStringLiteral("rudi_") + database;

    {
        Password password(PostgresServer::superuserPassword());
        const auto installed = cli(QStringList {QStringLiteral("server"), QStringLiteral("install")} + asAdmin
            + QStringList {QStringLiteral("--from"), office});
        INFO(installed.err.toStdString());
        REQUIRE(installed.exitCode == 0);
        CHECK(installed.out.contains(QStringLiteral("employee: ")));
        CHECK(installed.out.contains(QStringLiteral("performance_plan: ")));

        const auto again = cli(QStringList {QStringLiteral("server"), QStringLiteral("install")} + asAdmin
            + QStringList {QStringLiteral("--from"), office});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already installed")));
        const auto inIndonesian = runCli(QStringList {QStringLiteral("server"), QStringLiteral("install")} + asAdmin
            + QStringList {QStringLiteral("--from"), office});
        CHECK(inIndonesian.err.contains(QStringLiteral("sudah terpasang")));

        CHECK(cli(QStringList {QStringLiteral("server"), QStringLiteral("upgrade")} + asAdmin).exitCode == 0);

        qputenv("KINERJA_TEST_NEW_PASSWORD", "kata-sandi-rudi");
        const auto added = cli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), login, QStringLiteral("--nip"), nip,
                QStringLiteral("--password-from-env"), QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        CHECK(added.out.contains(QStringLiteral("as the employee with NIP %1.").arg(nip)));
        // the same login made the administrator of one OPD, and back (an account per person: the row is updated)
        const auto admin = cli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), login, QStringLiteral("--nip"), nip, QStringLiteral("--admin"),
                QStringLiteral("--unit"), QStringLiteral("15.02"), QStringLiteral("--password-from-env"),
                QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        INFO(admin.err.toStdString());
        REQUIRE(admin.exitCode == 0);
        CHECK(admin.out.contains(QStringLiteral("administrator of unit 15.02")));
        REQUIRE(cli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
                    + QStringList {QStringLiteral("--login"), login, QStringLiteral("--nip"), nip,
                        QStringLiteral("--password-from-env"), QStringLiteral("KINERJA_TEST_NEW_PASSWORD")})
                    .exitCode
            == 0);

        const auto unknownNip = cli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), QStringLiteral("siapa"), QStringLiteral("--nip"),
                QStringLiteral("199001012020121001"), QStringLiteral("--password-from-env"),
                QStringLiteral("KINERJA_TEST_NEW_PASSWORD")});
        CHECK(unknownNip.exitCode == 1);
        CHECK(unknownNip.err.contains(QStringLiteral("No employee with NIP 199001012020121001")));
        const auto badLogin = cli(QStringList {QStringLiteral("server"), QStringLiteral("add-user")} + asAdmin
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
            cli(QStringList {QStringLiteral("--database"), replica, QStringLiteral("sync"), QStringLiteral("--bind")}
                + asRudi);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("password authentication failed")));
    }
    {
        Password password(QStringLiteral("kata-sandi-rudi"));
        const auto first = cli(QStringList {QStringLiteral("--database"), dir.filePath(QStringLiteral("baru.sqlite")),
                                   QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--bind")}
            + asRudi);
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        CHECK(first.out.contains(QStringLiteral("\"pulled\"")));
        const auto again = cli(QStringList {QStringLiteral("--database"), dir.filePath(QStringLiteral("baru.sqlite")),
                                   QStringLiteral("sync")}
            + connection);
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("0 rows received")));

        const auto standalone =
            cli({QStringLiteral("--database"), office, QStringLiteral("sync"), QStringLiteral("--host"), server.host(),
                QStringLiteral("--dbname"), database, QStringLiteral("--user"), login, QStringLiteral("--port"),
                QString::number(server.port()), QStringLiteral("--sslmode"), QStringLiteral("disable")});
        CHECK(standalone.exitCode == 1);
        CHECK(standalone.err.contains(QStringLiteral("standalone file")));
    }
    {
        Password password(PostgresServer::superuserPassword());
        CHECK(cli(QStringList {QStringLiteral("server"), QStringLiteral("disable-user")} + asAdmin
                  + QStringList {QStringLiteral("--login"), login})
                  .exitCode
            == 0);
        const auto unknown = cli(QStringList {QStringLiteral("server"), QStringLiteral("disable-user")} + asAdmin
            + QStringList {QStringLiteral("--login"), QStringLiteral("tidak-ada")});
        CHECK(unknown.exitCode == 1);
    }
    {
        Password password(QStringLiteral("kata-sandi-rudi"));
        const auto disabled = cli(QStringList {QStringLiteral("--database"),
                                      dir.filePath(QStringLiteral("baru.sqlite")), QStringLiteral("sync")}
            + connection);
        CHECK(disabled.exitCode == 1);
    }
}

TEST_CASE(
    "kinerja-cli server install takes units and employees from CSV files, all or nothing", "[postgres][sync][cli]")
{
    auto& server = PostgresServer::shared();
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    const auto units = write(QStringLiteral("unit.csv"),
        "KODE;NAMA;KODE_INDUK;JENIS\n15;Pemerintah Provinsi Jambi;;Instansi\n15.03;Badan Kepegawaian Daerah;15;OPD\n");
    const auto employees = write(QStringLiteral("pegawai.csv"),
        "NIP;NAMA;KODE_UNIT;JABATAN\n199110032019031001;Rudi Syarif;15.03;Analis SDM Aparatur\n"
        "197701252006032001;Masnah Aminah;15.03;Kepala Badan\n");
    const auto broken = write(QStringLiteral("rusak.csv"),
        "NIP;NAMA;KODE_UNIT\n199110032019031001;Rudi Syarif;15.03\n12345;Tanpa NIP sah;15.03\n");
    Password password(PostgresServer::superuserPassword());
    const auto install = [&](const QString& database, const QString& employeesCsv) {
        REQUIRE(server.createDatabase(database).ok());
        return cli({QStringLiteral("server"), QStringLiteral("install"), QStringLiteral("--host"), server.host(),
            QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--dbname"), database,
            QStringLiteral("--user"), PostgresServer::superuser(), QStringLiteral("--sslmode"),
            QStringLiteral("disable"), QStringLiteral("--units"), units, QStringLiteral("--employees"), employeesCsv});
    };

    const auto good = server.uniqueName(QStringLiteral("kinerja_csv"));
    const auto installed = install(good, employees);
    INFO(installed.err.toStdString());
    REQUIRE(installed.exitCode == 0);
    CHECK(installed.out.contains(QStringLiteral("org_unit: 2")));
    CHECK(installed.out.contains(QStringLiteral("employee: 2")));
    const auto names = server.runSql(good,
        QStringLiteral("SELECT string_agg(name, ', ' ORDER BY name) FROM "
                       "kinerja.employee"));
    REQUIRE(names.ok());
    CHECK(names->first().first().toString() == QStringLiteral("Masnah Aminah, Rudi Syarif"));

    const auto bad = server.uniqueName(QStringLiteral("kinerja_csv"));
    const auto refused = install(bad, broken);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("rusak.csv, line 3")));
    const auto schemas =
        server.runSql(bad, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'kinerja'"));
    REQUIRE(schemas.ok());
    CHECK(schemas->first().first().toInt() == 0); // nothing installed

    const auto both = cli({QStringLiteral("server"), QStringLiteral("install"), QStringLiteral("--host"), server.host(),
        QStringLiteral("--dbname"), bad, QStringLiteral("--from"), dir.filePath(QStringLiteral("x")),
        QStringLiteral("--units"), units});
    CHECK(both.exitCode == 2);
}
