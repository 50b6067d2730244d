// SPDX-License-Identifier: GPL-3.0-or-later
// core/sync/SqlScript: a server script cut into statements only where a statement really ends.
#include "core/sync/SqlScript.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("A script is cut at semicolons outside quotes, comments and dollar-quoted bodies", "[sync]")
{
    const auto statements = SqlScript::statements(
        QStringLiteral("-- a comment; not a statement\n"
                       "CREATE TABLE t (x text DEFAULT 'a;b', \"odd;name\" int); /* block; comment */\n"
                       "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM 1; PERFORM 'it''s; "
                       "fine';\nEND $$;\n"
                       "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS $body$ SELECT $1 + 1; $body$;\n"
                       "SELECT format('%1$s;', 'x');\n"
                       ";;\n"
                       "SELECT 'last without a semicolon'"));
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE t (x text DEFAULT 'a;b', \"odd;name\" int)"));
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE FUNCTION f()")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END $$")));
    CHECK(statements.at(2).endsWith(QStringLiteral("$body$ SELECT $1 + 1; $body$")));
    CHECK(statements.at(3) == QStringLiteral("SELECT format('%1$s;', 'x')"));
    CHECK(statements.at(4) == QStringLiteral("SELECT 'last without a semicolon'"));
}
