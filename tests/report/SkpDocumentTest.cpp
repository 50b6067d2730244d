// SPDX-License-Identifier: GPL-3.0-or-later
// The printed SKP (issue 6): rendered from the demo data to PDF and read back with pdftotext and pdfinfo.
#include "core/report/SkpDocument.h"

#include "core/domain/CoreValue.h"
#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>

using namespace kinerja;
using namespace kinerja::test;

namespace {

SkpDocument::Content approvedContent(const DemoReportFixture& demo)
{
    const QUuid planId = demo.planId(WorkflowState::PlanApproved, PlanForm::AdministratorFunctional);
    REQUIRE_FALSE(planId.isNull());
    const auto content = SkpDocument::load(demo.database(), planId);
    REQUIRE(content.ok());
    return content.value();
}

} // namespace

TEST_CASE("An approved SKP prints every part of the official layout", "[skp-document]")
{
    const DemoReportFixture demo;
    const SkpDocument::Content content = approvedContent(demo);
    const QByteArray pdf = renderPdf(SkpDocument::build(content, ReportOptions()));
    const QString text = pdfText(pdf).simplified();

    CHECK(text.contains(QStringLiteral("SASARAN KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUANTITATIF")));
    CHECK(text.contains(QStringLiteral("BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026")));
    CHECK(text.contains(QStringLiteral("PEGAWAI YANG DINILAI")));
    CHECK(text.contains(QStringLiteral("PEJABAT PENILAI KINERJA")));
    CHECK(text.contains(QStringLiteral("A. UTAMA")));
    CHECK(text.contains(QStringLiteral("B. TAMBAHAN")));
    CHECK(text.contains(QStringLiteral("PERILAKU KERJA")));
    CHECK(text.contains(QStringLiteral("LAMPIRAN SASARAN KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("DUKUNGAN SUMBER DAYA")));
    CHECK(text.contains(QStringLiteral("SKEMA PERTANGGUNGJAWABAN")));
    CHECK(text.contains(QStringLiteral("KONSEKUENSI")));
    for (const CoreValue value : allCoreValues()) {
        INFO(officialName(value));
        CHECK(text.contains(officialName(value)));
        for (const QString& line : guidance(value))
            CHECK(text.contains(line.simplified().left(40)));
    }
    CHECK(text.contains(content.stored.participants.employee.name));
    CHECK(text.contains(content.stored.participants.assessor.name));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(content.stored.participants.employee.nip)));
    CHECK(text.contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(text.contains(QStringLiteral("Pejabat Penilai Kinerja")));
    CHECK(text.contains(QStringLiteral("Jambi, ")));
    CHECK(text.contains(QStringLiteral("Status: Ditetapkan")));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: SKP-")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    for (const WorkResult& result : content.stored.plan.results)
        CHECK(text.contains(result.text.simplified().left(30)));
}

TEST_CASE("The SKP is landscape on F4 (215 x 330 mm exactly) and on A4", "[skp-document]")
{
    const DemoReportFixture demo;
    const ReportDocument document = SkpDocument::build(approvedContent(demo), ReportOptions());

    const PdfInfo f4 = pdfInfo(renderPdf(document, PaperSize::F4));
    CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(330)).margin(0.5));
    CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(215)).margin(0.5));
    CHECK(f4.pages >= 2); // the Lampiran starts a page of its own

    const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
    CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(297)).margin(0.5));
    CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(210)).margin(0.5));
}

TEST_CASE("A plan that is not approved prints as a draft", "[skp-document]")
{
    const DemoReportFixture demo;
    const QUuid planId = demo.planId(WorkflowState::PlanDraft);
    REQUIRE_FALSE(planId.isNull());
    const auto document = SkpDocument::build(demo.database(), planId, ReportOptions());
    REQUIRE(document.ok());
    CHECK(document->stamp.draft);
    const QString text = pdfRawText(renderPdf(document.value())).simplified();
    CHECK(text.contains(QStringLiteral("DRAFT")));
    CHECK(text.contains(QStringLiteral("Status: Draf")));
    CHECK(text.contains(QStringLiteral("Jambi, ....")));
}

TEST_CASE("The four SKP variants print their own title and columns", "[skp-document]")
{
    const DemoReportFixture demo;
    SkpDocument::Content content = approvedContent(demo);

    SECTION("JA/JF qualitative")
    {
        content.stored.plan.approach = PlanApproach::Qualitative;
        content.stored.plan.results.first().assignedBy = QStringLiteral("Kepala Bidang Pembinaan SMA");
        const QString text = pdfRawText(renderPdf(SkpDocument::build(content, ReportOptions()))).simplified();
        CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF")));
        CHECK(text.contains(QStringLiteral("BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")));
        CHECK(text.contains(QStringLiteral("INDIKATOR KINERJA INDIVIDU, DAN TARGET")));
        CHECK(text.contains(QStringLiteral("(Penugasan dari Kepala Bidang Pembinaan SMA)")));
        CHECK_FALSE(text.contains(QStringLiteral("ASPEK")));
    }
    SECTION("JPT quantitative")
    {
        content.stored.plan.form = PlanForm::Jpt;
        content.stored.plan.results.first().indicators.first().perspective = Perspective::BusinessProcess;
        const QString text = pdfText(renderPdf(SkpDocument::build(content, ReportOptions()))).simplified();
        CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUANTITATIF")));
        CHECK(text.contains(QStringLiteral("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")));
        CHECK(text.contains(QStringLiteral("PERSPEKTIF")));
        CHECK(text.contains(QStringLiteral("Proses Bisnis")));
        CHECK_FALSE(text.contains(QStringLiteral("YANG DIINTERVENSI")));
    }
    SECTION("JPT qualitative")
    {
        content.stored.plan.form = PlanForm::Jpt;
        content.stored.plan.approach = PlanApproach::Qualitative;
        const QString text = pdfText(renderPdf(SkpDocument::build(content, ReportOptions()))).simplified();
        CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF")));
        CHECK(text.contains(QStringLiteral("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")));
        CHECK(text.contains(QStringLiteral("TARGET, DAN PERSPEKTIF")));
    }
}

TEST_CASE("A long plan runs over pages without splitting a work result, headers repeated", "[skp-document]")
{
    const DemoReportFixture demo;
    SkpDocument::Content content = approvedContent(demo);
    QList<WorkResult> results;
    for (int i = 1; i <= 24; ++i) {
        WorkResult result = content.stored.plan.results.first();
        result.id = QUuid::createUuid();
        result.kind = ResultKind::Main;
        result.order = i;
        result.text =
            QStringLiteral("Hasil kerja nomor %1 yang cukup panjang untuk mengisi baris tabel dengan beberapa "
                           "kata tambahan agar terbungkus")
                .arg(i, 2, 10, QLatin1Char('0'));
        for (Indicator& indicator : result.indicators)
            indicator.id = QUuid::createUuid();
        results.append(result);
    }
    content.stored.plan.results = results;
    const QStringList pages = pdfLayoutPages(renderPdf(SkpDocument::build(content, ReportOptions())));
    REQUIRE(pages.size() >= 4);

    int found = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const QString text = pages.at(page).simplified();
        // Every page of the results carries the column header again.
        if (text.contains(QStringLiteral("Hasil kerja nomor")))
            CHECK(text.contains(QStringLiteral("INDIKATOR KINERJA INDIVIDU")));
        CHECK(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(pages.size())));
        for (int i = 1; i <= 24; ++i) {
            const QString number = QStringLiteral("nomor %1").arg(i, 2, 10, QLatin1Char('0'));
            if (!text.contains(number))
                continue;
            ++found;
            // The whole result with its indicators is on this page: the result's last indicator target too.
            const Indicator& last = content.stored.plan.results.at(i - 1).indicators.constLast();
            CHECK(pages.at(page).contains(last.target.toString(last.unit).left(6)));
        }
    }
    CHECK(found == 24);
    // The signature block is never alone at the top of a page: its page holds table rows or the footnotes.
    for (const QString& page : pages) {
        const QString text = page.simplified();
        if (text.contains(QStringLiteral("Pegawai yang Dinilai")) && !text.contains(QStringLiteral("LAMPIRAN")))
            CHECK(text.contains(QStringLiteral("Pimpinan dapat memberikan Ekspektasi khusus")));
    }
}

TEST_CASE("User text prints as typed, never as markup", "[skp-document]")
{
    const DemoReportFixture demo;
    SkpDocument::Content content = approvedContent(demo);
    content.stored.plan.results.first().text = QStringLiteral("Laporan <b>tebal</b> & \"rapi\" <script>x</script>");
    const QString text = pdfRawText(renderPdf(SkpDocument::build(content, ReportOptions()))).simplified();
    // (A narrow cell may wrap after the slash of "</script>": compare the parts.)
    CHECK(text.contains(QStringLiteral("Laporan <b>tebal</b> & \"rapi\" <script>x<")));
    CHECK(text.contains(QStringLiteral("script>")));
}

TEST_CASE("The verification code follows the printed content", "[skp-document]")
{
    const DemoReportFixture demo;
    SkpDocument::Content content = approvedContent(demo);
    const QString code = SkpDocument::build(content, ReportOptions()).stamp.code;
    REQUIRE(VerificationCode::parse(code).has_value());
    CHECK(VerificationCode::parse(code)->kind == ReportKind::Plan);
    CHECK(content.stored.plan.id.toString(QUuid::Id128).endsWith(VerificationCode::parse(code)->subjectDigits));

    // The same content gives the same code (a reprint verifies as the filed paper) ...
    CHECK(SkpDocument::build(content, ReportOptions()).stamp.code == code);
    // The office's options (place of signing, kop surat) are not the document's data: same code.
    ReportOptions office;
    office.place = QStringLiteral("Muara Bulian");
    office.letterhead = true;
    CHECK(SkpDocument::build(content, office).stamp.code == code);
    // ... and any printed value changes it.
    SkpDocument::Content changed = content;
    changed.stored.plan.results.first().indicators.first().target = IndicatorTarget::narrative(QStringLiteral("13"));
    CHECK(SkpDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.stored.participants.assessor.name += QLatin1Char('.');
    CHECK(SkpDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.stored.status = WorkflowState::PlanReturned;
    CHECK(SkpDocument::build(changed, ReportOptions()).stamp.code != code);
}
