// SPDX-License-Identifier: GPL-3.0-or-later
// bench_generate [--employees N] [--units N] [--seed S] [--year Y] OUT.sqlite
// Generates the province data set (DemoGenerator, province scale) and reports time and file size; then, as the
// baseline in the same run, has the sqlite3 tool copy every generated row into a fresh file with the same schema
// (INSERT ... SELECT, triggers silenced the same way): the time plain SQLite needs for the same rows and indexes.
#include "core/storage/Database.h"
#include "core/storage/DemoGenerator.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

using namespace kinerja;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    DemoOptions options;
    options.scale = DemoOptions::Scale::Province;
    options.years = 1;
    options.newestYear = QDate::currentDate().year();
    QString out;
    for (int i = 0; i < args.size(); ++i) {
        const auto& a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QStringLiteral("--employees")) {
            options.provinceEmployees = next().toInt();
        } else if (a == QStringLiteral("--units")) {
            options.provinceUnits = next().toInt();
        } else if (a == QStringLiteral("--seed")) {
            options.seed = next().toUInt();
        } else if (a == QStringLiteral("--year")) {
            options.newestYear = next().toInt();
        } else {
            out = a;
        }
    }
    QTextStream cout(stdout);
    if (out.isEmpty()) {
        cout << "usage: bench_generate [--employees N] [--units N] [--seed S] [--year Y] OUT.sqlite\n";
        return 2;
    }
    const auto created = DemoGenerator::create(out, options, true);
    if (!created) {
        cout << "generation failed: " << created.error() << '\n';
        return 1;
    }
    const auto& s = created.value();
    cout << QStringLiteral("generate: %1 employees, %2 units, %3 plans, %4 results, %5 indicators, %6 evaluations, "
                           "%7 realizations, %8 rows\n")
                .arg(s.employees)
                .arg(s.units)
                .arg(s.plans)
                .arg(s.workResults)
                .arg(s.indicators)
                .arg(s.evaluations)
                .arg(s.realizations)
                .arg(s.totalRows);
    const double seconds = static_cast<double>(s.elapsedMs) / 1000.0;
    cout << QStringLiteral("generate: %1 s, file %2 MB (target < 60 s, < 1024 MB)\n")
                .arg(seconds, 0, 'f', 1)
                .arg(static_cast<double>(s.fileBytes) / 1048576.0, 0, 'f', 1);
    cout.flush();

    // Baseline: a fresh file with the same schema, filled by the sqlite3 tool from the generated one.
    const QString copy = out + QStringLiteral(".baseline");
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(copy + suffix);
    }
    {
        auto fresh = Database::open(copy, Database::OpenMode::CreateIfMissing);
        if (!fresh) {
            cout << "baseline: " << fresh.error() << '\n';
            return 1;
        }
    }
    const QStringList tables {QStringLiteral("org_unit"), QStringLiteral("employee"), QStringLiteral("assignment"),
        QStringLiteral("assessment_period"), QStringLiteral("organization_grade"), QStringLiteral("performance_plan"),
        QStringLiteral("work_result"), QStringLiteral("indicator"), QStringLiteral("behavior_expectation"),
        QStringLiteral("evaluation"), QStringLiteral("realization"), QStringLiteral("feedback"),
        QStringLiteral("competency_activity")};
    QString script = QStringLiteral("PRAGMA journal_mode=DELETE;\nPRAGMA synchronous=OFF;\nPRAGMA cache_size=-262144;\n"
                                    "ATTACH '%1' AS src;\nBEGIN;\n"
                                    "UPDATE main.sync_state SET applying_remote = 1, bulk_loading = 1;\n")
                         .arg(QFileInfo(out).absoluteFilePath());
    for (const auto& table : tables) {
        script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1;\n").arg(table);
    }
    script += QStringLiteral("UPDATE main.sync_state SET applying_remote = 0, bulk_loading = 0;\nCOMMIT;\nANALYZE;\n"
                             "PRAGMA journal_mode=WAL;\n");
    const double baselineMs = bench::runSqlite3(copy, script);
    if (baselineMs < 0) {
        cout << "baseline: sqlite3 failed\n";
        return 1;
    }
    cout << QStringLiteral("baseline: sqlite3 INSERT ... SELECT of the same rows: %1 s, file %2 MB\n")
                .arg(baselineMs / 1000.0, 0, 'f', 1)
                .arg(static_cast<double>(QFileInfo(copy).size()) / 1048576.0, 0, 'f', 1);
    cout << QStringLiteral("ratio generate / baseline: %1\n").arg(seconds * 1000.0 / baselineMs, 0, 'f', 2);
    QFile::remove(copy);
    return 0;
}
