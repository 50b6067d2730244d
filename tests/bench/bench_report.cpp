// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report: printed documents on a province file (issue 6 "Proof"; docs/benchmarks.md).
//   bench_report DATABASE [--year YYYY] [--plans N] [--documents N] [--out FOLDER]
// 1. One SKP to PDF (load, build, lay out page by page, draw with footer and QR), median and max over N plans, and
//    the baseline in the same run: Qt alone printing the same HTML in one QTextDocument (QTextDocument::print to a
//    QPdfWriter: no row groups kept together, no footer, no stamp).
// 2. 1,000 one-page Dokumen Evaluasi of the instansi for the first period, written as files by ReportBatch with 1
//    and with 2 threads; size per document.
#include "core/report/ReportBatch.h"
#include "core/report/ReportFactory.h"
#include "core/report/ReportRenderer.h"
#include "core/report/SkpDocument.h"
#include "core/storage/Database.h"
#include "core/storage/ExportScope.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReportSubjects.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace kinerja;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

long peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// The whole document as one HTML page, the way Qt alone would print it.
QString wholeHtml(const ReportDocument& document)
{
    QString html;
    for (const ReportSection& section : document.sections) {
        if (section.kind == ReportSection::Kind::Block) {
            html += section.html;
            continue;
        }
        html += section.html + QStringLiteral("<thead>") + section.headerRows + QStringLiteral("</thead>");
        for (const auto& group : section.groups)
            html += group.rows;
        html += QStringLiteral("</table>");
    }
    return html;
}

QByteArray qtAlone(const ReportDocument& document, const PageSetup& setup)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageLayout(setup.pageLayout(document.orientation));
    QTextDocument text;
    text.setDefaultStyleSheet(document.styleSheet);
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans")});
    font.setPointSizeF(document.fontSizePt);
    text.setDefaultFont(font);
    text.setHtml(wholeHtml(document));
    text.print(&writer);
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The province file."));
    parser.addOption({QStringLiteral("year"), QStringLiteral("The year of the data."), QStringLiteral("YYYY"),
        QStringLiteral("2026")});
    parser.addOption(
        {QStringLiteral("plans"), QStringLiteral("SKPs to time."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("documents"), QStringLiteral("One-page documents in the batch."),
        QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the batch (a temporary one by default)."),
        QStringLiteral("FOLDER")});
    parser.addHelpOption();
    parser.process(application);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().first();
    const int year = parser.value(QStringLiteral("year")).toInt();
    const int planCount = parser.value(QStringLiteral("plans")).toInt();
    const int documentCount = parser.value(QStringLiteral("documents")).toInt();

    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const Database& database = *opened.value();
    const PageSetup setup; // F4, the default

    // 1. One SKP.
    const auto plans = PlanRepository(database).listForYear(year, {0, planCount * 4});
    if (!plans.ok() || plans->isEmpty()) {
        std::fprintf(stderr, "no SKP in %d\n", year);
        return 1;
    }
    QList<double> ours;
    QList<double> baseline;
    QList<double> sizes;
    for (const auto& plan : plans.value()) {
        if (ours.size() == planCount)
            break;
        if (plan.status != WorkflowState::PlanApproved)
            continue;
        QElapsedTimer timer;
        timer.start();
        const auto document = SkpDocument::build(database, plan.id, ReportOptions());
        const auto pdf = document.ok() ? ReportRenderer(setup).toPdf(document.value())
                                       : Result<QByteArray>::failure(document.error());
        ours.append(msSince(timer));
        if (!pdf.ok())
            return 1;
        sizes.append(static_cast<double>(pdf->size()));
        timer.restart();
        qtAlone(document.value(), setup);
        baseline.append(msSince(timer));
    }
    std::printf("SKP to PDF (%lld plans): median %.1f ms, max %.1f ms; Qt alone (same HTML, QTextDocument::print): "
                "median %.1f ms; ratio %.2f; size median %.0f KB\n",
        static_cast<long long>(ours.size()), median(ours), *std::max_element(ours.begin(), ours.end()),
        median(baseline), median(ours) / median(baseline), median(sizes) / 1024.0);

    // 2. The one-page Dokumen Evaluasi of the instansi's first period.
    const auto periods = PeriodRepository(database).periodsOfYear(year);
    const auto root = ExportScope::findUnit(database, QStringLiteral("15"));
    if (!periods.ok() || periods->isEmpty() || !root.ok()) {
        std::fprintf(stderr, "no period or no unit 15\n");
        return 1;
    }
    const auto evaluations =
        ReportSubjects(database).evaluationsOfUnit(root->id, PeriodRepository::idOf(periods->first()));
    if (!evaluations.ok())
        return 1;
    QList<ReportRequest> requests;
    for (const QUuid& id : evaluations.value()) {
        if (requests.size() == documentCount)
            break;
        requests.append({ReportKind::EvaluationSummary, id, {}, 0});
    }
    opened.value().reset();
    QTemporaryDir temporary;
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : temporary.path();
    for (const int jobs : {1, 2}) {
        const QString folder = QDir(out).filePath(QStringLiteral("jobs%1").arg(jobs));
        QElapsedTimer timer;
        timer.start();
        const auto items = ReportBatch(path, setup, ReportOptions()).run(requests, folder, jobs, true);
        const double ms = msSince(timer);
        qint64 bytes = 0;
        qint64 largest = 0;
        int failed = 0;
        for (const auto& item : items) {
            bytes += item.bytes;
            largest = std::max(largest, item.bytes);
            failed += item.error.isEmpty() ? 0 : 1;
        }
        std::printf("%lld Dokumen Evaluasi with %d thread(s): %.1f s (%.1f ms per document), %d failed, "
                    "mean %.0f KB, largest %.0f KB\n",
            static_cast<long long>(items.size()), jobs, ms / 1000.0, ms / std::max<qsizetype>(1, items.size()), failed,
            static_cast<double>(bytes) / std::max<qsizetype>(1, items.size()) / 1024.0,
            static_cast<double>(largest) / 1024.0);
    }
    std::printf("peak memory %ld MB\n", peakMegabytes());
    return 0;
}
