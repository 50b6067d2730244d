// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DemoGenerator.h"

#include "core/domain/Nip.h"
#include "core/domain/ReportingLines.h"
#include "core/storage/AssignmentRepository.h"
#include "core/storage/DemoPlanTexts.h"
#include "core/storage/OrgUnitRepository.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/CliRunner.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlRecord>

using namespace kinerja;
using namespace kinerja::test;

namespace {

constexpr int kNewestYear = 2025;

DemoOptions officeOptions(quint32 seed = 7)
{
    DemoOptions options;
    options.newestYear = kNewestYear;
    options.seed = seed;
    return options;
}

DemoSummary createOrFail(const QString& path, const DemoOptions& options)
{
    const auto created = DemoGenerator::create(path, options);
    INFO(created.error());
    REQUIRE(created.ok());
    return created.value();
}

/// SHA-256 of every row of a query, in order (the query sorts).
QByteArray contentHash(const Database& database, const QString& statement)
{
    auto query = run(database, statement);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int columns = query.record().count();
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result().toHex();
}

ReportingLines storedReportingLines(const Database& database)
{
    OrgUnitRepository units(database);
    AssignmentRepository assignments(database);
    const auto allUnits = units.all();
    INFO(allUnits.error());
    REQUIRE(allUnits.ok());
    const auto tree = OrgTree::build(allUnits.value());
    INFO(tree.error());
    REQUIRE(tree.ok());
    const auto active = assignments.activeBetween(QDate(kNewestYear, 1, 1), QDate(kNewestYear, 12, 31));
    INFO(active.error());
    REQUIRE(active.ok());
    return ReportingLines(tree.value(), active.value());
}

} // namespace

TEST_CASE("The office demo holds about 300 employees with valid NIPs and an assessor each", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto summary = createOrFail(path, officeOptions());
    CHECK(summary.employees >= 270);
    CHECK(summary.employees <= 330);
    auto database = openOrFail(path, Database::OpenMode::ExistingOnly);

    auto people = run(*database, QStringLiteral("SELECT id, nip, employee_kind, active FROM employee"));
    const auto lines = storedReportingLines(*database);
    const QDate day(kNewestYear, 3, 1);
    int withoutNip = 0;
    int pppk = 0;
    while (people.next()) {
        const auto id = QUuid::fromString(people.value(0).toString());
        const auto kind = people.value(2).toString();
        if (kind == QStringLiteral("non-asn")) {
            ++withoutNip;
            CHECK(people.value(1).isNull());
            CHECK_FALSE(lines.assessorOf(id, day).has_value()); // the Gubernur
            continue;
        }
        pppk += kind == QStringLiteral("pppk") ? 1 : 0;
        const auto nip = Nip::parse(people.value(1).toString());
        INFO(people.value(1).toString().toStdString() << " " << nip.error().toStdString());
        CHECK(nip.ok());
        if (people.value(3).toInt() == 1) {
            INFO(id.toString().toStdString());
            CHECK(lines.assessorOf(id, day).has_value());
        }
    }
    CHECK(withoutNip == 1);
    CHECK(pppk > 5);
    CHECK(lines.validateAll().ok());
}

TEST_CASE("The office demo has one Plt, drafts, returned plans and the complaint indicator", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.sqlite"));
    createOrFail(path, officeOptions());
    auto database = openOrFail(path, Database::OpenMode::ExistingOnly);

    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM assignment WHERE kind = 'plt'")).toInt() == 1);
    CHECK(value(*database,
              QStringLiteral("SELECT count(*) FROM performance_plan WHERE year = ? AND status = "
                             "'plan.draft'"),
              {kNewestYear})
              .toInt()
        >= 1);
    CHECK(value(*database,
              QStringLiteral("SELECT count(*) FROM performance_plan WHERE year = ? AND status = "
                             "'plan.returned' AND return_note <> ''"),
              {kNewestYear})
              .toInt()
        >= 1);
    CHECK(value(*database,
              QStringLiteral("SELECT count(*) FROM indicator WHERE description = ? AND direction = "
                             "'lower-is-better' AND target_min = '3' AND unit = 'hari'"),
              {DemoPlanTexts::complaintIndicatorText()})
              .toInt()
        >= 1);
    // Three years of plans, evaluations with ratings, feedback and organisation grades.
    CHECK(value(*database, QStringLiteral("SELECT count(DISTINCT year) FROM performance_plan")).toInt() == 3);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM evaluation WHERE grade IS NOT NULL")).toInt() > 1000);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM feedback")).toInt() > 100);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM organization_grade")).toInt() > 10);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM competency_activity")).toInt() > 300);
    // Generated data is nobody's edit: no outbox or audit rows, and the flags are off again.
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
        == value(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('rank', 'core_value')"))
               .toInt());
    CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
}

TEST_CASE("Every main result of a non-head cascades from a result of the assessor's plan", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.sqlite"));
    createOrFail(path, officeOptions());
    auto database = openOrFail(path, Database::OpenMode::ExistingOnly);

    // Non-heads: employees whose definitive assignment is not a head position.
    const auto orphans = value(*database,
        QStringLiteral("SELECT count(*) FROM work_result AS w JOIN performance_plan AS p ON p.id = w.plan_id "
                       "JOIN assignment AS a ON a.employee_id = p.employee_id AND a.kind = 'definitive' "
                       "AND a.is_head = 0 "
                       "WHERE w.kind = 'main' AND NOT EXISTS (SELECT 1 FROM work_result AS pw "
                       "JOIN performance_plan AS pp ON pp.id = pw.plan_id WHERE pw.id = w.parent_result_id "
                       "AND pp.employee_id = p.assessor_id AND pp.year = p.year)"));
    CHECK(orphans.toInt() == 0);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM work_result WHERE kind = 'main'")).toInt() > 1000);
}

TEST_CASE("The same seed gives the same data, another seed other data", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto first = dir.filePath(QStringLiteral("a.sqlite"));
    const auto second = dir.filePath(QStringLiteral("b.sqlite"));
    const auto third = dir.filePath(QStringLiteral("c.sqlite"));
    const auto a = createOrFail(first, officeOptions(11));
    const auto b = createOrFail(second, officeOptions(11));
    createOrFail(third, officeOptions(12));
    CHECK(a.totalRows == b.totalRows);
    auto dbA = openOrFail(first, Database::OpenMode::ReadOnly);
    auto dbB = openOrFail(second, Database::OpenMode::ReadOnly);
    auto dbC = openOrFail(third, Database::OpenMode::ReadOnly);
    const QStringList queries {
        QStringLiteral("SELECT * FROM employee ORDER BY id"),
        QStringLiteral("SELECT * FROM assignment ORDER BY id"),
        QStringLiteral("SELECT * FROM performance_plan ORDER BY id"),
        QStringLiteral("SELECT * FROM indicator ORDER BY id"),
        QStringLiteral("SELECT * FROM realization ORDER BY id"),
    };
    for (const auto& query : queries) {
        INFO(query.toStdString());
        CHECK(contentHash(*dbA, query) == contentHash(*dbB, query));
    }
    CHECK(contentHash(*dbA, queries.first()) != contentHash(*dbC, queries.first()));
}

TEST_CASE("kinerja-cli demo refuses an existing file without --force and passes check", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto cli = [&](const QStringList& arguments) {
        const auto result = runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        INFO(result.out.toStdString() << result.err.toStdString());
        return result.exitCode;
    };
    REQUIRE(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--years"),
                QStringLiteral("1")})
        == 0);
    const auto before = fileBytes(path);
    CHECK(cli({QStringLiteral("--database"), path, QStringLiteral("demo")}) == 1);
    CHECK(fileBytes(path) == before);
    CHECK(cli({QStringLiteral("--database"), path, QStringLiteral("check")}) == 0);
    CHECK(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--scale"),
              QStringLiteral("city")})
        == 2);
    CHECK(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--force"),
              QStringLiteral("--years"), QStringLiteral("2")})
        == 0);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}

TEST_CASE("The province bulk path generates a small province with plans and quarterly evaluations", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("province.sqlite"));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Province;
    options.years = 1;
    options.newestYear = kNewestYear;
    options.provinceEmployees = 1000;
    options.provinceUnits = 62;
    const auto summary = createOrFail(path, options);
    CHECK(summary.employees >= 950);
    CHECK(summary.employees <= 1050);
    CHECK(summary.units >= 50);
    auto database = openOrFail(path, Database::OpenMode::ExistingOnly);
    // 5-10 results and 10-20 indicators per plan.
    CHECK(value(*database,
              QStringLiteral("SELECT min(n) >= 5 AND max(n) <= 10 FROM (SELECT count(*) AS n FROM "
                             "work_result GROUP BY plan_id)"))
              .toInt()
        == 1);
    CHECK(value(*database,
              QStringLiteral("SELECT min(n) >= 10 AND max(n) <= 20 FROM (SELECT count(*) AS n FROM "
                             "indicator AS i JOIN work_result AS w ON w.id = i.work_result_id "
                             "GROUP BY w.plan_id)"))
              .toInt()
        == 1);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM evaluation")).toInt() > 1000);
    CHECK(value(*database, QStringLiteral("PRAGMA foreign_key_check")).isNull());
    const auto lines = storedReportingLines(*database);
    auto staff = run(*database, QStringLiteral("SELECT id FROM employee WHERE employee_kind <> 'non-asn' LIMIT 50"));
    while (staff.next()) {
        CHECK(lines.assessorOf(QUuid::fromString(staff.value(0).toString()), QDate(kNewestYear, 3, 1)).has_value());
    }
}

TEST_CASE("Demo options out of range are refused without creating a file", "[storage][demo]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto options = officeOptions();
    options.years = 0;
    CHECK_FALSE(DemoGenerator::create(path, options).ok());
    options.years = 3;
    options.newestYear = 1990;
    CHECK_FALSE(DemoGenerator::create(path, options).ok());
    CHECK_FALSE(QFile::exists(path));
}
