// SPDX-License-Identifier: GPL-3.0-or-later
// The MATRIKS PERAN HASIL (issue 6): rendered from the demo data to PDF and read back with pdftotext and pdfinfo.
#include "core/report/TeamMatrixDocument.h"

#include "core/report/PrintedText.h"
#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <algorithm>
#include <optional>

using namespace kinerja;
using namespace kinerja::test;

namespace {

bool cascades(const TeamMatrixDocument::Content& content)
{
    for (const auto& member : content.memberPlans) {
        for (const WorkResult& result : member.plan.results) {
            if (content.assessorPlan.plan.findResult(result.parentResultId))
                return true;
        }
    }
    return false;
}

/// The first approved SKP (by name) of an assessor with at least three people whose results intervene it.
TeamMatrixDocument::Content matrixContent(const DemoReportFixture& demo)
{
    const auto list = PlanRepository(demo.database()).listForYear(kDemoYear, {0, 5000});
    REQUIRE(list.ok());
    for (const auto& summary : list.value()) {
        if (summary.status != WorkflowState::PlanApproved)
            continue;
        const auto content = TeamMatrixDocument::load(demo.database(), summary.id);
        REQUIRE(content.ok());
        if (content->memberPlans.size() >= 3 && cascades(content.value()))
            return content.value();
    }
    FAIL("the demo has no assessor with a team");
    return {};
}

QString rawText(const ReportDocument& document)
{
    return pdfRawText(renderPdf(document)).simplified();
}

/// The section of the document that is the matrix (its header names the people's results).
const ReportSection& matrixSection(const ReportDocument& document)
{
    for (const ReportSection& section : document.sections) {
        if (section.kind == ReportSection::Kind::Table
            && section.headerRows.contains(QStringLiteral("RENCANA HASIL KERJA PEGAWAI YANG DINILAI")))
            return section;
    }
    FAIL("no matrix table");
    return document.sections.first();
}

WorkResult newResult(ResultKind kind, const QString& text)
{
    WorkResult result;
    result.id = QUuid::createUuid();
    result.kind = kind;
    result.text = text;
    result.order = 99;
    return result;
}

} // namespace

TEST_CASE("The team matrix prints the assessor and every result of their people", "[matrix-document]")
{
    const DemoReportFixture demo;
    const TeamMatrixDocument::Content content = matrixContent(demo);
    const ReportDocument document = TeamMatrixDocument::build(content, ReportOptions());
    const QByteArray pdf = renderPdf(document);
    const QString text = pdfText(pdf).simplified();
    const QString raw = pdfRawText(pdf).simplified();
    const PersonSnapshot& assessor = content.assessorPlan.participants.employee;

    CHECK(text.contains(QStringLiteral("MATRIKS PERAN HASIL")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026")));
    CHECK(text.contains(QStringLiteral("PEJABAT PENILAI KINERJA")));
    CHECK(text.contains(QStringLiteral("A. UTAMA")));
    CHECK(text.contains(QStringLiteral("B. TAMBAHAN")));
    CHECK(text.contains(QStringLiteral("HASIL KERJA PIMPINAN YANG BELUM DIINTERVENSI")));
    CHECK(text.contains(QStringLiteral("HASIL KERJA UTAMA PEGAWAI YANG TIDAK MENGINTERVENSI HASIL KERJA PIMPINAN")));
    CHECK(raw.contains(assessor.name));
    CHECK(raw.contains(assessor.position));
    CHECK(raw.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(assessor.nip)));
    CHECK(raw.contains(QStringLiteral("%1 orang").arg(content.memberPlans.size())));
    CHECK(text.contains(QStringLiteral("Pejabat Penilai Kinerja")));
    CHECK(text.contains(QStringLiteral("Jambi, ....")));
    CHECK(text.contains(QStringLiteral("Status: Ditetapkan")));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: MPH-")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    for (const WorkResult& result : content.assessorPlan.plan.results)
        CHECK(raw.contains(result.text.simplified()));
    for (const auto& member : content.memberPlans) {
        INFO(member.participants.employee.name.toStdString());
        CHECK(raw.contains(member.participants.employee.name));
        CHECK(raw.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(member.participants.employee.nip)));
        for (const WorkResult& result : member.plan.results) {
            if (!result.parentResultId.isNull() || result.kind == ResultKind::Main)
                CHECK(raw.contains(result.text.simplified()));
        }
    }
}

TEST_CASE("Each result of the assessor is one row group with the results that intervene it", "[matrix-document]")
{
    const DemoReportFixture demo;
    TeamMatrixDocument::Content content = matrixContent(demo);
    // The demo's people often copy their assessor's wording: make the assessor's results recognisable.
    int n = 0;
    for (WorkResult& result : content.assessorPlan.plan.results)
        result.text = QStringLiteral("[Pimpinan %1] %2").arg(++n).arg(result.text);
    const ReportDocument document = TeamMatrixDocument::build(content, ReportOptions());
    const ReportSection& matrix = matrixSection(document);

    int checked = 0;
    for (const WorkResult& parent : content.assessorPlan.plan.results) {
        const QString parentHtml = PrintedText::escape(parent.text);
        const auto holds = [&parentHtml](const ReportSection::RowGroup& candidate) {
            return candidate.rows.contains(parentHtml);
        };
        const auto group = std::find_if(matrix.groups.cbegin(), matrix.groups.cend(), holds);
        REQUIRE(group != matrix.groups.cend());
        CHECK(std::count_if(matrix.groups.cbegin(), matrix.groups.cend(), holds) == 1);
        int carriers = 0;
        for (const auto& member : content.memberPlans) {
            for (const WorkResult& result : member.plan.results) {
                if (result.parentResultId != parent.id)
                    continue;
                ++checked;
                ++carriers;
                CHECK(group->rows.contains(PrintedText::escape(result.text)));
                CHECK(group->rows.contains(PrintedText::escape(member.participants.employee.name)));
            }
        }
        CHECK(carriers <= 10); // a small team: one group for each result
    }
    CHECK(checked > 0);
    // The sub-headings stay with the first result after them.
    CHECK(matrix.groups.first().rows.contains(QStringLiteral("A. UTAMA")));
    CHECK(matrix.groups.first().keepWithNext);
}

TEST_CASE("A result carried by a whole school continues in groups of five rows", "[matrix-document]")
{
    const DemoReportFixture demo;
    // The demo's head of school: one result carried by every teacher.
    const auto list = PlanRepository(demo.database()).listForYear(kDemoYear, {0, 5000});
    REQUIRE(list.ok());
    std::optional<TeamMatrixDocument::Content> content;
    QUuid parentId;
    int carriers = 0;
    for (const auto& summary : list.value()) {
        if (summary.status != WorkflowState::PlanApproved || content)
            continue;
        const auto loaded = TeamMatrixDocument::load(demo.database(), summary.id);
        REQUIRE(loaded.ok());
        for (const WorkResult& parent : loaded->assessorPlan.plan.results) {
            int count = 0;
            for (const auto& member : loaded->memberPlans) {
                for (const WorkResult& result : member.plan.results)
                    count += result.parentResultId == parent.id ? 1 : 0;
            }
            if (count > 25 && !content) {
                content = loaded.value();
                parentId = parent.id;
                carriers = count;
            }
        }
    }
    REQUIRE(content.has_value());
    for (WorkResult& result : content->assessorPlan.plan.results) {
        if (result.id == parentId)
            result.text.prepend(QStringLiteral("[Pimpinan] ")); // the people may copy its wording
    }
    const ReportDocument document = TeamMatrixDocument::build(*content, ReportOptions());
    const QString parentHtml = PrintedText::escape(content->assessorPlan.plan.findResult(parentId)->text);
    QList<ReportSection::RowGroup> groups;
    for (const auto& group : matrixSection(document).groups) {
        if (group.rows.contains(parentHtml))
            groups.append(group);
    }
    CHECK(groups.size() == (carriers + 4) / 5);
    for (int i = 0; i < groups.size(); ++i) {
        CHECK(groups.at(i).rows.count(QStringLiteral("<tr>")) <= 5);
        CHECK(groups.at(i).rows.contains(QStringLiteral("(lanjutan)")) == (i > 0));
    }

    const QByteArray pdf = renderPdf(document);
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() >= 3);
    for (const QString& page : pages) {
        if (page.contains(QStringLiteral("(lanjutan)")))
            CHECK(page.simplified().contains(QStringLiteral("RENCANA HASIL KERJA PEGAWAI YANG DINILAI")));
    }
    const QString raw = pdfRawText(pdf).simplified();
    for (const auto& member : content->memberPlans)
        CHECK(raw.contains(member.participants.employee.name));
}

TEST_CASE(
    "The team matrix lists the results nobody intervenes and those outside the assessor's SKP", "[matrix-document]")
{
    const DemoReportFixture demo;
    TeamMatrixDocument::Content content = matrixContent(demo);
    content.assessorPlan.plan.results.append(
        newResult(ResultKind::Main, QStringLiteral("Hasil kerja pimpinan tanpa pelaksana")));
    auto& member = content.memberPlans.first();
    member.plan.results.append(newResult(ResultKind::Main, QStringLiteral("Hasil kerja mandiri pegawai")));
    WorkResult elsewhere = newResult(ResultKind::Main, QStringLiteral("Hasil kerja dari SKP pimpinan yang lain"));
    elsewhere.parentResultId = QUuid::createUuid();
    member.plan.results.append(elsewhere);
    WorkResult written = newResult(ResultKind::Main, QStringLiteral("Hasil kerja atas sasaran organisasi"));
    written.intervenedText = QStringLiteral("Meningkatnya indeks profesionalitas ASN");
    member.plan.results.append(written);
    member.plan.results.append(newResult(ResultKind::Additional, QStringLiteral("Tugas tambahan tanpa induk")));

    const QString text = rawText(TeamMatrixDocument::build(content, ReportOptions()));
    const qsizetype open = text.indexOf(QStringLiteral("HASIL KERJA PIMPINAN YANG BELUM DIINTERVENSI"));
    const qsizetype loose = text.indexOf(QStringLiteral("HASIL KERJA UTAMA PEGAWAI YANG TIDAK MENGINTERVENSI"));
    REQUIRE(open > 0);
    REQUIRE(loose > open);
    // In the matrix, marked as not carried, then again in its list.
    CHECK(text.indexOf(QStringLiteral("Hasil kerja pimpinan tanpa pelaksana - Belum diintervensi")) < open);
    CHECK(text.indexOf(QStringLiteral("Hasil kerja pimpinan tanpa pelaksana"), open) > open);
    CHECK(text.indexOf(QStringLiteral("Hasil kerja pimpinan tanpa pelaksana"), open) < loose);
    CHECK(text.contains(QStringLiteral("Hasil kerja utama belum dibagi kepada pegawai yang dinilai")));
    // The people's main results that intervene nothing of this SKP, each with the reason.
    CHECK(text.indexOf(QStringLiteral("Hasil kerja mandiri pegawai Tidak mengintervensi hasil kerja pimpinan"), loose)
        > loose);
    CHECK(text.indexOf(QStringLiteral("Hasil kerja dari SKP pimpinan yang lain Hasil kerja pimpinan yang diintervensi "
                                      "tidak terdapat dalam SKP pimpinan ini"),
              loose)
        > loose);
    CHECK(text.indexOf(QStringLiteral("Hasil kerja atas sasaran organisasi Mengintervensi: Meningkatnya indeks "
                                      "profesionalitas ASN"),
              loose)
        > loose);
    CHECK(text.indexOf(QStringLiteral("NIP. ") + ReportParts::formattedNip(member.participants.employee.nip), loose)
        > loose);
    // Additional results that cascade from nothing are normal: not listed.
    CHECK_FALSE(text.contains(QStringLiteral("Tugas tambahan tanpa induk")));
}

TEST_CASE("With every result carried, the lists say so", "[matrix-document]")
{
    const DemoReportFixture demo;
    TeamMatrixDocument::Content content = matrixContent(demo);
    // Keep the assessor's results that someone intervenes, and the people's results that intervene them.
    QList<WorkResult> carried;
    for (const WorkResult& result : content.assessorPlan.plan.results) {
        bool used = false;
        for (const auto& member : content.memberPlans) {
            for (const WorkResult& own : member.plan.results)
                used = used || own.parentResultId == result.id;
        }
        if (used)
            carried.append(result);
    }
    REQUIRE_FALSE(carried.isEmpty());
    content.assessorPlan.plan.results = carried;
    for (auto& member : content.memberPlans) {
        QList<WorkResult> kept;
        for (const WorkResult& own : member.plan.results) {
            if (own.kind == ResultKind::Additional || content.assessorPlan.plan.findResult(own.parentResultId))
                kept.append(own);
        }
        member.plan.results = kept;
    }
    const QString text = rawText(TeamMatrixDocument::build(content, ReportOptions()));
    CHECK(text.contains(QStringLiteral("Semua hasil kerja pimpinan telah diintervensi oleh pegawai yang dinilai.")));
    CHECK(text.contains(
        QStringLiteral("Semua hasil kerja utama pegawai yang dinilai mengintervensi hasil kerja pimpinan.")));
    CHECK_FALSE(text.contains(QStringLiteral("Belum diintervensi oleh")));
}

TEST_CASE("The team matrix is landscape on F4 and A4", "[matrix-document]")
{
    const DemoReportFixture demo;
    const ReportDocument document = TeamMatrixDocument::build(matrixContent(demo), ReportOptions());
    CHECK(document.orientation == QPageLayout::Landscape);

    const PdfInfo f4 = pdfInfo(renderPdf(document, PaperSize::F4));
    CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(330)).margin(0.5));
    CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(215)).margin(0.5));
    CHECK(f4.pages >= 1);

    const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
    CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(297)).margin(0.5));
    CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(210)).margin(0.5));
}

TEST_CASE("The team matrix is a draft while the assessor's SKP is not approved", "[matrix-document]")
{
    const DemoReportFixture demo;
    TeamMatrixDocument::Content content = matrixContent(demo);
    content.assessorPlan.status = WorkflowState::PlanSubmitted;
    content.memberPlans.first().status = WorkflowState::PlanDraft;
    const ReportDocument document = TeamMatrixDocument::build(content, ReportOptions());
    CHECK(document.stamp.draft);
    const QByteArray pdf = renderPdf(document);
    // The watermark is drawn turned: in the layout text its letters scatter, in content-stream order they do not.
    CHECK(pdfRawText(pdf).simplified().startsWith(QStringLiteral("DRAFT")));
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Status: Diajukan")));
    // A person whose own SKP is not approved yet says so.
    CHECK(text.contains(QStringLiteral("SKP: Draf")));
}

TEST_CASE("The team matrix of a stored SKP builds from the database and refuses an unknown one", "[matrix-document]")
{
    const DemoReportFixture demo;
    const TeamMatrixDocument::Content content = matrixContent(demo);
    const auto document = TeamMatrixDocument::build(demo.database(), content.assessorPlan.plan.id, ReportOptions());
    REQUIRE(document.ok());
    CHECK(document->stamp.code == TeamMatrixDocument::build(content, ReportOptions()).stamp.code);
    CHECK_FALSE(TeamMatrixDocument::build(demo.database(), QUuid::createUuid(), ReportOptions()).ok());
}

TEST_CASE("User text in the team matrix prints as typed", "[matrix-document]")
{
    const DemoReportFixture demo;
    TeamMatrixDocument::Content content = matrixContent(demo);
    content.assessorPlan.plan.results.first().text = QStringLiteral("Laporan <b>tebal</b> & \"rapi\"");
    content.memberPlans.first().participants.employee.name = QStringLiteral("Siti <i>Aminah</i> & Co");
    const QString text = rawText(TeamMatrixDocument::build(content, ReportOptions()));
    CHECK(text.contains(QStringLiteral("Laporan <b>tebal</b> & \"rapi\"")));
    CHECK(text.contains(QStringLiteral("Siti <i>Aminah</i> & Co")));
}

TEST_CASE("The team matrix's verification code follows the printed content", "[matrix-document]")
{
    const DemoReportFixture demo;
    const TeamMatrixDocument::Content content = matrixContent(demo);
    const QString code = TeamMatrixDocument::build(content, ReportOptions()).stamp.code;
    const auto parts = VerificationCode::parse(code);
    REQUIRE(parts.has_value());
    CHECK(parts->kind == ReportKind::TeamMatrix);
    CHECK(content.assessorPlan.plan.id.toString(QUuid::Id128).endsWith(parts->subjectDigits));
    CHECK(TeamMatrixDocument::build(content, ReportOptions()).stamp.code == code);

    TeamMatrixDocument::Content changed = content;
    for (WorkResult& result : changed.memberPlans.last().plan.results)
        result.text += QStringLiteral(" (revisi)");
    CHECK(TeamMatrixDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.memberPlans.first().status = WorkflowState::PlanReturned;
    CHECK(TeamMatrixDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.memberPlans.removeLast();
    CHECK(TeamMatrixDocument::build(changed, ReportOptions()).stamp.code != code);
}
