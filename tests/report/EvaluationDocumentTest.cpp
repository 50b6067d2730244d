// SPDX-License-Identifier: GPL-3.0-or-later
// The printed evaluation, EVALUASI KINERJA PEGAWAI (issue 6, domain.md 5.2): rendered from the demo data to PDF and
// read back with pdftotext and pdfinfo.
#include "core/report/EvaluationDocument.h"

#include "core/domain/CoreValue.h"
#include "core/domain/IndonesianFormat.h"
#include "core/report/ReportParts.h"
#include "core/report/ReportRenderer.h"
#include "core/report/VerificationCode.h"
#include "tests/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace kinerja;
using namespace kinerja::test;

namespace {

EvaluationDocument::Content contentIn(const DemoReportFixture& demo, WorkflowState state)
{
    const QUuid evaluationId = demoEvaluationId(demo, state);
    REQUIRE_FALSE(evaluationId.isNull());
    const auto content = EvaluationDocument::load(demo.database(), evaluationId);
    REQUIRE(content.ok());
    return content.value();
}

QString localDate(const QDateTime& at)
{
    return IndonesianFormat::longDate(at.toTimeZone(QTimeZone::systemTimeZone()).date());
}

} // namespace

TEST_CASE("A finalized evaluation prints every part of the official layout", "[evaluation-document]")
{
    const DemoReportFixture demo;
    const EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const auto& evaluation = content.evaluation;
    REQUIRE(evaluation.organizationGrade.has_value());
    REQUIRE(evaluation.resultRating.has_value());
    REQUIRE(evaluation.behaviorRating.has_value());
    REQUIRE(evaluation.grade.has_value());
    REQUIRE(evaluation.finalizedAt.isValid());
    const ReportDocument document = EvaluationDocument::build(content, ReportOptions());
    const QString text = pdfRawWords(renderPdf(document));

    CHECK(text.contains(QStringLiteral("EVALUASI KINERJA PEGAWAI")));
    CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUANTITATIF")));
    CHECK(text.contains(QStringLiteral("BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")));
    CHECK(text.contains(QStringLiteral("PERIODE: ") + evaluation.period.label()));
    CHECK(evaluation.period.label().startsWith(QStringLiteral("TRIWULAN ")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH PROVINSI JAMBI")));
    CHECK(text.contains(QStringLiteral("PERIODE PENILAIAN: ")
        + ReportParts::periodRange(evaluation.period.start, evaluation.period.end)));
    CHECK(text.contains(QStringLiteral("PEGAWAI YANG DINILAI")));
    CHECK(text.contains(QStringLiteral("PEJABAT PENILAI KINERJA")));
    CHECK(text.contains(QStringLiteral("CAPAIAN KINERJA ORGANISASI : ") + officialName(*evaluation.organizationGrade)));
    CHECK(text.contains(QStringLiteral("POLA DISTRIBUSI :")));
    CHECK(document.images.contains(QString::fromLatin1(EvaluationDocument::kDistributionImage)));
    CHECK(text.contains(QStringLiteral("HASIL KERJA")));
    CHECK(text.contains(QStringLiteral("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI")));
    CHECK(text.contains(QStringLiteral("INDIKATOR KINERJA INDIVIDU")));
    CHECK(text.contains(QStringLiteral("REALISASI BERDASARKAN BUKTI DUKUNG")));
    CHECK(text.contains(QStringLiteral("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG")));
    CHECK(text.contains(QStringLiteral("A. UTAMA")));
    CHECK(text.contains(QStringLiteral("B. TAMBAHAN")));
    CHECK(text.contains(QStringLiteral("RATING HASIL KERJA : ") + officialName(*evaluation.resultRating)));
    CHECK(text.contains(QStringLiteral("EKSPEKTASI KHUSUS PIMPINAN")));
    CHECK(text.contains(QStringLiteral("RATING PERILAKU : ") + officialName(*evaluation.behaviorRating)));
    CHECK(text.contains(QStringLiteral("PREDIKAT KINERJA PEGAWAI : ") + officialName(*evaluation.grade)));
    for (const CoreValue value : allCoreValues()) {
        INFO(officialName(value));
        CHECK(text.contains(officialName(value)));
        for (const QString& line : guidance(value))
            CHECK(text.contains(line.simplified()));
    }
    const PlanParticipants& people = evaluation.participants;
    CHECK(text.contains(people.employee.name));
    CHECK(text.contains(people.assessor.name));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.employee.nip)));
    CHECK(text.contains(QStringLiteral("NIP. ") + ReportParts::formattedNip(people.assessor.nip)));
    CHECK(text.contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(text.contains(QStringLiteral("Pejabat Penilai Kinerja")));
    CHECK(text.contains(QStringLiteral("Jambi, ") + localDate(evaluation.finalizedAt)));
    CHECK(text.contains(QStringLiteral("Status: Ditetapkan")));
    CHECK(text.contains(QStringLiteral("Kode verifikasi: EKP-")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    CHECK_FALSE(document.stamp.draft);

    // The plan's results, the realisations and the feedback of the evaluation.
    for (const WorkResult& result : content.plan.results)
        CHECK(text.contains(result.text.simplified()));
    REQUIRE_FALSE(evaluation.realizations.isEmpty());
    for (const auto& realization : evaluation.realizations) {
        if (realization.value)
            CHECK(text.contains(realization.value->toString()));
        CHECK(text.contains(realization.description.simplified()));
    }
    REQUIRE_FALSE(evaluation.feedback.isEmpty());
    for (const auto& feedback : evaluation.feedback)
        CHECK(text.contains(feedback.text.simplified()));
}

TEST_CASE("The evaluation is landscape on F4 (215 x 330 mm exactly) and on A4", "[evaluation-document]")
{
    const DemoReportFixture demo;
    const ReportDocument document =
        EvaluationDocument::build(contentIn(demo, WorkflowState::EvaluationFinalized), ReportOptions());
    CHECK(document.orientation == QPageLayout::Landscape);

    const PdfInfo f4 = pdfInfo(renderPdf(document, PaperSize::F4));
    CHECK(f4.pageSizePt.width() == Approx(pointsFromMm(330)).margin(0.5));
    CHECK(f4.pageSizePt.height() == Approx(pointsFromMm(215)).margin(0.5));
    CHECK(f4.pages >= 1);

    const PdfInfo a4 = pdfInfo(renderPdf(document, PaperSize::A4));
    CHECK(a4.pageSizePt.width() == Approx(pointsFromMm(297)).margin(0.5));
    CHECK(a4.pageSizePt.height() == Approx(pointsFromMm(210)).margin(0.5));
}

TEST_CASE("An evaluation that is not settled prints as a draft", "[evaluation-document]")
{
    const DemoReportFixture demo;

    SECTION("submitted, not yet rated")
    {
        const QUuid evaluationId = demoEvaluationId(demo, WorkflowState::EvaluationSubmitted);
        REQUIRE_FALSE(evaluationId.isNull());
        const auto document = EvaluationDocument::build(demo.database(), evaluationId, ReportOptions());
        REQUIRE(document.ok());
        CHECK(document->stamp.draft);
        const QString text = pdfRawWords(renderPdf(document.value()));
        CHECK(text.contains(QStringLiteral("DRAFT")));
        CHECK(text.contains(QStringLiteral("Status: Diajukan")));
        CHECK(text.contains(QStringLiteral("Jambi, ....")));
        CHECK(text.contains(QStringLiteral("RATING HASIL KERJA : -")));
        CHECK(text.contains(QStringLiteral("RATING PERILAKU : -")));
        CHECK(text.contains(QStringLiteral("PREDIKAT KINERJA PEGAWAI : -")));
    }
    SECTION("under keberatan: the result may still change")
    {
        EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
        content.evaluation.status = WorkflowState::EvaluationObjected;
        const ReportDocument document = EvaluationDocument::build(content, ReportOptions());
        CHECK(document.stamp.draft);
        const QString text = pdfRawWords(renderPdf(document));
        CHECK(text.contains(QStringLiteral("DRAFT")));
        CHECK(text.contains(QStringLiteral("Status: Keberatan")));
    }
    SECTION("final after the keberatan is settled")
    {
        EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
        content.evaluation.status = WorkflowState::EvaluationFinal;
        const ReportDocument document = EvaluationDocument::build(content, ReportOptions());
        CHECK_FALSE(document.stamp.draft);
        CHECK(pdfRawWords(renderPdf(document)).contains(QStringLiteral("Status: Final")));
    }
}

TEST_CASE("Evaluation states print in Indonesian words", "[evaluation-document]")
{
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationNotFilled) == QStringLiteral("Belum Diisi"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationSubmitted) == QStringLiteral("Diajukan"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationReturned) == QStringLiteral("Dikembalikan"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationRated) == QStringLiteral("Dinilai"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationFinalized) == QStringLiteral("Ditetapkan"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationObjected) == QStringLiteral("Keberatan"));
    CHECK(EvaluationDocument::statusText(WorkflowState::EvaluationFinal) == QStringLiteral("Final"));
    for (const WorkflowState state : statesOf(DocumentKind::Evaluation)) {
        const bool settled = state == WorkflowState::EvaluationFinalized || state == WorkflowState::EvaluationFinal;
        CHECK(EvaluationDocument::isSettled(state) == settled);
    }
}

TEST_CASE("Without an organisation grade the evaluation prints a dash and no chart", "[evaluation-document]")
{
    const DemoReportFixture demo;
    EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    content.evaluation.organizationGrade.reset();
    const ReportDocument document = EvaluationDocument::build(content, ReportOptions());
    CHECK_FALSE(document.images.contains(QString::fromLatin1(EvaluationDocument::kDistributionImage)));
    const QString text = pdfRawWords(renderPdf(document));
    CHECK(text.contains(QStringLiteral("CAPAIAN KINERJA ORGANISASI : -")));
    CHECK(text.contains(QStringLiteral("POLA DISTRIBUSI : -")));
}

TEST_CASE("The distribution chart differs by organisation grade", "[evaluation-document]")
{
    QList<QImage> charts;
    for (const OrganizationGrade grade : allOrganizationGrades()) {
        const QImage chart = EvaluationDocument::distributionChart(grade, 2);
        REQUIRE_FALSE(chart.isNull());
        CHECK(chart.size()
            == QSize(EvaluationDocument::kDistributionChartWidth, EvaluationDocument::kDistributionChartHeight) * 2);
        for (const QImage& other : charts)
            CHECK(chart != other);
        charts.append(chart);
    }
    // The same grade draws the same picture.
    CHECK(EvaluationDocument::distributionChart(OrganizationGrade::Good, 2) == charts.at(1));
}

TEST_CASE("The qualitative and JPT evaluations print their own title and columns", "[evaluation-document]")
{
    const DemoReportFixture demo;
    EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);

    SECTION("JA/JF qualitative")
    {
        content.plan.approach = PlanApproach::Qualitative;
        const QString text = pdfRawWords(renderPdf(EvaluationDocument::build(content, ReportOptions())));
        CHECK(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF")));
        CHECK(text.contains(QStringLiteral("INDIKATOR KINERJA INDIVIDU, DAN TARGET")));
        CHECK(text.contains(QStringLiteral("REALISASI BERDASARKAN BUKTI DUKUNG")));
        CHECK_FALSE(text.contains(QStringLiteral("ASPEK")));
        // Every realisation of the result still prints, in the result's one row.
        for (const auto& realization : content.evaluation.realizations)
            CHECK(text.contains(realization.description.simplified()));
    }
    SECTION("JPT quantitative")
    {
        content.plan.form = PlanForm::Jpt;
        const QString text = pdfRawWords(renderPdf(EvaluationDocument::build(content, ReportOptions())));
        CHECK(text.contains(QStringLiteral("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")));
        CHECK(text.contains(QStringLiteral("PERSPEKTIF")));
        CHECK_FALSE(text.contains(QStringLiteral("YANG DIINTERVENSI")));
    }
}

TEST_CASE(
    "A long evaluation runs over pages without splitting a work result, headers repeated", "[evaluation-document]")
{
    const DemoReportFixture demo;
    EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const WorkResult model = content.plan.results.first();
    QList<WorkResult> results;
    QList<EvaluationRepository::Realization> realizations;
    QList<EvaluationRepository::Feedback> feedback;
    for (int i = 1; i <= 20; ++i) {
        WorkResult result = model;
        result.id = QUuid::createUuid();
        result.kind = ResultKind::Main;
        result.order = i;
        result.text =
            QStringLiteral("Hasil kerja nomor %1 yang cukup panjang untuk mengisi baris tabel dengan beberapa "
                           "kata tambahan agar terbungkus")
                .arg(i, 2, 10, QLatin1Char('0'));
        for (Indicator& indicator : result.indicators) {
            indicator.id = QUuid::createUuid();
            EvaluationRepository::Realization realization;
            realization.workResultId = result.id;
            realization.indicatorId = indicator.id;
            realization.value = Decimal::fromInteger(i);
            realization.description =
                QStringLiteral("Realisasi hasil %1 sesuai bukti dukung").arg(i, 2, 10, QLatin1Char('0'));
            realizations.append(realization);
        }
        EvaluationRepository::Feedback note;
        note.workResultId = result.id;
        note.text = QStringLiteral("Umpan balik akhir hasil %1").arg(i, 2, 10, QLatin1Char('0'));
        feedback.append(note);
        results.append(result);
    }
    content.plan.results = results;
    content.evaluation.realizations = realizations;
    content.evaluation.feedback = feedback;
    const QStringList pages = pdfPages(renderPdf(EvaluationDocument::build(content, ReportOptions()), PaperSize::A4));
    REQUIRE(pages.size() >= 3);

    int found = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const QString& text = pages.at(page);
        INFO("page " << page + 1);
        if (text.contains(QStringLiteral("Hasil kerja nomor"))) {
            CHECK(text.contains(QStringLiteral("INDIKATOR KINERJA INDIVIDU")));
            CHECK(text.contains(QStringLiteral("REALISASI BERDASARKAN BUKTI DUKUNG")));
        }
        CHECK(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(pages.size())));
        for (int i = 1; i <= 20; ++i) {
            const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            if (!text.contains(QStringLiteral("Hasil kerja nomor ") + number))
                continue;
            ++found;
            // The whole result is on this page: its feedback (the last cell of its first row) and its realisations.
            CHECK(text.contains(QStringLiteral("Umpan balik akhir hasil ") + number));
            CHECK(text.count(QStringLiteral("Realisasi hasil ") + number) == model.indicators.size());
        }
    }
    CHECK(found == 20);
    // The predikat and the signatures are never alone at the top of a page.
    const QString& last = pages.constLast();
    CHECK(last.contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(last.contains(QStringLiteral("PREDIKAT KINERJA PEGAWAI")));
    CHECK(last.contains(QStringLiteral("RATING PERILAKU")));
}

TEST_CASE("User text on the evaluation prints as typed, never as markup", "[evaluation-document]")
{
    const DemoReportFixture demo;
    EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    REQUIRE_FALSE(content.evaluation.realizations.isEmpty());
    REQUIRE_FALSE(content.evaluation.feedback.isEmpty());
    content.evaluation.realizations.first().description = QStringLiteral("Laporan <b>tebal</b> & \"rapi\"");
    content.evaluation.feedback.first().text = QStringLiteral("Bagus <script>x</script> & <i>teliti</i>");
    content.plan.setSpecialExpectation(CoreValue::Loyal, QStringLiteral("Jaga <u>rahasia</u>"));
    // Narrow cells may wrap inside a tag ("</" + "i>"): compare without the white space.
    const auto compact = [](QString value) { return value.remove(QRegularExpression(QStringLiteral("\\s"))); };
    const QString text = compact(pdfRawWords(renderPdf(EvaluationDocument::build(content, ReportOptions()))));
    CHECK(text.contains(compact(QStringLiteral("Laporan <b>tebal</b> & \"rapi\""))));
    CHECK(text.contains(compact(QStringLiteral("Bagus <script>x</script> & <i>teliti</i>"))));
    CHECK(text.contains(compact(QStringLiteral("Jaga <u>rahasia</u>"))));
}

TEST_CASE("The evaluation's verification code follows the printed content", "[evaluation-document]")
{
    const DemoReportFixture demo;
    const EvaluationDocument::Content content = contentIn(demo, WorkflowState::EvaluationFinalized);
    const QString code = EvaluationDocument::build(content, ReportOptions()).stamp.code;
    const auto parts = VerificationCode::parse(code);
    REQUIRE(parts.has_value());
    CHECK(parts->kind == ReportKind::Evaluation);
    CHECK(content.evaluation.id.toString(QUuid::Id128).endsWith(parts->subjectDigits));

    // The same content gives the same code, also when loaded again ...
    CHECK(EvaluationDocument::build(content, ReportOptions()).stamp.code == code);
    const auto again = EvaluationDocument::build(demo.database(), content.evaluation.id, ReportOptions());
    REQUIRE(again.ok());
    CHECK(again->stamp.code == code);
    // ... and any printed value changes it.
    EvaluationDocument::Content changed = content;
    changed.evaluation.resultRating =
        content.evaluation.resultRating == Rating::AsExpected ? Rating::AboveExpectation : Rating::AsExpected;
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.organizationGrade = content.evaluation.organizationGrade == OrganizationGrade::Good
        ? OrganizationGrade::Outstanding
        : OrganizationGrade::Good;
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.realizations.first().value = Decimal::fromInteger(987);
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.feedback.first().text += QLatin1Char('.');
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.participants.employee.name += QLatin1Char('.');
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
    changed = content;
    changed.evaluation.status = WorkflowState::EvaluationObjected;
    CHECK(EvaluationDocument::build(changed, ReportOptions()).stamp.code != code);
}
