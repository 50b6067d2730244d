// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/cli/CliApplication.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using kinerja::test::CliRun;
using kinerja::test::runCli;

namespace {

CliRun runEnglish(QStringList arguments)
{
    return runCli(
        QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("credit-points")} + arguments);
}

} // namespace

TEST_CASE("kinerja-cli credit-points shows the angka kredit and the formula", "[cli][grade][credit-points]")
{
    const auto run =
        runEnglish({QStringLiteral("Mahir"), QStringLiteral("Baik"), QStringLiteral("--months"), QStringLiteral("2")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Angka kredit: 2.08\n")));
    CHECK(run.out.contains(QStringLiteral("AK = 2/12 x 100% x 12.5 = 2.08")));
    CHECK(run.out.contains(QStringLiteral("Rounded to 2 decimals, half up; the exact value is 25/12 = 2.083333...")));
}

TEST_CASE("kinerja-cli credit-points defaults to 12 months", "[cli][grade][credit-points]")
{
    const auto run = runEnglish({QStringLiteral("ahli pertama"), QStringLiteral("SB")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Angka kredit: 18.75\n")));
    CHECK(run.out.contains(QStringLiteral("AK = 12/12 x 150% x 12.5 = 18.75")));
    CHECK(run.out.contains(QStringLiteral("The value is exact.")));
}

TEST_CASE("kinerja-cli credit-points --json gives the rounded and the exact value", "[cli][grade][credit-points]")
{
    const auto run =
        runEnglish({QStringLiteral("Ahli-Pertama"), QStringLiteral("Butuh Perbaikan"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("level")).toString() == QStringLiteral("Ahli Pertama"));
    CHECK(json.value(QStringLiteral("grade")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Butuh Perbaikan"));
    CHECK(json.value(QStringLiteral("months")).toInt() == 12);
    CHECK(json.value(QStringLiteral("percentage")).toInt() == 75);
    CHECK(json.value(QStringLiteral("annualCoefficient")).toString() == QStringLiteral("12.5"));
    CHECK(json.value(QStringLiteral("creditPoints")).toString() == QStringLiteral("9.38"));
    CHECK(json.value(QStringLiteral("hundredths")).toInt() == 938);
    const auto exact = json.value(QStringLiteral("exact")).toObject();
    CHECK(exact.value(QStringLiteral("numerator")).toInt() == 75);
    CHECK(exact.value(QStringLiteral("denominator")).toInt() == 8);
    CHECK(exact.value(QStringLiteral("text")).toString() == QStringLiteral("9.375"));
    CHECK(json.value(QStringLiteral("formula")).toString() == QStringLiteral("12/12 x 75% x 12.5 = 9.38"));
}

TEST_CASE("kinerja-cli credit-points rejects months 0 and 13 with exit 1", "[cli][grade][credit-points]")
{
    const auto months = GENERATE(as<QString> {}, "0", "13", "dua");
    CAPTURE(months);
    const auto run = runEnglish({QStringLiteral("Mahir"), QStringLiteral("Baik"), QStringLiteral("--months"), months});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("1 to 12")));
}

TEST_CASE("kinerja-cli credit-points reports an unknown jenjang and predikat together", "[cli][grade][credit-points]")
{
    const auto run = runEnglish({QStringLiteral("Ahli Super"), QStringLiteral("Cukup")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Ahli Super")));
    CHECK(run.err.contains(QStringLiteral("\"Cukup\" is not a predikat kinerja pegawai")));
}

TEST_CASE("kinerja-cli credit-points with a missing argument is a usage error", "[cli][grade][credit-points]")
{
    const auto run = runEnglish({QStringLiteral("Mahir")});
    CHECK(run.exitCode == 2);
    const auto help = runEnglish({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--months <N>")));
}

TEST_CASE("kinerja-cli credit-points explains the rounding in Indonesian", "[cli][grade][credit-points][i18n]")
{
    const auto run = runCli({QStringLiteral("credit-points"), QStringLiteral("Mahir"), QStringLiteral("Baik"),
        QStringLiteral("--months"), QStringLiteral("2")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Angka kredit: 2.08")));
    CHECK(run.out.contains(QStringLiteral("Dibulatkan menjadi 2 angka desimal (setengah ke atas)")));
}
