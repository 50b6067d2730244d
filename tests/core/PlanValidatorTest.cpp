// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PlanValidator.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

QUuid uuid(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-0000-0000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

/// The assessor's approved RHKs.
QList<WorkResult> assessorResults()
{
    WorkResult parent;
    parent.id = uuid(900);
    parent.text = QStringLiteral("Terselenggaranya layanan administrasi kepegawaian yang tertib");
    return {parent};
}

Indicator indicator(int id, const char* text, const char* target, const char* unit)
{
    Indicator result;
    result.id = uuid(id);
    result.text = QString::fromUtf8(text);
    result.target = IndicatorTarget::parse(QString::fromUtf8(target)).value();
    result.unit = QString::fromUtf8(unit);
    return result;
}

/// A complete quantitative JA/JF SKP with two main RHKs and one additional RHK: no problems.
PerformancePlan validPlan()
{
    PerformancePlan plan = PerformancePlan::forYear(uuid(1), 2026);
    plan.employeeId = uuid(2);
    plan.assessorId = uuid(3);

    WorkResult first;
    first.id = uuid(10);
    first.text = QStringLiteral("Tersusunnya laporan kepegawaian bulanan");
    first.parentResultId = uuid(900);
    first.order = 1;
    first.indicators = {indicator(11, "Jumlah laporan yang disusun", "12", "laporan"),
        indicator(12, "Persentase laporan tepat waktu", "80-90", "%")};

    WorkResult second;
    second.id = uuid(20);
    second.text = QStringLiteral("Terkelolanya arsip kepegawaian");
    second.intervenedText = QStringLiteral("Meningkatnya kualitas tata kelola kepegawaian (IKU OPD)");
    second.order = 2;
    second.indicators = {indicator(21, "Jumlah berkas yang diarsipkan", "1.200", "berkas")};

    WorkResult extra;
    extra.id = uuid(30);
    extra.kind = ResultKind::Additional;
    extra.text = QStringLiteral("Terlaksananya tugas sebagai anggota tim pengadaan");
    extra.order = 1;
    extra.indicators = {indicator(31, "Jumlah paket yang diselesaikan", "3", "paket")};

    plan.results = {first, second, extra};
    return plan;
}

QStringList messages(const PerformancePlan& plan)
{
    QStringList out;
    for (const PlanProblem& problem : PlanValidator::problems(plan, assessorResults()))
        out.append(problem.message);
    return out;
}

WorkResult& mainResult(PerformancePlan& plan, int number)
{
    return plan.results[number - 1];
}

} // namespace

TEST_CASE("PlanValidator accepts a complete SKP", "[core][plan]")
{
    const PerformancePlan plan = validPlan();
    CHECK(PlanValidator::problems(plan, assessorResults()).isEmpty());
    CHECK(PlanValidator::validateForSubmission(plan, assessorResults()).ok());
}

TEST_CASE("PlanValidator reports an SKP without a main RHK", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.results.removeFirst();
    plan.results.removeFirst();
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("The SKP has no main RHK. Add at least one Rencana Hasil Kerja under A. UTAMA.")});
    CHECK(PlanValidator::problems(plan, assessorResults()).first().location == QStringLiteral("Work results"));
}

TEST_CASE("PlanValidator reports a JA/JF main RHK that intervenes nothing", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 2).intervenedText.clear();
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("Main RHK 2 does not name the leader's RHK it intervenes. Choose an RHK of the "
                           "Pejabat Penilai Kinerja, or write the intervened RHK or organisation target.")});
    const PlanProblem problem = PlanValidator::problems(plan, assessorResults()).first();
    CHECK(problem.location == QStringLiteral("Main RHK 2"));
    CHECK(problem.resultId == uuid(20));
    CHECK(problem.severity == ProblemSeverity::Error);
}

TEST_CASE("PlanValidator lets additional RHKs and JPT RHKs stand without a parent", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.results[2].parentResultId = QUuid();
    CHECK(messages(plan).isEmpty());

    plan.form = PlanForm::Jpt;
    mainResult(plan, 2).intervenedText.clear();
    for (WorkResult& result : plan.results) {
        for (Indicator& each : result.indicators)
            each.perspective = Perspective::ServiceRecipients;
    }
    CHECK(messages(plan).isEmpty());
}

TEST_CASE("PlanValidator reports an RHK without indicators", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.results[2].indicators.clear();
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("Additional RHK 1 has no indicator. Add at least one Indikator Kinerja Individu (IKI).")});
}

TEST_CASE("PlanValidator reports a quantitative indicator without a target", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 1).indicators[1].target = IndicatorTarget();
    CHECK(messages(plan) == QStringList {QStringLiteral("Main RHK 1, indicator 2 has no target.")});
    const PlanProblem problem = PlanValidator::problems(plan, assessorResults()).first();
    CHECK(problem.location == QStringLiteral("Main RHK 1, indicator 2"));
    CHECK(problem.indicatorId == uuid(12));
}

TEST_CASE("PlanValidator reports a quantitative indicator without text", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 1).indicators[0].text = QStringLiteral("  ");
    CHECK(messages(plan) == QStringList {QStringLiteral("Main RHK 1, indicator 1 has no indicator text.")});
}

TEST_CASE("PlanValidator reports a range target whose minimum exceeds its maximum", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 1).indicators[1].target = IndicatorTarget::range(number("90,5"), number("80"));
    CHECK(messages(plan)
        == QStringList {QStringLiteral("Main RHK 1, indicator 2 has a target range whose lower bound (90,5) is greater "
                                       "than its upper bound (80).")});
}

TEST_CASE("PlanValidator reports a numeric target without a unit", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 2).indicators[0].unit.clear();
    CHECK(messages(plan)
        == QStringList {QStringLiteral("Main RHK 2, indicator 1 has a numeric target but no unit (satuan).")});
}

TEST_CASE("PlanValidator reports a JPT indicator without a perspective", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.form = PlanForm::Jpt;
    for (WorkResult& result : plan.results) {
        for (Indicator& each : result.indicators)
            each.perspective = Perspective::InternalStrengthening;
    }
    plan.results[2].indicators[0].perspective.reset();
    CHECK(messages(plan)
        == QStringList {QStringLiteral("Additional RHK 1, indicator 1 has no perspective. Every indicator on a JPT SKP "
                                       "needs one: Penerima Layanan, Proses Bisnis, Penguatan Internal or Anggaran.")});
}

TEST_CASE("PlanValidator reports a qualitative indicator without a narrative", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.approach = PlanApproach::Qualitative;
    for (WorkResult& result : plan.results) {
        for (Indicator& each : result.indicators) {
            each.target =
                IndicatorTarget::narrative(QStringLiteral("- Laporan disusun setiap bulan\n- Diterima pimpinan"));
            each.unit.clear();
        }
    }
    REQUIRE(messages(plan).isEmpty());

    mainResult(plan, 1).indicators[0].target = IndicatorTarget::narrative(QStringLiteral(" "));
    mainResult(plan, 2).indicators[0].target = IndicatorTarget::number(number("5"));
    const QString rest = QStringLiteral(
        " has no narrative. In the qualitative approach, write the success measure and the target as one text.");
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("Main RHK 1, indicator 1") + rest, QStringLiteral("Main RHK 2, indicator 1") + rest});
}

TEST_CASE("PlanValidator reports reversed SKP dates", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.startDate = QDate(2026, 9, 1);
    plan.endDate = QDate(2026, 3, 31);
    CHECK(messages(plan)
        == QStringList {QStringLiteral("The SKP ends on 31 Maret 2026, before it starts on 1 September 2026.")});
    CHECK(PlanValidator::problems(plan, assessorResults()).first().location == QStringLiteral("SKP period"));
}

TEST_CASE("PlanValidator reports SKP dates outside one year", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.endDate = QDate(2027, 1, 31);
    CHECK(messages(plan)
        == QStringList {QStringLiteral(
            "The SKP runs from 1 Januari 2026 to 31 Januari 2027, but an SKP must lie within one calendar year.")});

    plan.endDate = QDate();
    CHECK(messages(plan) == QStringList {QStringLiteral("The SKP needs both a start date and an end date.")});
}

TEST_CASE("PlanValidator reports a parent RHK that the assessor's SKP does not have", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 1).parentResultId = uuid(901);
    CHECK(messages(plan)
        == QStringList {QStringLiteral("Main RHK 1 intervenes an RHK that is not in the approved SKP of the Pejabat "
                                       "Penilai Kinerja. Choose the intervened RHK again.")});
}

TEST_CASE("PlanValidator reports duplicate RHK texts, ignoring case and spacing", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.results[2].text = QStringLiteral("  tersusunnya LAPORAN kepegawaian   bulanan ");
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("Additional RHK 1 has the same text as Main RHK 1. Merge them or make each RHK distinct.")});
}

TEST_CASE("PlanValidator reports an RHK without text", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 2).text.clear();
    CHECK(messages(plan) == QStringList {QStringLiteral("Main RHK 2 has no text. Write the result to be achieved.")});
}

TEST_CASE("PlanValidator numbers RHKs by their order, as printed", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    mainResult(plan, 1).order = 5; // now printed second
    mainResult(plan, 1).indicators.clear();
    CHECK(messages(plan)
        == QStringList {
            QStringLiteral("Main RHK 2 has no indicator. Add at least one Indikator Kinerja Individu (IKI).")});
}

TEST_CASE("PlanValidator reports every problem of a plan at once", "[core][plan]")
{
    PerformancePlan plan = validPlan();
    plan.form = PlanForm::AdministratorFunctional;
    plan.endDate = QDate(2025, 12, 31);
    mainResult(plan, 1).parentResultId = uuid(999);
    mainResult(plan, 1).indicators[0].target = IndicatorTarget();
    mainResult(plan, 1).indicators[1].target = IndicatorTarget::range(number("90"), number("80"));
    mainResult(plan, 1).indicators[1].unit.clear();
    mainResult(plan, 2).intervenedText.clear();
    mainResult(plan, 2).text = QStringLiteral("Tersusunnya laporan kepegawaian bulanan");
    plan.results[2].indicators.clear();

    const QStringList expected = {
        QStringLiteral("The SKP ends on 31 Desember 2025, before it starts on 1 Januari 2026."),
        QStringLiteral("Main RHK 1 intervenes an RHK that is not in the approved SKP of the Pejabat Penilai Kinerja. "
                       "Choose the intervened RHK again."),
        QStringLiteral("Main RHK 1, indicator 1 has no target."),
        QStringLiteral("Main RHK 1, indicator 2 has a numeric target but no unit (satuan)."),
        QStringLiteral(
            "Main RHK 1, indicator 2 has a target range whose lower bound (90) is greater than its upper bound (80)."),
        QStringLiteral("Main RHK 2 has the same text as Main RHK 1. Merge them or make each RHK distinct."),
        QStringLiteral("Main RHK 2 does not name the leader's RHK it intervenes. Choose an RHK of the Pejabat Penilai "
                       "Kinerja, or write the intervened RHK or organisation target."),
        QStringLiteral("Additional RHK 1 has no indicator. Add at least one Indikator Kinerja Individu (IKI)."),
    };
    CHECK(messages(plan) == expected);

    const Status status = PlanValidator::validateForSubmission(plan, assessorResults());
    REQUIRE_FALSE(status.ok());
    CHECK(status.problems() == expected);
}
