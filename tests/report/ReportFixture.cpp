// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/report/ReportFixture.h"

#include "core/report/ReportRenderer.h"
#include "core/storage/DemoGenerator.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace kinerja::test {

namespace {

const QString& demoFile()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("report-demo.sqlite"));
        DemoOptions options;
        options.years = 1;
        options.newestYear = kDemoYear;
        const auto created = DemoGenerator::create(file, options);
        if (!created.ok())
            FAIL("the demo database could not be built: " << created.error());
        return file;
    }();
    return path;
}

QByteArray runTool(const QString& program, const QStringList& arguments, const QByteArray& pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(program, QStringList(arguments) << file.fileName() << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

DemoReportFixture::DemoReportFixture()
    : m_path(demoFile())
{
    auto opened = Database::open(m_path, Database::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    m_database = std::move(opened).value();
}

QUuid DemoReportFixture::planId(
    WorkflowState state, std::optional<PlanForm> form, std::optional<PlanApproach> approach) const
{
    const PlanRepository plans(*m_database);
    const auto list = plans.listForYear(kDemoYear, {0, 5000});
    REQUIRE(list.ok());
    for (const auto& summary : list.value()) {
        if (summary.status != state)
            continue;
        const auto stored = plans.load(summary.id);
        REQUIRE(stored.ok());
        if ((!form || stored->plan.form == *form) && (!approach || stored->plan.approach == *approach))
            return summary.id;
    }
    return {};
}

QUuid DemoReportFixture::evaluationId(const QUuid& planId, WorkflowState state) const
{
    const auto evaluations = EvaluationRepository(*m_database).listForPlan(planId);
    REQUIRE(evaluations.ok());
    for (const auto& evaluation : evaluations.value()) {
        if (evaluation.status == state)
            return evaluation.id;
    }
    return {};
}

QString pdfText(const QByteArray& pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, pdf));
}

PdfInfo pdfInfo(const QByteArray& pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {file.fileName()});
    if (!process.waitForFinished(60000))
        return {};
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    PdfInfo info;
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    info.pages = pages.match(output).captured(1).toInt();
    const auto match = size.match(output);
    info.pageSizePt = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    return info;
}

} // namespace kinerja::test

namespace kinerja::test {

QString pdfRawText(const QByteArray& pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw")}, pdf));
}

QUuid demoEvaluationId(const DemoReportFixture& demo, WorkflowState state)
{
    const auto list = PlanRepository(demo.database()).listForYear(kDemoYear, {0, 5000});
    REQUIRE(list.ok());
    for (const auto& summary : list.value()) {
        if (summary.status != WorkflowState::PlanApproved)
            continue;
        const QUuid evaluationId = demo.evaluationId(summary.id, state);
        if (!evaluationId.isNull())
            return evaluationId;
    }
    return {};
}

QByteArray renderPdf(const ReportDocument& document, PaperSize paper)
{
    PageSetup setup;
    setup.paper = paper;
    const auto pdf = ReportRenderer(setup).toPdf(document);
    REQUIRE(pdf.ok());
    return pdf.value();
}

QString pdfRawWords(const QByteArray& pdf)
{
    return pdfRawText(pdf).simplified();
}

namespace {

QStringList pagesIn(const QString& text)
{
    QStringList pages = text.split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

QStringList pdfPages(const QByteArray& pdf)
{
    QStringList pages = pagesIn(pdfRawText(pdf));
    for (QString& page : pages)
        page = page.simplified();
    return pages;
}

QStringList pdfLayoutPages(const QByteArray& pdf)
{
    return pagesIn(pdfText(pdf));
}

} // namespace kinerja::test
