// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentWorkflowState.h"

#include "core/domain/Workflow.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>

using namespace kinerja;

namespace {

const QUuid kPlanId(QStringLiteral("{6f1c1a52-0d6a-4d61-9a53-3c1b2f0a0001}"));
const QUuid kEmployeeId(QStringLiteral("{6f1c1a52-0d6a-4d61-9a53-3c1b2f0a0002}"));
const QUuid kAssessorId(QStringLiteral("{6f1c1a52-0d6a-4d61-9a53-3c1b2f0a0003}"));
const QDateTime kIssuedAt(QDate(2026, 1, 12), QTime(9, 30), Qt::UTC);

QUuid commandId(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

/// A command issued the way an editor does it: checked by Workflow against the effective state, then recorded.
WorkflowCommandRecord issue(const DocumentWorkflowState& document,
    int n,
    WorkflowCommand command,
    ActorRole role,
    const QString& reason = QString())
{
    TransitionContext context;
    context.today = kIssuedAt.date();
    context.reason = reason;
    const auto row = Workflow().resolve(document.kind(), document.effectiveState(), command, {role}, context);
    REQUIRE(row.ok());
    return WorkflowCommandRecord::issued(commandId(n), document.documentId(),
        role == ActorRole::Employee ? kEmployeeId : kAssessorId, *row, context, kIssuedAt);
}

} // namespace

TEST_CASE("A command done offline is pending and already shows its new state", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanDraft);
    CHECK(!document.hasPending());
    CHECK(document.effectiveState() == WorkflowState::PlanDraft);

    const auto submit = issue(document, 1, WorkflowCommand::Submit, ActorRole::Employee);
    CHECK(submit.status == CommandStatus::Pending);
    CHECK(submit.from == WorkflowState::PlanDraft);
    CHECK(submit.to == WorkflowState::PlanSubmitted);
    CHECK(submit.issuedAt == kIssuedAt);
    REQUIRE(document.add(submit));

    CHECK(document.hasPending());
    CHECK(document.pendingCommands().size() == 1);
    CHECK(document.confirmedState() == WorkflowState::PlanDraft);
    CHECK(document.effectiveState() == WorkflowState::PlanSubmitted);
    CHECK(!document.refusal().has_value());
    CHECK(!document.hasConflict());
}

TEST_CASE("A confirmed command becomes the confirmed state", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanDraft);
    REQUIRE(document.add(issue(document, 1, WorkflowCommand::Submit, ActorRole::Employee)));
    REQUIRE(document.confirm(commandId(1)));
    CHECK(!document.hasPending());
    CHECK(document.confirmedState() == WorkflowState::PlanSubmitted);
    CHECK(document.effectiveState() == WorkflowState::PlanSubmitted);
    CHECK(document.commands().constFirst().status == CommandStatus::Confirmed);
    CHECK(!document.confirm(commandId(99)));
}

TEST_CASE("A refused command rolls back to the confirmed state and keeps its data", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanSubmitted);
    const auto reason = QStringLiteral("Indikator kualitas belum terukur.");
    REQUIRE(document.add(issue(document, 1, WorkflowCommand::Return, ActorRole::Assessor, reason)));
    CHECK(document.effectiveState() == WorkflowState::PlanReturned);

    const auto refusal = QStringLiteral("The employee withdrew the SKP before your return reached the server.");
    REQUIRE(document.refuse(commandId(1), refusal));
    CHECK(!document.hasPending());
    CHECK(document.effectiveState() == WorkflowState::PlanSubmitted);
    const auto refused = document.refusal();
    REQUIRE(refused.has_value());
    CHECK(refused->status == CommandStatus::Refused);
    CHECK(refused->refusalReason == refusal);
    CHECK(refused->reason == reason);
    CHECK(refused->command == WorkflowCommand::Return);
}

TEST_CASE("A command in conflict is not applied until it is resolved", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanSubmitted);
    REQUIRE(document.add(issue(document, 1, WorkflowCommand::Approve, ActorRole::Assessor)));
    REQUIRE(document.markInConflict(commandId(1), QStringLiteral("The SKP changed on the server.")));
    CHECK(document.hasConflict());
    CHECK(document.conflicts().constFirst().refusalReason == QStringLiteral("The SKP changed on the server."));
    CHECK(!document.hasPending());
    CHECK(document.effectiveState() == WorkflowState::PlanSubmitted);
    CHECK(!document.refusal().has_value());
}

TEST_CASE("Pending commands apply in order, and those after a refused one no longer apply", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanDraft);
    REQUIRE(document.add(issue(document, 1, WorkflowCommand::Submit, ActorRole::Employee)));
    REQUIRE(document.add(issue(document, 2, WorkflowCommand::Withdraw, ActorRole::Employee)));
    REQUIRE(document.add(issue(document, 3, WorkflowCommand::Submit, ActorRole::Employee)));
    CHECK(document.effectiveState() == WorkflowState::PlanSubmitted);
    CHECK(document.pendingCommands().size() == 3);

    REQUIRE(document.confirm(commandId(1)));
    REQUIRE(document.refuse(commandId(2), QStringLiteral("Already approved.")));
    document.setConfirmedState(WorkflowState::PlanApproved); // pulled from the server
    // Command 3 starts from Draft, which the document is not in: it is skipped.
    CHECK(document.effectiveState() == WorkflowState::PlanApproved);
    CHECK(document.hasPending());
    REQUIRE(document.refusal().has_value());
    CHECK(document.refusal()->id == commandId(2));
}

TEST_CASE("A command must start from the effective state of its own document", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanDraft);
    auto record = issue(document, 1, WorkflowCommand::Submit, ActorRole::Employee);
    REQUIRE(document.add(record));
    CHECK(!document.add(record)); // from Draft, but the document is Submitted now
    auto other = record;
    other.documentId = kEmployeeId;
    other.from = document.effectiveState();
    CHECK(!document.add(other));
}

TEST_CASE("A standalone database confirms a command at once", "[core][workflow][sync]")
{
    DocumentWorkflowState document(kPlanId, DocumentKind::Plan, WorkflowState::PlanDraft);
    auto record = issue(document, 1, WorkflowCommand::Submit, ActorRole::Employee);
    record.status = CommandStatus::Confirmed;
    REQUIRE(document.add(record));
    CHECK(document.confirmedState() == WorkflowState::PlanSubmitted);
    CHECK(!document.hasPending());
}

TEST_CASE("A command record keeps its arguments as JSON and gives them back for a new check", "[core][workflow][sync]")
{
    TransitionContext context;
    context.today = QDate(2026, 2, 3);
    context.reason = QStringLiteral("  Pegawai sakit.  ");
    context.entryDeadline = QDate(2026, 1, 31);
    context.extendedUntil = QDate(2026, 2, 10);
    const auto row = Workflow().resolve(DocumentKind::Evaluation, WorkflowState::EvaluationNotFilled,
        WorkflowCommand::Reopen, {ActorRole::Admin}, context);
    REQUIRE(row.ok());
    const auto record = WorkflowCommandRecord::issued(commandId(7), kPlanId, kAssessorId, *row, context, kIssuedAt);
    CHECK(record.role == ActorRole::Admin);
    CHECK(record.reason == QStringLiteral("Pegawai sakit."));
    CHECK(record.extendedUntil == QDate(2026, 2, 10));

    const auto json = record.argumentsJson();
    CHECK(json.value(QStringLiteral("reason")).toString() == QStringLiteral("Pegawai sakit."));
    CHECK(json.value(QStringLiteral("extended-until")).toString() == QStringLiteral("2026-02-10"));
    CHECK(!json.contains(QStringLiteral("outcome")));

    WorkflowCommandRecord copy = record;
    copy.reason.clear();
    copy.extendedUntil = QDate();
    REQUIRE(copy.setArgumentsJson(json));
    CHECK(copy == record);

    CHECK(!copy.setArgumentsJson(QJsonObject {{QStringLiteral("outcome"), QStringLiteral("maybe")}}));
    CHECK(copy == record);
    REQUIRE(copy.setArgumentsJson(QJsonObject {{QStringLiteral("outcome"), QStringLiteral("changed")}}));
    CHECK(copy.outcome == ObjectionOutcome::Changed);

    // The server re-checks with its own dates and the record's arguments.
    TransitionContext server;
    server.today = QDate(2026, 2, 4);
    server.entryDeadline = QDate(2026, 1, 31);
    CHECK(Workflow().apply(record.kind, record.from, record.command, record.role, record.context(server)).value()
        == WorkflowState::EvaluationNotFilled);
}
