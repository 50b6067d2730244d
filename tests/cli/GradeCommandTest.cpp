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
using kinerja::test::runCli;

namespace {

CliRun runEnglish(QStringList arguments)
{
    return runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
}

} // namespace

TEST_CASE("kinerja-cli grade prints the predikat on the first line", "[cli][grade]")
{
    const auto run = runEnglish({QStringLiteral("grade"), QStringLiteral("di atas"), QStringLiteral("sesuai")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.section(u'\n', 0, 0) == QStringLiteral("Baik"));
    CHECK(run.out.contains(QStringLiteral("Rating hasil kerja Di Atas Ekspektasi and rating perilaku kerja Sesuai "
                                          "Ekspektasi give the predikat Baik")));
}

TEST_CASE("kinerja-cli grade gives Sangat Baik for two ratings above expectation in any spelling", "[cli][grade]")
{
    const auto run =
        runEnglish({QStringLiteral("grade"), QStringLiteral("DIATAS EKSPEKTASI"), QStringLiteral("above")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Sangat Baik\n")));
}

TEST_CASE("kinerja-cli grade --json prints the ratings and the predikat with their codes", "[cli][grade]")
{
    const auto run = runEnglish(
        {QStringLiteral("grade"), QStringLiteral("--json"), QStringLiteral("dibawah"), QStringLiteral("below")});
    CHECK(run.exitCode == 0);
    const auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("grade")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Sangat Kurang"));
    CHECK(json.value(QStringLiteral("grade")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("very-poor"));
    CHECK(json.value(QStringLiteral("resultRating")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Di Bawah Ekspektasi"));
    CHECK(json.value(QStringLiteral("behaviorRating")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("below"));
}

TEST_CASE("kinerja-cli grade reports every bad rating and exits 1", "[cli][grade]")
{
    const auto run = runEnglish({QStringLiteral("grade"), QStringLiteral("hebat"), QStringLiteral("luar biasa")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Rating hasil kerja: \"hebat\" is not a rating.")));
    CHECK(run.err.contains(QStringLiteral("Rating perilaku kerja: \"luar biasa\" is not a rating.")));
    CHECK(run.err.contains(QStringLiteral("Di Atas Ekspektasi")));
}

TEST_CASE("kinerja-cli grade --json reports a bad rating as ok false", "[cli][grade]")
{
    const auto run =
        runEnglish({QStringLiteral("--json"), QStringLiteral("grade"), QStringLiteral("sesuai"), QStringLiteral("x")});
    CHECK(run.exitCode == 1);
    const auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK_FALSE(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("errors")).toArray().size() == 1);
}

TEST_CASE("kinerja-cli grade with a missing or extra rating is a usage error", "[cli][grade]")
{
    CHECK(runEnglish({QStringLiteral("grade"), QStringLiteral("sesuai")}).exitCode == 2);
    CHECK(runEnglish(
              {QStringLiteral("grade"), QStringLiteral("sesuai"), QStringLiteral("sesuai"), QStringLiteral("sesuai")})
              .exitCode
        == 2);
    CHECK(runEnglish({QStringLiteral("grade"), QStringLiteral("--frobnicate"), QStringLiteral("sesuai"),
                         QStringLiteral("sesuai")})
              .exitCode
        == 2);
}

TEST_CASE("kinerja-cli grade --help documents the accepted words and exit codes", "[cli][grade]")
{
    const auto run = runEnglish({QStringLiteral("grade"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Usage: kinerja-cli grade")));
    CHECK(run.out.contains(QStringLiteral("Diatas")));
    CHECK(run.out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("kinerja-cli lists the grading commands in its help", "[cli][grade]")
{
    const auto run = runEnglish({QStringLiteral("--help")});
    CHECK(run.out.contains(QStringLiteral("grade ")));
    CHECK(run.out.contains(QStringLiteral("distribution ")));
    CHECK(run.out.contains(QStringLiteral("credit-points ")));
}

TEST_CASE("kinerja-cli grade explains the predikat in Indonesian", "[cli][grade][i18n]")
{
    const auto run = runCli({QStringLiteral("grade"), QStringLiteral("di atas"), QStringLiteral("sesuai")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Rating hasil kerja Di Atas Ekspektasi dan rating perilaku kerja Sesuai "
                                          "Ekspektasi menghasilkan predikat Baik")));
}
