// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/DistributionCommand.h"

#include "core/Language.h"
#include "core/cli/CliApplication.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using kinerja::test::CliRun;
using kinerja::test::runCli;

namespace {

CliRun runEnglish(QStringList arguments)
{
    return runCli(
        QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("distribution")} + arguments);
}

} // namespace

TEST_CASE("kinerja-cli distribution --headcount prints the allowed counts and the rounding note",
    "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("Istimewa"), QStringLiteral("--headcount"), QStringLiteral("10")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("in an organisation graded Istimewa")));
    CHECK(run.out.contains(QStringLiteral("Sangat Baik              0        7  at most 70%")));
    CHECK(run.out.contains(QStringLiteral("Rounding: a maximum share is rounded down and a minimum share is "
                                          "rounded up")));
}

TEST_CASE("kinerja-cli distribution --headcount shows rules on grades counted together and impossible minima",
    "[cli][grade][distribution]")
{
    const auto good = runEnglish({QStringLiteral("baik"), QStringLiteral("--headcount"), QStringLiteral("3")});
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("Butuh Perbaikan + Kurang/Misconduct together: at least 1 (must exist).")));

    const auto poor = runEnglish({QStringLiteral("kurang"), QStringLiteral("--headcount"), QStringLiteral("1")});
    CHECK(poor.exitCode == 0);
    CHECK(poor.out.contains(QStringLiteral("The minima need 2 employees, but the unit has 1")));
}

TEST_CASE("kinerja-cli distribution --headcount --json prints the ranges and rules", "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("butuh perbaikan"), QStringLiteral("--headcount"), QStringLiteral("10"),
        QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("headcount")).toInt() == 10);
    CHECK(json.value(QStringLiteral("organizationGrade")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("needs-improvement"));
    const auto grades = json.value(QStringLiteral("grades")).toArray();
    REQUIRE(grades.size() == 5);
    CHECK(grades.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Sangat Baik"));
    CHECK(grades.at(0).toObject().value(QStringLiteral("maximum")).toInt() == 1);
    CHECK(grades.at(2).toObject().value(QStringLiteral("minimum")).toInt() == 6);
    CHECK(json.value(QStringLiteral("rules")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("satisfiable")).toBool());
    CHECK(json.value(QStringLiteral("rounding")).toString() == QStringLiteral("maximum-floor-minimum-ceil"));
}

TEST_CASE(
    "kinerja-cli distribution --counts exits 0 when the counts follow the guideline", "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("Istimewa"), QStringLiteral("--counts"), QStringLiteral("7,3,0,0,0")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("The distribution follows the guideline.")));
}

TEST_CASE("kinerja-cli distribution --counts prints the warnings and exits 3", "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("Istimewa"), QStringLiteral("--counts"), QStringLiteral("8,1,1,0,0")});
    CHECK(run.exitCode == 3);
    CHECK(run.exitCode == static_cast<int>(DistributionCommand::kWarningsExitCode));
    CHECK(run.out.contains(QStringLiteral("- Sangat Baik: 8 of 10 employee")));
    CHECK(
        run.out.contains(QStringLiteral("(80%) is more than the maximum of 70% for an organisation graded Istimewa.")));
}

TEST_CASE("kinerja-cli distribution --counts accepts named counts", "[cli][grade][distribution]")
{
    const auto run = runEnglish(
        {QStringLiteral("Baik"), QStringLiteral("--counts"), QStringLiteral("Sangat Baik=3, Baik=5, BP=1, k=1")});
    CHECK(run.exitCode == 0);
    const auto missing = runEnglish({QStringLiteral("Baik"), QStringLiteral("--counts"), QStringLiteral("SB=3,B=7")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.out.contains(QStringLiteral("Butuh Perbaikan + Kurang/Misconduct: 0 of 10 employee")));
}

TEST_CASE("kinerja-cli distribution --counts --json lists the counts and the warnings", "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("sangat kurang"), QStringLiteral("--counts"),
        QStringLiteral("1,0,0,0,2"), QStringLiteral("--json")});
    CHECK(run.exitCode == 3);
    const auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK_FALSE(json.value(QStringLiteral("withinGuideline")).toBool());
    CHECK(json.value(QStringLiteral("headcount")).toInt() == 3);
    const auto counts = json.value(QStringLiteral("counts")).toArray();
    REQUIRE(counts.size() == 5);
    CHECK(counts.at(4).toObject().value(QStringLiteral("count")).toInt() == 2);
    CHECK(counts.at(4).toObject().value(QStringLiteral("share")).toString() == QStringLiteral("66.7%"));
    const auto warnings = json.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 2);
    const auto first = warnings.at(0).toObject();
    CHECK(first.value(QStringLiteral("count")).toInt() == 1);
    CHECK(first.value(QStringLiteral("rule")).toObject().value(QStringLiteral("kind")).toString()
        == QStringLiteral("maximum"));
    CHECK(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("is not allowed")));
}

TEST_CASE("kinerja-cli distribution rejects bad input with exit 1", "[cli][grade][distribution]")
{
    const auto grade = runEnglish({QStringLiteral("Luar Biasa"), QStringLiteral("--headcount"), QStringLiteral("3")});
    CHECK(grade.exitCode == 1);
    CHECK(grade.err.contains(QStringLiteral("is not a predikat kinerja organisasi")));

    const auto headcount = runEnglish({QStringLiteral("Baik"), QStringLiteral("--headcount"), QStringLiteral("-3")});
    CHECK(headcount.exitCode == 1);
    CHECK(headcount.err.contains(QStringLiteral("The headcount must be a whole number")));

    const auto four = runEnglish({QStringLiteral("Baik"), QStringLiteral("--counts"), QStringLiteral("1,2,3,4")});
    CHECK(four.exitCode == 1);
    CHECK(four.err.contains(QStringLiteral("--counts needs five whole numbers")));

    const auto word = runEnglish({QStringLiteral("Baik"), QStringLiteral("--counts"), QStringLiteral("1,2,x,4,5")});
    CHECK(word.exitCode == 1);
    CHECK(word.err.contains(QStringLiteral("The count for Butuh Perbaikan must be a whole number")));

    const auto twice =
        runEnglish({QStringLiteral("Baik"), QStringLiteral("--counts"), QStringLiteral("SB=1,sangat baik=2")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("The predikat Sangat Baik is counted twice.")));
}

TEST_CASE("kinerja-cli distribution needs exactly one of --headcount and --counts", "[cli][grade][distribution]")
{
    CHECK(runEnglish({QStringLiteral("Baik")}).exitCode == 2);
    CHECK(runEnglish({QStringLiteral("Baik"), QStringLiteral("--headcount"), QStringLiteral("3"),
                         QStringLiteral("--counts"), QStringLiteral("1,1,1,0,0")})
              .exitCode
        == 2);
    CHECK(runEnglish({QStringLiteral("--headcount"), QStringLiteral("3")}).exitCode == 2);
}

TEST_CASE("kinerja-cli distribution --help documents the exit codes", "[cli][grade][distribution]")
{
    const auto run = runEnglish({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("3 the counts raise warnings")));
    CHECK(run.out.contains(QStringLiteral("--headcount <N>")));
}

TEST_CASE("kinerja-cli distribution warns in Indonesian", "[cli][grade][distribution][i18n]")
{
    const auto run = runCli({QStringLiteral("distribution"), QStringLiteral("Istimewa"), QStringLiteral("--counts"),
        QStringLiteral("8,1,1,0,0")});
    CHECK(run.exitCode == 3);
    CHECK(run.out.contains(QStringLiteral("Sangat Baik: 8 dari 10 pegawai (80%) melebihi batas maksimum 70% untuk "
                                          "organisasi dengan predikat Istimewa.")));
}
