// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PerformancePlan.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

WorkResult result(ResultKind kind, const char* text, int order)
{
    WorkResult out;
    out.id = QUuid::createUuid();
    out.kind = kind;
    out.text = QString::fromUtf8(text);
    out.order = order;
    return out;
}

} // namespace

TEST_CASE("PerformancePlan for a year covers 1 January to 31 December with the seven core values", "[core][plan]")
{
    const QUuid id = QUuid::createUuid();
    const PerformancePlan plan = PerformancePlan::forYear(id, 2026);
    CHECK(plan.id == id);
    CHECK(plan.startDate == QDate(2026, 1, 1));
    CHECK(plan.endDate == QDate(2026, 12, 31));
    CHECK(plan.year() == 2026);
    CHECK(plan.approach == PlanApproach::Quantitative);
    CHECK(plan.form == PlanForm::AdministratorFunctional);
    REQUIRE(plan.behaviorExpectations.size() == 7);
    CHECK(plan.behaviorExpectations.first().value == CoreValue::ServiceOriented);
    CHECK(plan.behaviorExpectations.last().value == CoreValue::Collaborative);
    CHECK(plan.appendix.isEmpty());
}

TEST_CASE("PerformancePlan lists each kind of RHK in its printed order", "[core][plan]")
{
    PerformancePlan plan;
    plan.results = {
        result(ResultKind::Main, "B", 2), result(ResultKind::Additional, "T", 1), result(ResultKind::Main, "A", 1)};
    const QList<WorkResult> main = plan.resultsOfKind(ResultKind::Main);
    REQUIRE(main.size() == 2);
    CHECK(main.at(0).text == QStringLiteral("A"));
    CHECK(main.at(1).text == QStringLiteral("B"));
    CHECK(plan.resultsOfKind(ResultKind::Additional).size() == 1);
    CHECK(plan.findResult(plan.results.at(1).id)->text == QStringLiteral("T"));
    CHECK(plan.findResult(QUuid::createUuid()) == nullptr);
}

TEST_CASE("PerformancePlan keeps the assessor's special expectations per core value", "[core][plan]")
{
    PerformancePlan plan;
    plan.setSpecialExpectation(CoreValue::Adaptive, QStringLiteral("Menguasai aplikasi SIASN"));
    plan.setSpecialExpectation(CoreValue::Accountable, QStringLiteral("Hadir tepat waktu"));
    CHECK(plan.specialExpectation(CoreValue::Adaptive) == QStringLiteral("Menguasai aplikasi SIASN"));
    CHECK(plan.specialExpectation(CoreValue::Loyal).isEmpty());
    REQUIRE(plan.behaviorExpectations.size() == 2);
    CHECK(plan.behaviorExpectations.first().value == CoreValue::Accountable);
}

TEST_CASE("PerformancePlan cascading: an RHK is cascaded by a parent id or an intervened text", "[core][plan]")
{
    WorkResult rhk = result(ResultKind::Main, "Tersusunnya laporan", 1);
    CHECK_FALSE(rhk.isCascaded());
    rhk.intervenedText = QStringLiteral("Meningkatnya indeks reformasi birokrasi");
    CHECK(rhk.isCascaded());
    rhk.intervenedText.clear();
    rhk.parentResultId = QUuid::createUuid();
    CHECK(rhk.isCascaded());
}

TEST_CASE("PerformancePlan enums carry their exact official names", "[core][plan]")
{
    CHECK(officialName(PlanApproach::Quantitative) == QStringLiteral("KUANTITATIF"));
    CHECK(officialName(PlanApproach::Qualitative) == QStringLiteral("KUALITATIF"));
    CHECK(officialName(PlanForm::Jpt) == QStringLiteral("JPT dan Pimpinan Unit Kerja Mandiri"));
    CHECK(officialName(PlanForm::AdministratorFunctional) == QStringLiteral("JA/JF"));
    CHECK(officialName(ResultKind::Main) == QStringLiteral("UTAMA"));
    CHECK(officialName(ResultKind::Additional) == QStringLiteral("TAMBAHAN"));
    CHECK(officialName(IndicatorAspect::Quantity) == QStringLiteral("Kuantitas"));
    CHECK(officialName(IndicatorAspect::Quality) == QStringLiteral("Kualitas"));
    CHECK(officialName(IndicatorAspect::Time) == QStringLiteral("Waktu"));
    CHECK(officialName(IndicatorAspect::Cost) == QStringLiteral("Biaya"));
    CHECK(officialName(Perspective::ServiceRecipients) == QStringLiteral("Penerima Layanan"));
    CHECK(officialName(Perspective::BusinessProcess) == QStringLiteral("Proses Bisnis"));
    CHECK(officialName(Perspective::InternalStrengthening) == QStringLiteral("Penguatan Internal"));
    CHECK(officialName(Perspective::Budget) == QStringLiteral("Anggaran"));
    CHECK(planApproachFromName(QStringLiteral("kualitatif")) == PlanApproach::Qualitative);
    CHECK(planFormFromName(QStringLiteral("JA_JF")) == PlanForm::AdministratorFunctional);
    CHECK(indicatorAspectFromName(QStringLiteral("WAKTU")) == IndicatorAspect::Time);
    CHECK(perspectiveFromName(QStringLiteral("anggaran")) == Perspective::Budget);
    CHECK(resultKindFromName(QStringLiteral("tambahan")) == ResultKind::Additional);
    CHECK_FALSE(perspectiveFromName(QStringLiteral("Keuangan")).has_value());
}

TEST_CASE("PerformancePlan appendix prints its three official headings", "[core][plan]")
{
    CHECK(PlanAppendix::resourceSupportTitle() == QStringLiteral("DUKUNGAN SUMBER DAYA"));
    CHECK(PlanAppendix::accountabilitySchemeTitle() == QStringLiteral("SKEMA PERTANGGUNGJAWABAN"));
    CHECK(PlanAppendix::consequencesTitle() == QStringLiteral("KONSEKUENSI"));
}
