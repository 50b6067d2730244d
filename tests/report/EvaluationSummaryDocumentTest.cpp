// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page DOKUMEN EVALUASI KINERJA PEGAWAI (issue 6, domain.md 5.3): rendered from the demo data to PDF and read
// back with pdftotext and pdfinfo.
#include "core/report/EvaluationSummaryDocument.h"

#include "core/domain/IndonesianFormat.h"
#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace kinerja;
using namespace kinerja::test;

namespace {

EvaluationSummaryDocument::Content contentIn(const DemoReportFixture& demo, WorkflowState state)
{
    const QUuid evaluationId = demoEvaluationId(demo, state);
    REQUIRE_FALSE(evaluationId.isNull());
    const auto content = EvaluationSummaryDocument::load(demo.database(), evaluationId);
    REQUIRE(content.ok());
    return content.value();
}

/// "NAMA <value> NIP <value> ..." as the table prints one person, for comparing whole parts.
QString personText(const PersonSnapshot& person)
{
    const auto orDash = [](const QString& value) { return value.isEmpty() ? QStringLiteral("-") : value; };
    return QStringLiteral("NAMA %1 NIP %2 PANGKAT/GOL.RUANG %3 JABATAN %4 UNIT KERJA %5")
        .arg(orDash(person.name), orDash(ReportParts::formattedNip(person.nip)), orDash(person.rank),
            orDash(person.position), orDash(person.unit))
        .simplified();
}

/// The evaluation of the demo whose printed people and note are the longest: the one most likely to need a
/// second page.
QUuid longestEvaluation(const DemoReportFixture& demo)
{
    const auto plans = PlanRepository(demo.database()).listForYear(kDemoYear, {0, 5000});
    REQUIRE(plans.ok());
    QUuid longest;
    qsizetype longestSize = -1;
    for (const auto& plan : plans.value()) {
        const auto evaluations = EvaluationRepository(demo.database()).listForPlan(plan.id);
        REQUIRE(evaluations.ok());
        for (const auto& evaluation : evaluations.value()) {
            const PlanParticipants& people = evaluation.participants;
            qsizetype size = evaluation.note.size();
            for (const PersonSnapshot* person : {&people.employee, &people.assessor, &people.secondAssessor})
                size += person->name.size() + person->rank.size() + person->position.size() + person->unit.size();
            if (size > longestSize) {
                longestSize = size;
                longest = evaluation.id;
            }
        }
    }
    return longest;
}

} // namespace

TEST_CASE("A finalized evaluation prints the one-page Dokumen Evaluasi", "[summary-document]")
{
    const DemoReportFixture demo;
    const EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const auto& evaluation = content.evaluation;
    REQUIRE(evaluation.organizationGrade.has_value());
    REQUIRE(evaluation.grade.has_value());
    REQUIRE(evaluation.finalizedAt.isValid());
    REQUIRE_FALSE(evaluation.participants.secondAssessor.isEmpty());
    const ReportDocument document = EvaluationSummaryDocument::build(content, ReportOptions());
    CHECK(document.orientation == QPageLayout::Portrait);
    CHECK_FALSE(document.stamp.draft);
    const QString text = pdfRawWords(renderPdf(document));

    CHECK(text.contains(QStringLiteral("DOKUMEN EVALUASI KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("PERIODE: ") + evaluation.period.label()));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("PERIODE PENILAIAN: ")
        + ReportParts::periodRange(evaluation.period.start, evaluation.period.end)));
    const PlanParticipants& people = evaluation.participants;
    CHECK(text.contains(QStringLiteral("1 PEGAWAI YANG DINILAI ") + personText(people.employee)));
    CHECK(text.contains(QStringLiteral("2 PEJABAT PENILAI KINERJA ") + personText(people.assessor)));
    CHECK(text.contains(QStringLiteral("3 ATASAN PEJABAT PENILAI KINERJA ") + personText(people.secondAssessor)));
    CHECK(text.contains(QStringLiteral("4 EVALUASI KINERJA CAPAIAN KINERJA ORGANISASI %1 PREDIKAT KINERJA PEGAWAI %2")
                            .arg(officialName(*evaluation.organizationGrade), officialName(*evaluation.grade))));
    CHECK(text.contains(QStringLiteral("5 CATATAN/REKOMENDASI")));
    // Each signature has its own place and date line.
    const QString placeAndDate = QStringLiteral("Jambi, ")
        + IndonesianFormat::longDate(evaluation.finalizedAt.toTimeZone(QTimeZone::systemTimeZone()).date());
    CHECK(text.count(placeAndDate) == 2);
    CHECK(text.contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(text.contains(QStringLiteral("Pejabat Penilai Kinerja")));
    CHECK_FALSE(text.contains(QStringLiteral("Atasan Pejabat Penilai Kinerja")));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.employee.nip)));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.assessor.nip)));
    CHECK(text.contains(QStringLiteral("Status: Ditetapkan")));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: DEK-")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("The Dokumen Evaluasi is one portrait page on A4 and on F4", "[summary-document]")
{
    const DemoReportFixture demo;
    QTemporaryDir folder;
    const QString emblemPath = folder.filePath(QStringLiteral("garuda.png"));
    QImage emblem(300, 320, QImage::Format_ARGB32);
    emblem.fill(QColor(0xc8, 0xa0, 0x28));
    REQUIRE(emblem.save(emblemPath));
    ReportOptions options;
    options.emblemPath = emblemPath;

    // The demo's longest people and note, with a note of a few sentences on top.
    const auto loaded = EvaluationSummaryDocument::load(demo.database(), longestEvaluation(demo));
    REQUIRE(loaded.ok());
    EvaluationSummaryDocument::Content content = loaded.value();
    content.evaluation.note =
        QStringLiteral("Perlu pendampingan dan rencana peningkatan kinerja pada periode berikutnya. "
                       "Diusulkan mengikuti pelatihan teknis penyusunan laporan kinerja dan "
                       "pengelolaan data sekolah paling lambat triwulan berikutnya.");
    for (const auto signers : {ReportOptions::SummarySigners::EmployeeAndAssessor,
             ReportOptions::SummarySigners::AssessorAndSecondAssessor}) {
        options.summarySigners = signers;
        const ReportDocument document = EvaluationSummaryDocument::build(content, options);
        REQUIRE(document.images.contains(QString::fromLatin1(ReportParts::kEmblemImage)));
        CHECK(document.sections.first().html.contains(QStringLiteral("<img src=\"emblem\"")));

        const PdfInfo f4 = pdfInfo(renderPdf(document, PaperSize::F4));
        CHECK(f4.pages == 1);
        CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(215)).margin(0.5));
        CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(330)).margin(0.5));

        const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
        CHECK(a4.pages == 1);
        CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(210)).margin(0.5));
        CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(297)).margin(0.5));
    }

    // Without an emblem there is no image to refer to.
    const ReportDocument plain = EvaluationSummaryDocument::build(content, ReportOptions());
    CHECK_FALSE(plain.images.contains(QString::fromLatin1(ReportParts::kEmblemImage)));
    CHECK_FALSE(plain.sections.first().html.contains(QStringLiteral("<img")));
}

TEST_CASE("The Dokumen Evaluasi can be signed by the assessor and the second assessor", "[summary-document]")
{
    const DemoReportFixture demo;
    const EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const PlanParticipants& people = content.evaluation.participants;
    ReportOptions options;
    options.summarySigners = ReportOptions::SummarySigners::AssessorAndSecondAssessor;
    const QString text = pdfRawWords(renderPdf(EvaluationSummaryDocument::build(content, options)));
    CHECK(text.contains(QStringLiteral("Pejabat Penilai Kinerja")));
    CHECK(text.contains(QStringLiteral("Atasan Pejabat Penilai Kinerja")));
    CHECK_FALSE(text.contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.secondAssessor.nip)));
    CHECK_FALSE(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.employee.nip)));
    // Who signs is the office's option, not the document's data: the paper verifies the same either way
    // (verification rebuilds with the default options).
    CHECK(EvaluationSummaryDocument::build(content, options).stamp.code
        == EvaluationSummaryDocument::build(content, ReportOptions()).stamp.code);
}

TEST_CASE("Without a second assessor the Dokumen Evaluasi prints dashes", "[summary-document]")
{
    const DemoReportFixture demo;
    EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    content.evaluation.participants.secondAssessor = PersonSnapshot();
    content.evaluation.organizationGrade.reset();
    content.evaluation.note.clear();
    const QString text = pdfRawWords(renderPdf(EvaluationSummaryDocument::build(content, ReportOptions())));
    CHECK(text.contains(QStringLiteral("3 ATASAN PEJABAT PENILAI KINERJA NAMA - NIP - PANGKAT/GOL.RUANG - JABATAN - "
                                       "UNIT KERJA - 4 EVALUASI KINERJA CAPAIAN KINERJA ORGANISASI -")));
    CHECK(text.contains(QStringLiteral("5 CATATAN/REKOMENDASI -")));
}

TEST_CASE("A Dokumen Evaluasi that is not settled prints as a draft", "[summary-document]")
{
    const DemoReportFixture demo;

    SECTION("rated, predikat not yet set")
    {
        const QUuid evaluationId = demoEvaluationId(demo, WorkflowState::EvaluationRated);
        REQUIRE_FALSE(evaluationId.isNull());
        const auto document = EvaluationSummaryDocument::build(demo.database(), evaluationId, ReportOptions());
        REQUIRE(document.ok());
        CHECK(document->stamp.draft);
        const QString text = pdfRawWords(renderPdf(document.value()));
        CHECK(text.contains(QStringLiteral("DRAFT")));
        CHECK(text.contains(QStringLiteral("Status: Dinilai")));
        CHECK(text.count(QStringLiteral("Jambi, ....")) == 2);
    }
    SECTION("under keberatan")
    {
        EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
        content.evaluation.status = WorkflowState::EvaluationObjected;
        const ReportDocument document = EvaluationSummaryDocument::build(content, ReportOptions());
        CHECK(document.stamp.draft);
        CHECK(pdfRawWords(renderPdf(document)).contains(QStringLiteral("Status: Keberatan")));
    }
}

TEST_CASE("The note on the Dokumen Evaluasi prints as typed, never as markup", "[summary-document]")
{
    const DemoReportFixture demo;
    EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    content.evaluation.note = QStringLiteral("Tingkatkan <b>disiplin</b> & \"kerapian\" <script>x</script>");
    content.evaluation.participants.employee.name = QStringLiteral("Siti <i>Aminah</i>");
    const QString text = pdfRawWords(renderPdf(EvaluationSummaryDocument::build(content, ReportOptions())));
    CHECK(text.contains(QStringLiteral("Tingkatkan <b>disiplin</b> & \"kerapian\" <script>x</script>")));
    CHECK(text.contains(QStringLiteral("Siti <i>Aminah</i>")));
}

TEST_CASE("The Dokumen Evaluasi's verification code follows the printed content", "[summary-document]")
{
    const DemoReportFixture demo;
    const EvaluationSummaryDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const QString code = EvaluationSummaryDocument::build(content, ReportOptions()).stamp.code;
    const auto parts = VerificationCode::parse(code);
    REQUIRE(parts.has_value());
    CHECK(parts->kind == ReportKind::EvaluationSummary);
    CHECK(content.evaluation.id.toString(QUuid::Id128).endsWith(parts->subjectDigits));

    CHECK(EvaluationSummaryDocument::build(content, ReportOptions()).stamp.code == code);
    const auto again = EvaluationSummaryDocument::build(demo.database(), content.evaluation.id, ReportOptions());
    REQUIRE(again.ok());
    CHECK(again->stamp.code == code);

    EvaluationSummaryDocument::Content changed = content;
    changed.evaluation.note = QStringLiteral("Catatan baru");
    CHECK(EvaluationSummaryDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.grade =
        content.evaluation.grade == PerformanceGrade::Good ? PerformanceGrade::VeryGood : PerformanceGrade::Good;
    CHECK(EvaluationSummaryDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.participants.secondAssessor.position += QLatin1Char('.');
    CHECK(EvaluationSummaryDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.status = WorkflowState::EvaluationFinal;
    CHECK(EvaluationSummaryDocument::build(changed, ReportOptions()).stamp.code != code);
}
