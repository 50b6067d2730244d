// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/cli/CliApplication.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using kinerja::test::CliRun;

namespace {

CliRun runNip(QStringList arguments, const QString& language = QStringLiteral("en"))
{
    return kinerja::test::runCli(QStringList {QStringLiteral("--lang"), language} + arguments);
}

QJsonObject jsonOf(const CliRun& run)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("kinerja-cli nip shows the parts of a PNS NIP", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("nip"), QStringLiteral("197005182005031005")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QStringLiteral("NIP: 19700518 200503 1 005")));
    CHECK(run.out.contains(QStringLiteral("Kind: PNS (recognised from the digits)")));
    CHECK(run.out.contains(QStringLiteral("Birth date: 18 Mei 1970")));
    CHECK(run.out.contains(QStringLiteral("TMT CPNS: Maret 2005")));
    CHECK(run.out.contains(QStringLiteral("Gender: Male")));
    CHECK(run.out.contains(QStringLiteral("Sequence number: 005")));
}

TEST_CASE("kinerja-cli nip joins a NIP typed in several words", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("nip"), QStringLiteral("19700518"), QStringLiteral("200503"),
        QStringLiteral("1"), QStringLiteral("005")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("NIP: 19700518 200503 1 005")));
}

TEST_CASE("kinerja-cli nip --json prints the parts as one JSON object", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("nip"), QStringLiteral("--json"), QStringLiteral("200012312024211001")});
    CHECK(run.exitCode == 0);
    const auto json = jsonOf(run);
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("nip")).toString() == QStringLiteral("200012312024211001"));
    CHECK(json.value(QStringLiteral("formatted")).toString() == QStringLiteral("20001231 2024 2 1 1 001"));
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("PPPK"));
    CHECK(json.value(QStringLiteral("kindRecognised")).toBool());
    CHECK(json.value(QStringLiteral("birthDate")).toString() == QStringLiteral("2000-12-31"));
    CHECK(json.value(QStringLiteral("birthDateText")).toString() == QStringLiteral("31 Desember 2000"));
    CHECK(json.value(QStringLiteral("appointmentYear")).toInt() == 2024);
    CHECK(json.value(QStringLiteral("appointmentBatch")).toInt() == 1);
    CHECK_FALSE(json.contains(QStringLiteral("appointmentMonth")));
    CHECK(json.value(QStringLiteral("gender")).toString() == QStringLiteral("male"));
    CHECK(json.value(QStringLiteral("sequence")).toInt() == 1);
}

TEST_CASE("kinerja-cli nip prints every reason for an invalid NIP and exits 1", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("nip"), QStringLiteral("197013182005133000")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("The birth date 19701318 in the NIP is not a valid date.")));
    CHECK(run.err.contains(QStringLiteral("The TMT month 13")));
    CHECK(run.err.contains(QStringLiteral("it is 3.")));
    CHECK(run.err.contains(QStringLiteral("must not be 000")));
}

TEST_CASE("kinerja-cli nip --json reports the reasons in the errors array", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("--json"), QStringLiteral("nip"), QStringLiteral("19700518200503100")});
    CHECK(run.exitCode == 1);
    const auto json = jsonOf(run);
    CHECK_FALSE(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("errors")).toArray()
        == QJsonArray {QStringLiteral("The NIP must have 18 digits; it has 17.")});
}

TEST_CASE("kinerja-cli nip --pns and --pppk force the kind", "[cli][nip]")
{
    const auto pppk = runNip({QStringLiteral("nip"), QStringLiteral("--pppk"), QStringLiteral("200012312024211001")});
    CHECK(pppk.exitCode == 0);
    CHECK(pppk.out.contains(QStringLiteral("Kind: PPPK\n")));
    CHECK(pppk.out.contains(QStringLiteral("Year of appointment: 2024")));
    CHECK(pppk.out.contains(QStringLiteral("Appointment batch: 1")));

    const auto pns = runNip({QStringLiteral("nip"), QStringLiteral("--pns"), QStringLiteral("200012312024211001")});
    CHECK(pns.exitCode == 1);
    CHECK(pns.err.contains(QStringLiteral("The TMT month 21")));

    const auto both = runNip({QStringLiteral("nip"), QStringLiteral("--pns"), QStringLiteral("--pppk"),
        QStringLiteral("197005182005031005")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("Use either --pns or --pppk, not both.")));
}

TEST_CASE("kinerja-cli nip without a NIP is a usage error", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("nip")});
    CHECK(run.exitCode == 2);
}

TEST_CASE("kinerja-cli lists the nip command in its help", "[cli][nip]")
{
    const auto run = runNip({QStringLiteral("--help")});
    CHECK(run.out.contains(QStringLiteral("Check a NIP (PNS or PPPK) and show its parts.")));
}

TEST_CASE("kinerja-cli nip speaks Indonesian by default", "[cli][nip][i18n]")
{
    const auto run = runNip({QStringLiteral("nip"), QStringLiteral("198512302010122003")}, QStringLiteral("id"));
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Jenis kelamin: Perempuan")));
    CHECK(run.out.contains(QStringLiteral("Tanggal lahir: 30 Desember 1985")));

    const auto invalid = runNip({QStringLiteral("nip"), QStringLiteral("19700518200503100")}, QStringLiteral("id"));
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("NIP harus terdiri atas 18 digit; yang dimasukkan 17 digit.")));
}
