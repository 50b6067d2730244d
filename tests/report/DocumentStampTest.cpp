// SPDX-License-Identifier: GPL-3.0-or-later
// What every printed page carries besides its content: a QR code that reads back as the verification code, the
// kop surat when asked for, acting officials signed as "Plt.", and the office's logo.
#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/SkpDocument.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;

namespace {

SkpDocument::Content approvedContent(const DemoReportFixture& demo)
{
    const auto content = SkpDocument::load(demo.database(), demo.planId(WorkflowState::PlanApproved));
    REQUIRE(content.ok());
    return content.value();
}

/// The QR codes zbarimg reads on the first page (rendered at 150 dpi), one per line.
QString qrCodesOnFirstPage(const QByteArray& pdf)
{
    QTemporaryDir folder;
    const QString pdfPath = folder.filePath(QStringLiteral("doc.pdf"));
    QFile file(pdfPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdfPath,
            folder.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    QProcess scan;
    scan.start(QStringLiteral("zbarimg"),
        {QStringLiteral("-q"), QStringLiteral("--raw"), folder.filePath(QStringLiteral("page.png"))});
    REQUIRE(scan.waitForFinished(60000));
    return QString::fromUtf8(scan.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("The QR code on a printed page reads back as the document's verification code", "[document-stamp]")
{
    const DemoReportFixture demo;
    const ReportDocument document = SkpDocument::build(approvedContent(demo), ReportOptions());
    REQUIRE_FALSE(document.stamp.code.isEmpty());
    CHECK(qrCodesOnFirstPage(renderPdf(document)) == document.stamp.code);
}

TEST_CASE("An acting assessor signs as Plt. and the kop surat prints when asked for", "[document-stamp]")
{
    const DemoReportFixture demo;
    SkpDocument::Content content = approvedContent(demo);
    content.stored.participants.assessor.position = QStringLiteral("Plt. Kepala Dinas Pendidikan Provinsi Jambi");

    const QString plain = pdfRawText(renderPdf(SkpDocument::build(content, ReportOptions()))).simplified();
    CHECK(plain.contains(QStringLiteral("Plt. Kepala Dinas Pendidikan Provinsi Jambi")));
    REQUIRE_FALSE(content.agency.letterhead.isEmpty());
    // The kop's first line also opens the instansi line of each page: the kop adds one more.
    const QString kopLine = content.agency.letterhead.constFirst();
    const auto count = [&kopLine](const QString& text) { return text.count(kopLine); };

    QTemporaryDir folder;
    QImage logo(120, 120, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    const QString logoPath = folder.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    ReportOptions withKop;
    withKop.letterhead = true;
    withKop.logoPath = logoPath;
    const ReportDocument document = SkpDocument::build(content, withKop);
    CHECK(document.images.contains(QString::fromLatin1(ReportParts::kLogoImage)));
    const QString text = pdfRawText(renderPdf(document)).simplified();
    CHECK(count(text) == count(plain) + 1);
    for (const QString& line : content.agency.letterhead)
        CHECK(text.contains(line));
    // A logo file that cannot be read leaves the kop without it, and the document still prints.
    withKop.logoPath = folder.filePath(QStringLiteral("missing.png"));
    const ReportDocument withoutLogo = SkpDocument::build(content, withKop);
    CHECK(withoutLogo.images.isEmpty());
    CHECK(count(pdfRawText(renderPdf(withoutLogo)).simplified()) == count(plain) + 1);
}
