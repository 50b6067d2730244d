// SPDX-License-Identifier: GPL-3.0-or-later
// bench_distribution: the distribution of predikat of a unit for a period (issue 5 "Proof": a 2,000-person unit
// recomputes under 100 ms; docs/benchmarks.md "Personnel office: distribution").
//   bench_distribution DATABASE [--runs N] [--generate FOLDER]
// On DATABASE (the province file), for the period with the most evaluations: the largest unit on its own, the
// largest OPD with its sub-units, and the instansi with everything, each timed with UnitDistribution (median of N
// runs after one warm-up), against the sqlite3 tool running the same raw GROUP BY N times in one process. With
// --generate, the same for the largest OPD of a file the bench generates in FOLDER (DemoGenerator, province scale,
// 6,000 employees in 3 OPDs: about 2,000 employees per OPD), since no unit of the province file has 2,000 people.
#include "core/storage/Database.h"
#include "core/storage/DemoGenerator.h"
#include "core/storage/Sql.h"
#include "core/storage/UnitDistribution.h"
#include "core/storage/Uuid.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace kinerja;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString firstText(const Database& database, const QString& statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

/// The raw query for the sqlite3 tool: the same units, SKPs and evaluations, grouped by grade and status.
QString rawQuery(const QString& unit, const QString& period, bool withSubUnits)
{
    const QString scope = withSubUnits
        ? QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT '%1' UNION SELECT o.id FROM org_unit AS o JOIN scope ON "
                         "o.parent_id = scope.id) ")
        : QStringLiteral("WITH scope(id) AS (SELECT '%1') ");
    return scope.arg(unit)
        + QStringLiteral(
            "SELECT e.grade, e.status, count(*) FROM performance_plan AS p CROSS JOIN evaluation AS e ON "
            "e.plan_id = p.id AND e.period_id = '%1' AND e.deleted = 0 WHERE p.unit_id IN (SELECT id FROM scope) "
            "AND p.year = (SELECT year FROM assessment_period WHERE id = '%1') AND p.deleted = 0 "
            "GROUP BY e.grade, e.status;\n")
              .arg(period);
}

void measure(const Database& database,
    const QString& path,
    const char* what,
    const QString& unit,
    const QString& period,
    bool withSubUnits,
    int runs)
{
    const UnitDistribution distribution(database);
    const auto scope = withSubUnits ? UnitDistribution::Scope::WithSubUnits : UnitDistribution::Scope::UnitOnly;
    const auto first = distribution.of(Uuid::fromText(unit), Uuid::fromText(period), scope); // warm-up
    if (!first.ok()) {
        std::printf("%s: %s\n", what, qPrintable(first.error()));
        return;
    }
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = distribution.of(Uuid::fromText(unit), Uuid::fromText(period), scope);
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            return;
        }
    }
    QString script = rawQuery(unit, period, withSubUnits); // warm-up in the same process
    const double start = bench::runSqlite3(path, QStringLiteral(".output /dev/null\n") + script);
    for (int i = 0; i < runs; ++i) {
        script += rawQuery(unit, period, withSubUnits);
    }
    const double all = bench::runSqlite3(path, QStringLiteral(".output /dev/null\n") + script);
    const double baseline = (all - start) / runs; // the process start and one warm-up query taken out
    const double ours = median(times);
    std::printf("%s: %d evaluations, %d rated; UnitDistribution median %.2f ms, max %.2f ms; sqlite3 same GROUP BY "
                "%.2f ms per query; ratio %.2f\n",
        what, first->headcount, first->rated(), ours, *std::max_element(times.begin(), times.end()), baseline,
        baseline > 0 ? ours / baseline : 0.0);
}

int run(const QString& path, int runs)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const Database& database = *opened.value();
    const QString period = firstText(database,
        QStringLiteral("SELECT period_id FROM evaluation WHERE deleted = 0 GROUP BY period_id ORDER BY count(*) DESC "
                       "LIMIT 1"));
    const QString largestUnit = firstText(database,
        QStringLiteral("SELECT p.unit_id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id WHERE "
                       "e.period_id = '%1' GROUP BY p.unit_id ORDER BY count(*) DESC LIMIT 1")
            .arg(period));
    // The OPD with the most evaluations with its sub-units: each OPD's tree, counted once.
    QString largestOpd;
    int largestCount = -1;
    {
        QSqlQuery opds(database.connection());
        opds.exec(QStringLiteral("SELECT id FROM org_unit WHERE kind = 'opd' AND deleted = 0"));
        const UnitDistribution distribution(database);
        while (opds.next()) {
            const auto counted = distribution.of(Uuid::fromText(opds.value(0).toString()), Uuid::fromText(period));
            if (counted.ok() && counted->headcount > largestCount) {
                largestCount = counted->headcount;
                largestOpd = opds.value(0).toString();
            }
        }
    }
    const QString root = firstText(database, QStringLiteral("SELECT id FROM org_unit WHERE parent_id IS NULL LIMIT 1"));
    std::printf("file %s, period %s\n", qPrintable(path), qPrintable(period));
    measure(database, path, "largest unit on its own", largestUnit, period, false, runs);
    measure(database, path, "largest OPD with its sub-units", largestOpd, period, true, runs);
    measure(database, path, "the instansi with every unit", root, period, true, runs);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The province file."));
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs per case."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("generate"),
        QStringLiteral("Also generate a file with OPDs of about 2,000 employees in FOLDER and measure it."),
        QStringLiteral("FOLDER")});
    parser.addHelpOption();
    parser.process(application);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (const int failed = run(parser.positionalArguments().first(), runs); failed != 0) {
        return failed;
    }
    if (parser.isSet(QStringLiteral("generate"))) {
        const QString file = QDir(parser.value(QStringLiteral("generate"))).filePath(QStringLiteral("opd2000.sqlite"));
        DemoOptions options;
        options.scale = DemoOptions::Scale::Province;
        options.years = 1;
        options.newestYear = 2026;
        options.provinceEmployees = 6000;
        options.provinceUnits = 62; // 3 OPDs of 20 units, the instansi and the Sekretariat Daerah
        const auto generated = DemoGenerator::create(file, options, true);
        if (!generated.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            return 1;
        }
        std::printf("generated %lld employees in %lld units\n", static_cast<long long>(generated->employees),
            static_cast<long long>(generated->units));
        return run(file, runs);
    }
    return 0;
}
