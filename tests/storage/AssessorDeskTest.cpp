// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessorDesk.h"

#include "core/storage/AssessorTeam.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "tests/storage/ReviewTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

const QDate kToday(2025, 6, 1);

struct Fixture : ReviewFixture
{
    void setStatus(const QUuid& evaluationId, const QString& status)
    {
        ReviewFixture::setStatus(QStringLiteral("evaluation"), evaluationId, status);
    }

    EvaluationRepository::StoredEvaluation load(const QUuid& evaluationId) const
    {
        auto loaded = EvaluationRepository(*database).load(evaluationId);
        REQUIRE(loaded.ok());
        return *loaded;
    }

    AssessorDesk deskOf(const QUuid& person, QDate today = kToday) const
    {
        return AssessorDesk(*database, person, today);
    }

    int commands() const
    {
        return countRows(*database, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'command'"));
    }
};

} // namespace

TEST_CASE(
    "The assessor rates an evaluation: the ratings, the predikat and the step are stored together", "[storage][review]")
{
    Fixture f;
    const auto evaluation = f.evaluations.at(0);
    f.setStatus(evaluation, QStringLiteral("evaluation.submitted"));
    auto desk = f.deskOf(f.people.assessor);
    const auto rated = desk.rate(evaluation, Rating::AboveExpectation, Rating::AsExpected, QStringLiteral("  Bagus "));
    INFO(rated.error());
    REQUIRE(rated.ok());
    const auto stored = f.load(evaluation);
    CHECK(stored.status == WorkflowState::EvaluationRated);
    CHECK(stored.resultRating == Rating::AboveExpectation);
    CHECK(stored.behaviorRating == Rating::AsExpected);
    CHECK(stored.grade == PerformanceGrade::Good);
    CHECK(stored.note == QStringLiteral("Bagus"));
    CHECK(f.commands() == 1);

    // rating again is refused by the workflow (it is rated already): the stored ratings stay as they are
    const auto again = desk.rate(evaluation, Rating::BelowExpectation, Rating::BelowExpectation, QString());
    CHECK_FALSE(again.ok());
    CHECK(f.load(evaluation).resultRating == Rating::AboveExpectation);
    CHECK(f.commands() == 1);

    REQUIRE(desk.finalize(evaluation).ok());
    CHECK(f.load(evaluation).status == WorkflowState::EvaluationFinalized);
    // a finalized evaluation takes no more ratings
    CHECK_FALSE(desk.saveRatings(evaluation, Rating::BelowExpectation, std::nullopt, QString()).ok());
    CHECK(f.load(evaluation).resultRating == Rating::AboveExpectation);
}

TEST_CASE("Only whoever fills the assessor slot of the plan may rate, finalize or give feedback", "[storage][review]")
{
    Fixture f;
    const auto evaluation = f.evaluations.at(0);
    f.setStatus(evaluation, QStringLiteral("evaluation.submitted"));
    for (const auto& person : {f.people.employee, f.people.secondAssessor, f.acting}) {
        auto desk = f.deskOf(person);
        const auto rated = desk.rate(evaluation, Rating::AsExpected, Rating::AsExpected, QString());
        REQUIRE_FALSE(rated.ok());
        CHECK(rated.error().contains(QStringLiteral("Pejabat Penilai Kinerja")));
        CHECK_FALSE(desk.saveRatings(evaluation, Rating::AsExpected, std::nullopt, QString()).ok());
        CHECK_FALSE(desk.addFeedback(evaluation, {}, CoreValue::Accountable, QStringLiteral("Baik")).ok());
    }
    const auto stored = f.load(evaluation);
    CHECK(stored.status == WorkflowState::EvaluationSubmitted);
    CHECK_FALSE(stored.resultRating.has_value());
    CHECK(stored.feedback.isEmpty());
    CHECK(f.commands() == 0);

    // a Plt. of the assessor's unit stands in while the assignment runs, and not after it
    f.actingAssignment();
    CHECK_FALSE(
        f.deskOf(f.acting, QDate(2025, 7, 1)).rate(evaluation, Rating::AsExpected, Rating::AsExpected, QString()).ok());
    const auto rated = f.deskOf(f.acting).rate(evaluation, Rating::AsExpected, Rating::AsExpected, QString());
    INFO(rated.error());
    CHECK(rated.ok());
    CHECK(f.load(evaluation).status == WorkflowState::EvaluationRated);
}

TEST_CASE("A batch rates and finalizes line by line: a refused line leaves the others done and itself untouched",
    "[storage][review]")
{
    Fixture f;
    f.setStatus(f.evaluations.at(0), QStringLiteral("evaluation.submitted"));
    f.setStatus(f.evaluations.at(1), QStringLiteral("evaluation.submitted"));
    // evaluations.at(2) is not filled: rating it is refused
    REQUIRE(
        sql::exec(f.database->connection(), QStringLiteral("UPDATE evaluation SET note = 'Catatan lama' WHERE id = ?"),
            {Uuid::toText(f.evaluations.at(1))}, "note"));
    auto desk = f.deskOf(f.people.assessor);
    const auto rated = desk.rateAll({{f.evaluations.at(0), Rating::AsExpected, Rating::AsExpected},
        {f.evaluations.at(1), Rating::BelowExpectation, Rating::AsExpected},
        {f.evaluations.at(2), Rating::AsExpected, Rating::AsExpected},
        {f.evaluations.at(3), Rating::AsExpected, std::nullopt}});
    REQUIRE(rated.size() == 4);
    CHECK(rated.at(0).status.ok());
    CHECK(rated.at(1).status.ok());
    CHECK_FALSE(rated.at(2).status.ok());
    CHECK_FALSE(rated.at(3).status.ok());
    CHECK(f.load(f.evaluations.at(0)).grade == PerformanceGrade::Good);
    CHECK(f.load(f.evaluations.at(1)).grade == PerformanceGrade::NeedsImprovement);
    CHECK(f.load(f.evaluations.at(1)).note == QStringLiteral("Catatan lama")); // the batch keeps the note
    CHECK(f.load(f.evaluations.at(2)).status == WorkflowState::EvaluationNotFilled);
    CHECK_FALSE(f.load(f.evaluations.at(2)).resultRating.has_value());

    const auto finalized = desk.finalizeAll({f.evaluations.at(0), f.evaluations.at(1), f.evaluations.at(2)});
    REQUIRE(finalized.size() == 3);
    CHECK(finalized.at(0).status.ok());
    CHECK(finalized.at(1).status.ok());
    CHECK_FALSE(finalized.at(2).status.ok());
    CHECK(f.load(f.evaluations.at(0)).status == WorkflowState::EvaluationFinalized);
    CHECK(f.load(f.evaluations.at(1)).status == WorkflowState::EvaluationFinalized);
    CHECK(f.commands() == 4);
}

TEST_CASE(
    "The assessor gives feedback on a work result or a core value and removes only their own", "[storage][review]")
{
    Fixture f;
    const auto evaluation = f.evaluations.at(0);
    auto desk = f.deskOf(f.people.assessor);
    const auto onResult =
        desk.addFeedback(evaluation, f.plan.results.first().id, std::nullopt, QStringLiteral(" Target tercapai. "));
    INFO(onResult.error());
    REQUIRE(onResult.ok());
    const auto onValue = desk.addFeedback(evaluation, {}, CoreValue::Collaborative, QStringLiteral("Aktif di tim."));
    REQUIRE(onValue.ok());
    CHECK_FALSE(desk.addFeedback(evaluation, {}, CoreValue::Collaborative, QStringLiteral("   ")).ok());
    CHECK_FALSE(desk.addFeedback(evaluation, {}, std::nullopt, QStringLiteral("Tentang apa?")).ok());

    auto stored = f.load(evaluation);
    REQUIRE(stored.feedback.size() == 2);
    CHECK(stored.feedback.at(0).text == QStringLiteral("Target tercapai."));
    CHECK(stored.feedback.at(0).authorId == f.people.assessor);
    CHECK(stored.feedback.at(0).authorName == QStringLiteral("Budi Santoso")); // from the employee record
    CHECK(stored.feedback.at(1).coreValue == CoreValue::Collaborative);

    // someone else's feedback (here a line written by another author) is not the assessor's to remove
    REQUIRE(sql::exec(f.database->connection(), QStringLiteral("UPDATE feedback SET author_id = ? WHERE id = ?"),
        {Uuid::toText(f.acting), Uuid::toText(onValue->id)}, "author"));
    CHECK_FALSE(desk.removeFeedback(evaluation, onValue->id).ok());
    REQUIRE(desk.removeFeedback(evaluation, onResult->id).ok());
    stored = f.load(evaluation);
    REQUIRE(stored.feedback.size() == 1);
    CHECK(stored.feedback.first().id == onValue->id);

    // no feedback once the evaluation is final
    f.setStatus(evaluation, QStringLiteral("evaluation.finalized"));
    CHECK_FALSE(desk.addFeedback(evaluation, {}, CoreValue::Adaptive, QStringLiteral("Terlambat")).ok());
    CHECK(f.load(evaluation).feedback.size() == 1);
}

TEST_CASE("The team of an assessor lists its periods and its evaluations of a period", "[storage][review]")
{
    Fixture f;
    f.setStatus(f.evaluations.at(1), QStringLiteral("evaluation.submitted"));
    const AssessorTeam team(*f.database);
    const auto periods = team.periods(f.people.assessor, kToday);
    INFO(periods.error());
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == f.evaluations.size());
    int waiting = 0;
    for (const auto& period : *periods) {
        CHECK(period.evaluations == 1);
        waiting += period.waiting;
    }
    CHECK(waiting == 1);
    const auto second = f.load(f.evaluations.at(1));
    const auto members = team.members(f.people.assessor, second.periodId, kToday);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 1);
    CHECK(members->first().evaluationId == f.evaluations.at(1));
    CHECK(members->first().state == WorkflowState::EvaluationSubmitted);
    CHECK(members->first().employeeName == f.people.participants.employee.name);
    CHECK_FALSE(members->first().acting);
    CHECK(team.periods(f.people.employee, kToday)->isEmpty());
    CHECK(team.members(f.people.secondAssessor, second.periodId, kToday)->isEmpty());
}

TEST_CASE("The team shows the organisation grade the personnel office sets after the evaluations were made",
    "[storage][review]")
{
    Fixture f;
    const auto second = f.load(f.evaluations.at(1));
    const AssessorTeam team(*f.database);
    auto members = team.members(f.people.assessor, second.periodId, kToday);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 1);
    CHECK_FALSE(members->first().organizationGrade.has_value());
    const auto unit = Uuid::createV7Text();
    REQUIRE(sql::exec(f.database->connection(),
        QStringLiteral("INSERT INTO org_unit (id, code, name, kind) VALUES (?, '15.02.01', 'Bidang SMA', 'bidang')"),
        {unit}, "unit"));
    REQUIRE(sql::exec(f.database->connection(), QStringLiteral("UPDATE performance_plan SET unit_id = ? WHERE id = ?"),
        {unit, Uuid::toText(f.plan.id)}, "place the plan"));
    REQUIRE(OrganizationGradeRepository(*f.database)
                .set(Uuid::fromText(unit), second.periodId, OrganizationGrade::NeedsImprovement)
                .ok());
    members = team.members(f.people.assessor, second.periodId, kToday);
    REQUIRE(members.ok());
    CHECK(members->first().organizationGrade == OrganizationGrade::NeedsImprovement);
}

TEST_CASE("The assessor sets special expectations on a submitted SKP, and others or a settled SKP are refused",
    "[storage][review]")
{
    Fixture f;
    f.ReviewFixture::setStatus(QStringLiteral("performance_plan"), f.plan.id, QStringLiteral("plan.submitted"));
    const auto expectationOf = [&f](CoreValue value) {
        const auto stored = PlanRepository(*f.database).load(f.plan.id);
        REQUIRE(stored.ok());
        for (const auto& expectation : stored->plan.behaviorExpectations) {
            if (expectation.value == value) {
                return expectation.specialExpectation;
            }
        }
        return QString();
    };
    const QList<BehaviorExpectation> wanted {
        {CoreValue::Accountable, QStringLiteral("  Laporan keuangan kegiatan tepat waktu. ")},
        {CoreValue::Collaborative, QStringLiteral("Aktif dalam MGMP.")}};

    // the employee and someone unrelated are refused, and nothing is stored
    for (const auto& person : {f.people.employee, f.acting}) {
        const auto refused = f.deskOf(person).setSpecialExpectations(f.plan.id, wanted);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("Pejabat Penilai Kinerja")));
    }
    CHECK(expectationOf(CoreValue::Accountable).isEmpty());

    const auto set = f.deskOf(f.people.assessor).setSpecialExpectations(f.plan.id, wanted);
    INFO(set.error());
    REQUIRE(set.ok());
    CHECK(expectationOf(CoreValue::Accountable) == QStringLiteral("Laporan keuangan kegiatan tepat waktu."));
    CHECK(expectationOf(CoreValue::Collaborative) == QStringLiteral("Aktif dalam MGMP."));
    CHECK(expectationOf(CoreValue::Adaptive).isEmpty());

    // once the SKP is approved its expectations are settled
    f.ReviewFixture::setStatus(QStringLiteral("performance_plan"), f.plan.id, QStringLiteral("plan.approved"));
    CHECK_FALSE(f.deskOf(f.people.assessor)
                    .setSpecialExpectations(f.plan.id, {{CoreValue::Accountable, QStringLiteral("Lain")}})
                    .ok());
    CHECK(expectationOf(CoreValue::Accountable) == QStringLiteral("Laporan keuangan kegiatan tepat waktu."));
}

TEST_CASE("Only the plan's assessor approves or returns an SKP and returns an evaluation, a return with its reason",
    "[storage][review]")
{
    Fixture f;
    f.ReviewFixture::setStatus(QStringLiteral("performance_plan"), f.plan.id, QStringLiteral("plan.submitted"));
    const auto planStatus = [&f] {
        return sql::scalar(f.database->connection(), QStringLiteral("SELECT status FROM performance_plan WHERE id = ?"),
            {Uuid::toText(f.plan.id)}, "status")
            .toString();
    };
    for (const auto& person : {f.people.employee, f.people.secondAssessor, f.acting}) {
        CHECK_FALSE(f.deskOf(person).approvePlan(f.plan.id).ok());
        CHECK_FALSE(f.deskOf(person).returnPlan(f.plan.id, QStringLiteral("Perbaiki")).ok());
    }
    CHECK(planStatus() == QStringLiteral("plan.submitted"));
    CHECK(f.commands() == 0);

    auto desk = f.deskOf(f.people.assessor);
    CHECK_FALSE(desk.returnPlan(f.plan.id, QStringLiteral("  ")).ok()); // the workflow wants a reason
    CHECK(planStatus() == QStringLiteral("plan.submitted"));
    REQUIRE(desk.returnPlan(f.plan.id, QStringLiteral("Target IKI 2 belum terukur.")).ok());
    CHECK(planStatus() == QStringLiteral("plan.returned"));

    // an evaluation goes back the same way
    f.setStatus(f.evaluations.at(0), QStringLiteral("evaluation.submitted"));
    CHECK_FALSE(f.deskOf(f.people.employee).returnEvaluation(f.evaluations.at(0), QStringLiteral("x")).ok());
    REQUIRE(desk.returnEvaluation(f.evaluations.at(0), QStringLiteral("Lengkapi bukti dukung.")).ok());
    CHECK(f.load(f.evaluations.at(0)).status == WorkflowState::EvaluationReturned);
    CHECK(f.load(f.evaluations.at(0)).returnNote == QStringLiteral("Lengkapi bukti dukung."));
}
