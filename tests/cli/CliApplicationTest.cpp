// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CliApplication.h"

#include "core/Language.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kinerja;
using kinerja::test::CliRun;
using kinerja::test::runCli;

TEST_CASE("kinerja-cli --version names the program and its version", "[cli]")
{
    const auto run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("kinerja-cli ")));
}

TEST_CASE("kinerja-cli --help lists the global options in Indonesian by default", "[cli]")
{
    const auto run = runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("--database FILE")));
    CHECK(run.out.contains(QStringLiteral("Perintah:")));
}

TEST_CASE("kinerja-cli rejects an unknown command with a usage exit code", "[cli]")
{
    const auto run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
}

TEST_CASE("kinerja-cli rejects an unknown language", "[cli]")
{
    const auto run = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("fr")));
}

TEST_CASE("kinerja-cli without a command prints the help on stderr and fails", "[cli]")
{
    const auto run = runCli({});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("kinerja-cli")));
}
