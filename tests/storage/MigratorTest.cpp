// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "tests/storage/StorageTestSupport.h"

#include <QFileInfo>

using namespace kinerja;
using namespace kinerja::test;

namespace {

const Migration kFirst {1, QStringLiteral("first"),
    QStringLiteral("CREATE TABLE alpha (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                   "INSERT INTO alpha (name) VALUES ('one; with a semicolon');")};
const Migration kSecond {2, QStringLiteral("second"),
    QStringLiteral("CREATE TABLE beta (id INTEGER PRIMARY KEY);\nINSERT INTO alpha (name) VALUES ('two');")};
// Fails in its third statement, after two that succeeded.
const Migration kBroken {2, QStringLiteral("broken"),
    QStringLiteral("CREATE TABLE beta (id INTEGER PRIMARY KEY);\n"
                   "INSERT INTO alpha (name) VALUES ('two');\n"
                   "INSERT INTO no_such_table VALUES (1);")};

bool hasTable(const Database& database, const QString& name)
{
    return value(
               database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {name})
               .toInt()
        == 1;
}

} // namespace

TEST_CASE("Statements are split on semicolons outside strings, comments and trigger bodies", "[storage]")
{
    const auto statements =
        Migrator::splitStatements(QStringLiteral("-- a comment; with a semicolon\n"
                                                 "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" TEXT);\n"
                                                 "/* block; comment */\n"
                                                 "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n"
                                                 "  SELECT CASE WHEN NEW.a = 'end' THEN RAISE(ABORT, 'no;') END;\n"
                                                 "  INSERT INTO t (a) SELECT 'z' WHERE 0;\n"
                                                 "END;\n"
                                                 "INSERT INTO t (a) VALUES ('it''s; fine');\n"
                                                 "-- trailing comment only\n"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).endsWith(QStringLiteral("\"odd;name\" TEXT)")));
    CHECK(statements.at(1).startsWith(QStringLiteral("/* block; comment */\nCREATE TRIGGER")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END")));
    CHECK(statements.at(2) == QStringLiteral("INSERT INTO t (a) VALUES ('it''s; fine')"));
}

TEST_CASE("The built-in migrations are numbered from 1 without gaps", "[storage]")
{
    const auto& migrations = Migrator::builtIn();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        CHECK(migrations.at(i).version == i + 1);
        CHECK_FALSE(migrations.at(i).sql.isEmpty());
    }
    CHECK(migrations.first().name == QStringLiteral("initial_schema"));
}

TEST_CASE("Migrating an older file copies it aside first, and the copy opens at the old version", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("data.sqlite"));
    {
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing, {kFirst});
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == 1);
        CHECK(opened.value()->migrationBackupPath().isEmpty()); // a new file has nothing to keep
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly, {kFirst, kSecond});
    INFO(opened.error());
    REQUIRE(opened.ok());
    const auto& database = *opened.value();
    CHECK(database.schemaVersion() == 2);
    CHECK(hasTable(database, QStringLiteral("beta")));
    const auto backup = database.migrationBackupPath();
    CHECK(backup == path + QStringLiteral(".before-v2.bak"));
    REQUIRE(QFileInfo::exists(backup));

    auto copy = Database::open(backup, Database::OpenMode::ReadOnly, {kFirst, kSecond});
    INFO(copy.error());
    REQUIRE(copy.ok());
    CHECK(copy.value()->schemaVersion() == 1);
    CHECK_FALSE(hasTable(*copy.value(), QStringLiteral("beta")));
    CHECK(value(*copy.value(), QStringLiteral("SELECT name FROM alpha")).toString()
        == QStringLiteral("one; with a semicolon"));
}

TEST_CASE("A migration that fails in the middle rolls back and leaves the file at the old version", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("data.sqlite"));
    REQUIRE(Database::open(path, Database::OpenMode::CreateIfMissing, {kFirst}).ok());

    auto failed = Database::open(path, Database::OpenMode::ExistingOnly, {kFirst, kBroken});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("could not be upgraded to version 2")));
    CHECK(failed.error().contains(QStringLiteral("unchanged at version 1")));

    auto reopened = Database::open(path, Database::OpenMode::ReadOnly, {kFirst});
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->schemaVersion() == 1);
    CHECK_FALSE(hasTable(*reopened.value(), QStringLiteral("beta")));
    CHECK(value(*reopened.value(), QStringLiteral("SELECT count(*) FROM alpha")).toInt() == 1);
    CHECK(QFileInfo::exists(path + QStringLiteral(".before-v2.bak")));

    // Fixed in the next release: the same file upgrades, with a fresh backup name.
    auto fixed = Database::open(path, Database::OpenMode::ExistingOnly, {kFirst, kSecond});
    INFO(fixed.error());
    REQUIRE(fixed.ok());
    CHECK(fixed.value()->schemaVersion() == 2);
    CHECK(fixed.value()->migrationBackupPath() == path + QStringLiteral(".before-v2-2.bak"));
}

TEST_CASE("A migration list with a gap is refused before anything runs", "[storage]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("gap.sqlite"));
    const Migration third {3, QStringLiteral("third"), QStringLiteral("CREATE TABLE gamma (id INTEGER);")};
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing, {kFirst, third});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("damaged")));
}

TEST_CASE("Every synced table has the six change triggers and they name every column", "[storage]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("schema.sqlite")));
    auto tables = run(*database,
        QStringLiteral("SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' AND EXISTS "
                       "(SELECT 1 FROM pragma_table_info(m.name) AS c WHERE c.name = 'row_version') ORDER BY m.name"));
    int synced = 0;
    while (tables.next()) {
        const auto table = tables.value(0).toString();
        ++synced;
        INFO(table.toStdString());
        for (const auto& kind : {QStringLiteral("outbox"), QStringLiteral("audit")}) {
            for (const auto& op : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}) {
                const auto trigger = QStringLiteral("%1_%2_%3").arg(table, kind, op);
                const auto sql = value(*database,
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {trigger})
                                     .toString();
                INFO(trigger.toStdString());
                REQUIRE_FALSE(sql.isEmpty());
                if (kind == QLatin1String("audit") && op == QLatin1String("update")) {
                    auto columns = run(*database, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
                    while (columns.next()) {
                        const auto column = columns.value(0).toString();
                        if (column == QLatin1String("id") || column == QLatin1String("row_version")
                            || column == QLatin1String("updated_at") || column == QLatin1String("updated_by")) {
                            continue;
                        }
                        INFO(column.toStdString());
                        CHECK(sql.contains(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column)));
                    }
                }
            }
        }
        for (const auto& column : {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                 QStringLiteral("deleted")}) {
            CHECK(value(*database, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                      {table, column})
                      .toInt()
                == 1);
        }
    }
    CHECK(synced >= 18);
}

namespace {

// A little of everything, written with plain SQL that is valid from version 1 on (no repository, which follows the
// latest schema): a unit, an employee, a period, a plan, an evaluation with an extension, and a pending command.
const QString kUnitId = QStringLiteral("00000000-0000-5000-8000-000000000001");
const QString kEmployeeId = QStringLiteral("00000000-0000-5000-8000-000000000002");
const QString kPeriodId = QStringLiteral("00000000-0000-5000-8000-000000000003");
const QString kPlanId = QStringLiteral("00000000-0000-7000-8000-000000000004");
const QString kEvaluationId = QStringLiteral("00000000-0000-5000-8000-000000000005");

void fillVersionOneData(const Database& database)
{
    run(database, QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES (?, '1.01', 'Dinas', 'opd')"),
        {kUnitId});
    run(database,
        QStringLiteral("INSERT INTO employee (id, nip, employee_kind, name, unit_id) "
                       "VALUES (?, '197005182005031005', 'pns', 'Ahmad Yani', ?)"),
        {kEmployeeId, kUnitId});
    run(database,
        QStringLiteral("INSERT INTO assessment_period (id, year, cadence, number, starts_on, ends_on, entry_deadline) "
                       "VALUES (?, 2025, 'TRIWULANAN', 1, '2025-01-01', '2025-03-31', '2025-04-05')"),
        {kPeriodId});
    run(database,
        QStringLiteral("INSERT INTO performance_plan (id, employee_id, unit_id, year, starts_on, ends_on, status) "
                       "VALUES (?, ?, ?, 2025, '2025-01-01', '2025-12-31', 'plan.approved')"),
        {kPlanId, kEmployeeId, kUnitId});
    run(database,
        QStringLiteral("INSERT INTO evaluation (id, plan_id, period_id, starts_on, ends_on, status, extended_until) "
                       "VALUES (?, ?, ?, '2025-01-01', '2025-03-31', 'evaluation.not-filled', '2025-04-20')"),
        {kEvaluationId, kPlanId, kPeriodId});
    run(database,
        QStringLiteral(
            "INSERT INTO outbox (kind, entity, row_id, op, command, payload) "
            "VALUES ('command', 'evaluation', ?, 'command', 'reopen', '{\"extended_until\":\"2025-04-20\"}')"),
        {kEvaluationId});
}

/// The schema as sqlite_master holds it (statistics tables aside), white space normalised.
QStringList schemaOf(const Database& database)
{
    auto query = run(database,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
                       "ORDER BY type, name"));
    QStringList schema;
    while (query.next()) {
        schema << QStringList {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString().simplified()}
                      .join(u'|');
    }
    schema << QStringLiteral("application_id %1").arg(value(database, QStringLiteral("PRAGMA application_id")).toInt());
    return schema;
}

} // namespace

TEST_CASE("A file created at every earlier version migrates to the latest, with its data and a fresh file's schema",
    "[storage][migration]")
{
    const auto& all = Migrator::builtIn();
    const int latest = Migrator::latestVersion(all);
    QTemporaryDir dir;
    const auto fresh = openOrFail(dir.filePath(QStringLiteral("fresh.sqlite")));
    REQUIRE(fresh->schemaVersion() == latest);
    const auto freshSchema = schemaOf(*fresh);
    for (int version = 1; version < latest; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            const auto path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
            {
                auto old = Database::open(path, Database::OpenMode::CreateIfMissing, all.mid(0, version));
                INFO(old.error());
                REQUIRE(old.ok());
                REQUIRE(old.value()->schemaVersion() == version);
                fillVersionOneData(*old.value());
            }
            const auto migrated = openOrFail(path, Database::OpenMode::ExistingOnly);
            CHECK(migrated->schemaVersion() == latest);
            CHECK(QFileInfo::exists(migrated->migrationBackupPath()));
            CHECK(schemaOf(*migrated) == freshSchema);
            CHECK(value(*migrated, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
            CHECK_FALSE(run(*migrated, QStringLiteral("PRAGMA foreign_key_check")).next());
            CHECK(value(*migrated, QStringLiteral("SELECT name FROM employee WHERE id = ?"), {kEmployeeId}).toString()
                == QStringLiteral("Ahmad Yani"));
            CHECK(
                value(*migrated, QStringLiteral("SELECT extended_until FROM evaluation WHERE id = ?"), {kEvaluationId})
                    .toString()
                == QStringLiteral("2025-04-20"));
            CHECK(value(*migrated, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'command'")).toInt() == 1);
            // Reference rows (ranks, core values) are those of a fresh file.
            const QString references = QStringLiteral("SELECT (SELECT count(*) FROM rank) * 100 + "
                                                      "(SELECT count(*) FROM core_value)");
            CHECK(value(*migrated, references) == value(*fresh, references));
        }
    }
}

TEST_CASE(
    "An extension of the entry deadline is kept in the audit log but not sent as a field edit", "[storage][migration]")
{
    QTemporaryDir dir;
    const auto database = openOrFail(dir.filePath(QStringLiteral("extension.sqlite")));
    fillVersionOneData(*database);
    const int edits = value(*database, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'edit'")).toInt();
    // What the 'reopen' command does to the row (WorkflowService): the argument travels in the command only.
    run(*database,
        QStringLiteral("UPDATE evaluation SET extended_until = '2025-05-01', status = 'evaluation.not-filled' "
                       "WHERE id = ?"),
        {kEvaluationId});
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'edit'")).toInt() == edits);
    CHECK(value(*database,
              QStringLiteral("SELECT json_extract(changes, '$.extended_until.new') FROM audit_log "
                             "WHERE entity = 'evaluation' AND row_id = ? AND op = 'update'"),
              {kEvaluationId})
              .toString()
        == QStringLiteral("2025-05-01"));
    // A field the assessor owns is still an edit.
    run(*database, QStringLiteral("UPDATE evaluation SET note = 'Baik' WHERE id = ?"), {kEvaluationId});
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'edit'")).toInt() == edits + 1);
}
