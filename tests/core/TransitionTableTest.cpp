// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TransitionTable.h"

#include "core/domain/CommandStatus.h"
#include "core/domain/FieldGroup.h"
#include "core/domain/ObjectionOutcome.h"
#include "tests/support/TestSupport.h"

#include <QSet>

using namespace kinerja;

namespace {

/// Counts the enumerators 0, 1, 2, ... that have a code: codeName() is a switch without default, so the
/// compiler (-Wswitch, -Werror) forces a code for every new enumerator, and this count then catches an
/// enumerator missing from the all...() list that the tests enumerate.
template<typename Enum>
int countCodedEnumerators()
{
    int count = 0;
    while (!codeName(static_cast<Enum>(count)).isEmpty()) {
        ++count;
    }
    return count;
}

template<typename Enum, typename FromCode>
void checkCodes(const QList<Enum>& all, FromCode fromCode)
{
    QSet<QString> codes;
    for (const auto value : all) {
        const auto code = codeName(value);
        INFO(code);
        CHECK(!code.isEmpty());
        CHECK(code == code.trimmed().toLower());
        CHECK(!codes.contains(code));
        codes.insert(code);
        const auto parsed = fromCode(code);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
    }
    CHECK(!fromCode(QString()).has_value());
    CHECK(!fromCode(QStringLiteral("no-such-code")).has_value());
}

} // namespace

TEST_CASE("Workflow codes of kinds, states, commands and roles are unique and round-trip", "[core][workflow]")
{
    checkCodes(allDocumentKinds(), documentKindFromCode);
    checkCodes(allWorkflowStates(), workflowStateFromCode);
    checkCodes(allWorkflowCommands(), workflowCommandFromCode);
    checkCodes(allActorRoles(), actorRoleFromCode);
    checkCodes(allTransitionRequirements(), transitionRequirementFromCode);
    checkCodes(allObjectionOutcomes(), objectionOutcomeFromCode);
    checkCodes(allCommandStatuses(), commandStatusFromCode);
    checkCodes(allFieldGroups(), fieldGroupFromCode);
}

TEST_CASE("Workflow codes are the ones stored in the database", "[core][workflow]")
{
    CHECK(codeName(WorkflowState::PlanDraft) == QStringLiteral("plan.draft"));
    CHECK(codeName(WorkflowState::EvaluationNotFilled) == QStringLiteral("evaluation.not-filled"));
    CHECK(codeName(WorkflowState::ObjectionDecided) == QStringLiteral("objection.decided"));
    CHECK(codeName(WorkflowCommand::Submit) == QStringLiteral("submit"));
    CHECK(codeName(ActorRole::SecondAssessor) == QStringLiteral("second-assessor"));
    CHECK(codeName(ActorRole::InvitedColleague) == QStringLiteral("invited-colleague"));
    CHECK(codeName(CommandStatus::InConflict) == QStringLiteral("in-conflict"));
}

TEST_CASE("Every state code starts with its document kind's code", "[core][workflow]")
{
    for (const auto state : allWorkflowStates()) {
        INFO(codeName(state));
        CHECK(codeName(state).startsWith(codeName(documentKind(state)) + QLatin1Char('.')));
    }
}

TEST_CASE("The all-lists of the workflow enums list every enumerator", "[core][workflow]")
{
    CHECK(countCodedEnumerators<DocumentKind>() == allDocumentKinds().size());
    CHECK(countCodedEnumerators<WorkflowState>() == allWorkflowStates().size());
    CHECK(countCodedEnumerators<WorkflowCommand>() == allWorkflowCommands().size());
    CHECK(countCodedEnumerators<ActorRole>() == allActorRoles().size());
    CHECK(countCodedEnumerators<ObjectionOutcome>() == allObjectionOutcomes().size());
    CHECK(countCodedEnumerators<CommandStatus>() == allCommandStatuses().size());
    CHECK(countCodedEnumerators<FieldGroup>() == allFieldGroups().size());
    int requirementBits = 0;
    for (int bit = 1; bit < 0x10000; bit <<= 1) {
        requirementBits += codeName(static_cast<TransitionRequirement>(bit)).isEmpty() ? 0 : 1;
    }
    CHECK(requirementBits == allTransitionRequirements().size());
}

TEST_CASE("Each document kind starts in its first state", "[core][workflow]")
{
    CHECK(initialState(DocumentKind::Plan) == WorkflowState::PlanDraft);
    CHECK(initialState(DocumentKind::Evaluation) == WorkflowState::EvaluationNotFilled);
    CHECK(initialState(DocumentKind::Objection) == WorkflowState::ObjectionFiled);
    for (const auto kind : allDocumentKinds()) {
        for (const auto state : statesOf(kind)) {
            CHECK(documentKind(state) == kind);
        }
    }
}

TEST_CASE("The standard transition table is consistent", "[core][workflow]")
{
    const auto& table = TransitionTable::standard();
    CHECK(table.problems() == QStringList());
    CHECK(table.rows().size() == 25);
    for (const auto& row : table.rows()) {
        INFO(row.toString());
        CHECK(row.role != ActorRole::InvitedColleague);
        CHECK(documentKind(row.from) == row.kind);
        CHECK(documentKind(row.to) == row.kind);
        if (row.command == WorkflowCommand::Return || row.command == WorkflowCommand::Object
            || row.command == WorkflowCommand::Decide || row.command == WorkflowCommand::Reopen) {
            CHECK(row.requirements.testFlag(TransitionRequirement::ReasonRequired));
        }
    }
}

TEST_CASE("Every state but the initial one can be reached, and every state can be left or is final", "[core][workflow]")
{
    const auto& table = TransitionTable::standard();
    QList<WorkflowState> reached;
    for (const auto& row : table.rows()) {
        if (row.from != row.to) {
            reached.append(row.to);
        }
    }
    const QList<WorkflowState> terminal {WorkflowState::PlanSuperseded, WorkflowState::ObjectionDecided};
    for (const auto kind : allDocumentKinds()) {
        for (const auto state : statesOf(kind)) {
            INFO(codeName(state));
            CHECK((state == initialState(kind) || reached.contains(state)));
            CHECK((terminal.contains(state) || !table.rowsFrom(kind, state).isEmpty()));
        }
    }
}

TEST_CASE("The transition table prints one line per row with the stable codes", "[core][workflow]")
{
    const auto text = TransitionTable::standard().toText();
    const auto lines = text.split(QLatin1Char('\n'));
    CHECK(lines.size() == TransitionTable::standard().rows().size());
    CHECK(
        lines.contains(QStringLiteral("plan | plan.submitted | return | assessor | plan.returned | reason-required")));
    CHECK(lines.contains(QStringLiteral("evaluation | evaluation.finalized | object | employee | "
                                        "evaluation.objected | reason-required,within-objection-window")));
    CHECK(lines.contains(QStringLiteral("plan | plan.draft | submit | employee | plan.submitted | ")));
}

TEST_CASE("A table with a duplicate row, a wrong kind or a colleague's step reports problems", "[core][workflow]")
{
    const Transition good {DocumentKind::Plan, WorkflowState::PlanDraft, WorkflowCommand::Submit, ActorRole::Employee,
        WorkflowState::PlanSubmitted, {}};
    auto wrongKind = good;
    wrongKind.to = WorkflowState::EvaluationSubmitted;
    auto colleague = good;
    colleague.role = ActorRole::InvitedColleague;
    const TransitionTable table({good, good, wrongKind, colleague});
    CHECK(table.problems().size() == 4); // the duplicate, the wrong kind (a duplicate key too), the colleague
    CHECK(TransitionTable({good}).problems().isEmpty());
}

TEST_CASE("The transition table finds the row for a role", "[core][workflow]")
{
    const auto& table = TransitionTable::standard();
    const auto row =
        table.find(DocumentKind::Plan, WorkflowState::PlanSubmitted, WorkflowCommand::Approve, ActorRole::Assessor);
    REQUIRE(row.has_value());
    CHECK(row->to == WorkflowState::PlanApproved);
    CHECK(!table.find(DocumentKind::Plan, WorkflowState::PlanSubmitted, WorkflowCommand::Approve, ActorRole::Admin));
    CHECK(table.rowsFor(DocumentKind::Plan, WorkflowState::PlanApproved, WorkflowCommand::Supersede).size() == 1);
}
