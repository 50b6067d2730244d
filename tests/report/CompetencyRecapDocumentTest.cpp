// SPDX-License-Identifier: GPL-3.0-or-later
// The REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI (issue 6): rendered from the demo data to PDF and read back with
// pdftotext and pdfinfo, its JP compared with CompetencySummary's.
#include "core/report/CompetencyRecapDocument.h"

#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "core/storage/CompetencyRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/OrgUnitRepository.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <QSet>

using namespace kinerja;
using namespace kinerja::test;

namespace {

const QString kBkd = QStringLiteral("15.03"); // about 25 employees in four units
const QString kDinasPendidikan = QStringLiteral("15.02"); // about 200: several pages

QUuid unitId(const DemoReportFixture& demo, const QString& code)
{
    const auto unit = OrgUnitRepository(demo.database()).byCode(code);
    REQUIRE(unit.ok());
    REQUIRE(unit->has_value());
    return unit->value().id;
}

CompetencyRecapDocument::Content recapContent(const DemoReportFixture& demo, const QString& code, int year = kDemoYear)
{
    const auto content = CompetencyRecapDocument::load(demo.database(), unitId(demo, code), year);
    REQUIRE(content.ok());
    return content.value();
}

/// The active employees of the unit and every unit below it, counted unit by unit through EmployeeFilter.
int activeEmployees(const DemoReportFixture& demo, const QUuid& top)
{
    const OrgUnitRepository units(demo.database());
    const EmployeeRepository employees(demo.database());
    int count = 0;
    QList<QUuid> pending {top};
    while (!pending.isEmpty()) {
        const QUuid id = pending.takeFirst();
        EmployeeFilter filter;
        filter.unitId = id;
        filter.includeInactive = false;
        const auto inUnit = employees.count(filter);
        REQUIRE(inUnit.ok());
        count += inUnit.value();
        const auto children = units.children(id);
        REQUIRE(children.ok());
        for (const OrgUnit& child : children.value())
            pending.append(child.id);
    }
    return count;
}

} // namespace

TEST_CASE(
    "The competency recap lists every active employee of the unit with CompetencySummary's JP", "[competency-document]")
{
    const DemoReportFixture demo;
    const CompetencyRecapDocument::Content content = recapContent(demo, kBkd);
    CHECK(content.employeeCount() == activeEmployees(demo, content.unit.id));
    REQUIRE(content.employeeCount() > 10);
    CHECK(content.groups.first().unit.id == content.unit.id);
    CHECK(content.groups.size() >= 3);

    const CompetencyRepository competencies(demo.database());
    QSet<QUuid> seen;
    int met = 0;
    for (const auto& group : content.groups) {
        for (const auto& row : group.rows) {
            const auto expected = competencies.summary(row.employee.employee.id, kDemoYear);
            REQUIRE(expected.ok());
            CHECK(row.summary == expected.value());
            CHECK(row.employee.unitId == group.unit.id);
            CHECK_FALSE(seen.contains(row.employee.employee.id));
            seen.insert(row.employee.employee.id);
            met += expected->isRequirementMet() ? 1 : 0;
        }
    }
    CHECK(content.metCount() == met);
    CHECK(met > 0);
    CHECK(met < content.employeeCount()); // the demo has both

    const QByteArray pdf = renderPdf(CompetencyRecapDocument::build(content, ReportOptions()));
    const QString text = pdfText(pdf).simplified();
    const QString raw = pdfRawText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI")));
    CHECK(text.contains(QStringLiteral("BADAN KEPEGAWAIAN DAERAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("TAHUN 2026")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    for (const QString& title :
        {QStringLiteral("NAMA / NIP"), QStringLiteral("JABATAN"), QStringLiteral("JAM PELAJARAN (JP)"),
            QStringLiteral("KLASIKAL"), QStringLiteral("NON-"), QStringLiteral("JUMLAH"), QStringLiteral("KETERANGAN")})
        CHECK(raw.contains(title));
    int klasikal = 0;
    int nonKlasikal = 0;
    for (const auto& group : content.groups) {
        CHECK(raw.contains(group.unit.name));
        for (const auto& row : group.rows) {
            const Employee& employee = row.employee.employee;
            INFO(employee.fullName().toStdString());
            const CompetencySummary& summary = row.summary;
            const int k = summary.lessonHours(CompetencyActivity::Kind::Klasikal);
            const int n = summary.lessonHours(CompetencyActivity::Kind::NonKlasikal);
            klasikal += k;
            nonKlasikal += n;
            // Name and NIP, then the jabatan, the JP and the note.
            CHECK(raw.contains(QStringLiteral("%1 NIP. %2").arg(employee.fullName(), employee.nip->formatted())));
            CHECK(raw.contains(QStringLiteral("%1 %2 %3 %4")
                                   .arg(k)
                                   .arg(n)
                                   .arg(summary.totalLessonHours())
                                   .arg(CompetencyRecapDocument::noteText(summary))));
            CHECK(CompetencyRecapDocument::noteText(summary)
                == (summary.isRequirementMet() ? QStringLiteral("Memenuhi")
                                               : QStringLiteral("Kurang %1 JP").arg(20 - summary.totalLessonHours())));
        }
    }
    CHECK(raw.contains(QStringLiteral("JUMLAH %1 %2 %3").arg(klasikal).arg(nonKlasikal).arg(klasikal + nonKlasikal)));
    CHECK(raw.contains(QStringLiteral("paling sedikit 20 JP dalam setahun: %1 dari %2 pegawai")
                           .arg(met)
                           .arg(content.employeeCount())));
    CHECK(raw.contains(QStringLiteral("belum memenuhi: %1 pegawai").arg(content.employeeCount() - met)));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: RJP-")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("A long competency recap runs over pages with its header on each", "[competency-document]")
{
    const DemoReportFixture demo;
    const CompetencyRecapDocument::Content content = recapContent(demo, kDinasPendidikan);
    REQUIRE(content.employeeCount() > 100);
    const QByteArray pdf = renderPdf(CompetencyRecapDocument::build(content, ReportOptions()));
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() >= 3);
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = pages.at(i).simplified();
        CHECK(page.contains(QStringLiteral("Halaman %1 dari %2").arg(i + 1).arg(pages.size())));
        if (i + 1 < pages.size())
            CHECK(page.contains(QStringLiteral("JAM PELAJARAN (JP)")));
    }
    // The signature is on the last page, with the summary.
    CHECK(pages.constLast().simplified().contains(QStringLiteral("dalam setahun")));
    CHECK(pages.constLast().simplified().contains(content.signer.role.left(20)));
}

TEST_CASE("The competency recap is portrait on F4 and A4", "[competency-document]")
{
    const DemoReportFixture demo;
    const ReportDocument document = CompetencyRecapDocument::build(recapContent(demo, kBkd), ReportOptions());
    CHECK(document.orientation == QPageLayout::Portrait);
    const PdfInfo f4 = pdfInfo(renderPdf(document, PaperSize::F4));
    CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(215)).margin(0.5));
    CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(330)).margin(0.5));
    const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
    CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(210)).margin(0.5));
    CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(297)).margin(0.5));
}

TEST_CASE("The competency recap is signed by the head of the unit", "[competency-document]")
{
    const DemoReportFixture demo;
    const CompetencyRecapDocument::Content content = recapContent(demo, kBkd);
    REQUIRE_FALSE(content.signer.person.name.isEmpty());
    const QString text = pdfRawText(renderPdf(CompetencyRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Jambi, ....")));
    CHECK(text.contains(content.signer.role + QLatin1Char(' ') + content.signer.person.name));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(content.signer.person.nip)));
}

TEST_CASE("The competency recap builds from the database and refuses what is not stored", "[competency-document]")
{
    const DemoReportFixture demo;
    const auto document =
        CompetencyRecapDocument::build(demo.database(), unitId(demo, kBkd), kDemoYear, ReportOptions());
    REQUIRE(document.ok());
    CHECK(document->stamp.code == CompetencyRecapDocument::build(recapContent(demo, kBkd), ReportOptions()).stamp.code);
    CHECK_FALSE(CompetencyRecapDocument::build(demo.database(), QUuid::createUuid(), kDemoYear, ReportOptions()).ok());
    CHECK_FALSE(CompetencyRecapDocument::build(demo.database(), unitId(demo, kBkd), 1900, ReportOptions()).ok());
}

TEST_CASE("A year without activities shows every employee short of 20 JP", "[competency-document]")
{
    const DemoReportFixture demo;
    const CompetencyRecapDocument::Content content = recapContent(demo, kBkd, kDemoYear - 3);
    REQUIRE(content.employeeCount() > 0);
    CHECK(content.metCount() == 0);
    const QString text = pdfRawText(renderPdf(CompetencyRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("0 0 0 Kurang 20 JP")));
    CHECK(text.contains(QStringLiteral("TAHUN %1").arg(kDemoYear - 3)));
    CHECK(text.contains(QStringLiteral("0 dari %1 pegawai (0%)").arg(content.employeeCount())));
}

TEST_CASE("User text in the competency recap prints as typed", "[competency-document]")
{
    const DemoReportFixture demo;
    CompetencyRecapDocument::Content content = recapContent(demo, kBkd);
    content.groups.first().rows.first().employee.employee.name = QStringLiteral("Siti <i>Aminah</i> & \"Co\"");
    content.groups.first().rows.first().employee.employee.frontTitles.clear();
    content.groups.first().rows.first().employee.employee.backTitles.clear();
    content.groups.last().rows.first().employee.positionTitle = QStringLiteral("Analis <b>SDM</b>");
    const QString text = pdfRawText(renderPdf(CompetencyRecapDocument::build(content, ReportOptions()))).simplified();
    CHECK(text.contains(QStringLiteral("Siti <i>Aminah</i> & \"Co\"")));
    CHECK(text.contains(QStringLiteral("Analis <b>SDM</b>")));
}

TEST_CASE("The competency recap's verification code follows the unit, the year and the JP", "[competency-document]")
{
    const DemoReportFixture demo;
    const CompetencyRecapDocument::Content content = recapContent(demo, kBkd);
    const QString code = CompetencyRecapDocument::build(content, ReportOptions()).stamp.code;
    const auto parts = VerificationCode::parse(code);
    REQUIRE(parts.has_value());
    CHECK(parts->kind == ReportKind::CompetencyRecap);
    CHECK(content.unit.id.toString(QUuid::Id128).endsWith(parts->subjectDigits));
    CHECK(CompetencyRecapDocument::build(content, ReportOptions()).stamp.code == code);

    CompetencyRecapDocument::Content other = content;
    other.year = kDemoYear - 1;
    CHECK(CompetencyRecapDocument::build(other, ReportOptions()).stamp.code != code);
    CHECK(CompetencyRecapDocument::build(recapContent(demo, kBkd, kDemoYear - 1), ReportOptions()).stamp.code != code);

    CompetencyRecapDocument::Content changed = content;
    auto& row = changed.groups.last().rows.last();
    CompetencyActivity extra;
    extra.employeeId = row.employee.employee.id;
    extra.name = QStringLiteral("Pelatihan tambahan");
    extra.date = QDate(kDemoYear, 3, 1);
    extra.lessonHours = 2;
    row.summary = CompetencySummary::summarize(extra.employeeId, kDemoYear, {extra});
    CHECK(CompetencyRecapDocument::build(changed, ReportOptions()).stamp.code != code);
}
