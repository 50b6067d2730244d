// SPDX-License-Identifier: GPL-3.0-or-later
// The REKAPITULASI PREDIKAT KINERJA PEGAWAI (issue 6): rendered from the demo data to PDF and read back with
// pdftotext and pdfinfo, its numbers compared with GradeRecap's.
#include "core/report/GradeRecapDocument.h"

#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/PeriodRepository.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <algorithm>

using namespace kinerja;
using namespace kinerja::test;

namespace {

// In the demo's first quarter, the Dinas Pendidikan (Baik) breaks the guideline and the BKD (Istimewa) follows it.
const QString kDinasPendidikan = QStringLiteral("15.02");
const QString kBkd = QStringLiteral("15.03");

QUuid unitId(const DemoReportFixture& demo, const QString& code)
{
    const auto unit = OrgUnitRepository(demo.database()).byCode(code);
    REQUIRE(unit.ok());
    REQUIRE(unit->has_value());
    return unit->value().id;
}

QUuid quarter(int number)
{
    return PeriodRepository::idOf(kDemoYear, EvaluationCadence::Quarterly, number);
}

GradeRecapDocument::Content recapContent(const DemoReportFixture& demo, const QString& code, int number = 1)
{
    const auto content = GradeRecapDocument::load(demo.database(), unitId(demo, code), quarter(number));
    REQUIRE(content.ok());
    return content.value();
}

/// "2 169 15 6 0 192": the five counts and the headcount as a table row prints them.
QString countsText(const DistributionGuideline::Counts& counts)
{
    QStringList numbers;
    for (const PerformanceGrade grade : allPerformanceGrades())
        numbers << QString::number(counts.count(grade));
    numbers << QString::number(counts.total());
    return numbers.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("The grade recap has GradeRecap's numbers for the unit and its sub-units", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    const auto period = PeriodRepository(demo.database()).find(quarter(1));
    REQUIRE(period.ok());
    REQUIRE(period->has_value());
    const auto sheet = GradeRecap(demo.database()).forPeriod(period->value(), kDinasPendidikan);
    REQUIRE(sheet.ok());

    REQUIRE(content.lines.size() == sheet->units.size());
    REQUIRE(content.lines.size() > 5);
    for (int i = 0; i < content.lines.size(); ++i) {
        CHECK(content.lines.at(i).unitId == sheet->units.at(i).unitId);
        CHECK(content.lines.at(i).counts == sheet->units.at(i).counts);
        CHECK(content.lines.at(i).depth == sheet->units.at(i).depth);
    }
    CHECK(content.total == sheet->total);
    CHECK(content.lines.first().depth == 0);
    CHECK(content.organizationGrade == std::optional<OrganizationGrade>(OrganizationGrade::Good));

    const QByteArray pdf = renderPdf(GradeRecapDocument::build(content, ReportOptions()));
    const QString text = pdfText(pdf).simplified();
    const QString raw = pdfRawText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("REKAPITULASI PREDIKAT KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("DINAS PENDIDIKAN PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("PERIODE: TRIWULAN I TAHUN 2026")));
    CHECK(text.contains(QStringLiteral("PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("UNIT KERJA")));
    CHECK(raw.contains(QStringLiteral("CAPAIAN KINERJA ORGANISASI")));
    CHECK(text.contains(QStringLiteral("PREDIKAT KINERJA PEGAWAI")));
    for (const PerformanceGrade grade : allPerformanceGrades())
        CHECK(raw.contains(officialName(grade)));
    // Every unit's line: its name, then its organisation grade, its counts and its headcount, in that order.
    for (const GradeRecap::UnitLine& line : content.lines) {
        INFO(line.name.toStdString());
        const QString grade = line.organizationGrade ? officialName(*line.organizationGrade) : QStringLiteral("-");
        CHECK(raw.contains(QStringLiteral("%1 %2 %3")
                               .arg(line.name, grade, QString::number(line.counts.count(PerformanceGrade::VeryGood)))));
        CHECK(text.contains(countsText(line.counts)));
    }
    // The JUMLAH line: every evaluation of the unit and its sub-units once.
    CHECK(text.contains(QStringLiteral("JUMLAH ") + countsText(content.total)));
    // The Dinas Pendidikan (Baik) has too many Baik: the warning in Indonesian.
    const QStringList notes = GradeRecap::officialNotes(content.lines.first());
    REQUIRE_FALSE(notes.isEmpty());
    for (const QString& note : notes)
        CHECK(raw.contains(note));
    CHECK(raw.contains(QStringLiteral("melebihi batas maksimum 70% untuk organisasi dengan predikat Baik")));
    // The sub-units have no organisation grade of their own.
    CHECK(raw.contains(QStringLiteral("%1 - ").arg(content.lines.at(1).name)));
}

TEST_CASE("The grade recap prints the pola distribusi of the unit's organisation grade", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    const int headcount = content.total.total();
    const QString text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();

    CHECK(text.contains(QStringLiteral("POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("Capaian kinerja organisasi Dinas Pendidikan Provinsi Jambi: Baik; pegawai yang "
                                       "dinilai: %1 orang.")
                            .arg(headcount)));
    CHECK(text.contains(QStringLiteral("BATAS UNTUK %1 PEGAWAI").arg(headcount)));
    for (const DistributionGuideline::Rule& rule : DistributionGuideline::rules(OrganizationGrade::Good)) {
        INFO(rule.label().toStdString());
        CHECK(text.contains(rule.label()));
        const int count = content.total.count(rule.grades);
        CHECK(text.contains(
            QStringLiteral("%1 pegawai (%2)").arg(count).arg(GradeRecapDocument::shareText(count, headcount))));
    }
    CHECK(text.contains(QStringLiteral("Baik Paling banyak 70% paling banyak %1 pegawai")
                            .arg(DistributionGuideline::rules(OrganizationGrade::Good).first().limit(headcount))));
    CHECK(text.contains(QStringLiteral("Wajib ada paling sedikit 1 pegawai")));
    CHECK(text.contains(QStringLiteral("Tidak sesuai")));
}

TEST_CASE("A unit that follows the guideline says so", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kBkd);
    REQUIRE(content.organizationGrade == std::optional<OrganizationGrade>(OrganizationGrade::Outstanding));
    REQUIRE(content.lines.first().warnings.isEmpty());
    const QString text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Badan Kepegawaian Daerah Provinsi Jambi Istimewa")));
    CHECK(text.contains(QStringLiteral("Sesuai pola distribusi")));
    CHECK_FALSE(text.contains(QStringLiteral("Tidak sesuai")));
    CHECK(text.contains(QStringLiteral("Sangat Baik Paling banyak 70%")));
}

TEST_CASE("A period without settled evaluations prints an empty recap", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan, 4);
    CHECK(content.lines.isEmpty());
    CHECK(content.total.total() == 0);
    CHECK_FALSE(content.organizationGrade.has_value());
    const QString text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Belum ada evaluasi kinerja yang ditetapkan pada periode ini.")));
    CHECK(text.contains(QStringLiteral("JUMLAH 0 0 0 0 0 0")));
    CHECK(text.contains(
        QStringLiteral("belum ditetapkan, sehingga kesesuaian dengan pola distribusi belum dapat diperiksa")));
    CHECK(text.contains(QStringLiteral("PERIODE: TRIWULAN IV TAHUN 2026")));
}

TEST_CASE("Sub-units are indented by their depth", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    const ReportDocument document = GradeRecapDocument::build(content, ReportOptions());
    const auto table = std::find_if(document.sections.cbegin(), document.sections.cend(),
        [](const ReportSection& section) { return section.kind == ReportSection::Kind::Table; });
    REQUIRE(table != document.sections.cend());
    REQUIRE(table->groups.size() == content.lines.size() + 1); // the lines and JUMLAH
    int deepest = 0;
    for (int i = 0; i < content.lines.size(); ++i) {
        const int depth = content.lines.at(i).depth;
        deepest = std::max(deepest, depth);
        CHECK(table->groups.at(i).rows.contains(QStringLiteral("margin-left:%1px").arg(12 * depth)));
    }
    CHECK(deepest >= 2);
}

TEST_CASE("The grade recap is signed by the head of the unit, or left blank to fill in", "[recap-document]")
{
    const DemoReportFixture demo;
    GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    REQUIRE_FALSE(content.signer.person.name.isEmpty());
    QString text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(content.signer.role));
    CHECK(text.contains(content.signer.person.name));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(content.signer.person.nip)));
    CHECK(text.contains(QStringLiteral("Jambi, ....")));

    content.signer = UnitHead();
    content.signer.role = QStringLiteral("Kepala Dinas Pendidikan Provinsi Jambi");
    text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Kepala Dinas Pendidikan Provinsi Jambi ....................................")));
}

TEST_CASE("The grade recap is landscape on F4 and A4, without a draft watermark", "[recap-document]")
{
    const DemoReportFixture demo;
    const ReportDocument document = GradeRecapDocument::build(recapContent(demo, kDinasPendidikan), ReportOptions());
    const QByteArray pdf = renderPdf(document, PaperSize::F4);
    const PdfInfo f4 = pdfInfo(pdf);
    CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(330)).margin(0.5));
    CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(215)).margin(0.5));
    const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
    CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(297)).margin(0.5));
    CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(210)).margin(0.5));
    const QString text = pdfText(pdf).simplified();
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: RPK-")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari %1").arg(f4.pages)));
}

TEST_CASE("The grade recap builds from the database and refuses what is not stored", "[recap-document]")
{
    const DemoReportFixture demo;
    const auto document = GradeRecapDocument::build(demo.database(), unitId(demo, kBkd), quarter(1), ReportOptions());
    REQUIRE(document.ok());
    CHECK(document->stamp.code == GradeRecapDocument::build(recapContent(demo, kBkd), ReportOptions()).stamp.code);
    CHECK_FALSE(GradeRecapDocument::build(demo.database(), QUuid::createUuid(), quarter(1), ReportOptions()).ok());
    CHECK_FALSE(
        GradeRecapDocument::build(demo.database(), unitId(demo, kBkd), QUuid::createUuid(), ReportOptions()).ok());
}

TEST_CASE("User text in the grade recap prints as typed", "[recap-document]")
{
    const DemoReportFixture demo;
    GradeRecapDocument::Content content = recapContent(demo, kBkd);
    content.lines.last().name = QStringLiteral("Bidang <b>Tebal</b> & \"Rapi\"");
    const QString text = pdfRawText(renderPdf(GradeRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Bidang <b>Tebal</b> & \"Rapi\"")));
}

TEST_CASE("The grade recap's verification code follows the unit, the period and the numbers", "[recap-document]")
{
    const DemoReportFixture demo;
    const GradeRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    const QString code = GradeRecapDocument::build(content, ReportOptions()).stamp.code;
    const auto parts = VerificationCode::parse(code);
    REQUIRE(parts.has_value());
    CHECK(parts->kind == ReportKind::GradeRecap);
    CHECK(content.unit.id.toString(QUuid::Id128).endsWith(parts->subjectDigits));
    CHECK(GradeRecapDocument::build(content, ReportOptions()).stamp.code == code);

    // Another period of the same unit, even with the same numbers, has another code.
    GradeRecapDocument::Content other = content;
    other.periodId = quarter(2);
    CHECK(GradeRecapDocument::build(other, ReportOptions()).stamp.code != code);
    CHECK(GradeRecapDocument::build(recapContent(demo, kDinasPendidikan, 2), ReportOptions()).stamp.code != code);
    // One evaluation more changes it too.
    GradeRecapDocument::Content changed = content;
    auto& counts = changed.lines.last().counts;
    counts.setCount(PerformanceGrade::Good, counts.count(PerformanceGrade::Good) + 1);
    CHECK(GradeRecapDocument::build(changed, ReportOptions()).stamp.code != code);
}
