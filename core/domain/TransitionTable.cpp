// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TransitionTable.h"

#include <QSet>

#include <utility>

namespace kinerja {

namespace {

using C = WorkflowCommand;
using R = ActorRole;
using Q = TransitionRequirement;
using S = WorkflowState;

/*
 * The rows. Decisions where domain.md leaves a choice:
 * - Withdraw: the pegawai may take back a submission until the penilai acts on it.
 * - Return: the penilai may return an evaluation both before and after rating it (a missing bukti dukung
 *   is often noticed while rating).
 * - Reopen (admin only, always with a reason):
 *   - an approved SKP, or a rated, finalized or final evaluation, goes back to Submitted, i.e. to the penilai
 *     (the usual cause is a wrong or replaced penilai; the penilai can still return it to the pegawai);
 *   - a not-filled or returned evaluation stays where it is but gets an extension date after the Batas
 *     Pengisian (ExtensionIfLocked), so that the pegawai can submit again;
 *   - an evaluation under objection is not reopened: the Atasan Pejabat Penilai Kinerja decides first.
 * - Supersede: the admin closes an SKP that a new SKP replaces (new jabatan or penilai, domain.md 8 item 2),
 *   in any state but Superseded; it is then read-only for good.
 * - Object: the pegawai files the keberatan on the finalized evaluation; the storage creates the objection
 *   document in objection.filed with the same reason. Decide is applied to both: the objection goes to
 *   objection.decided and its evaluation from evaluation.objected to evaluation.final.
 * - An evaluation that is finalized and never objected to stays evaluation.finalized; it is as final as
 *   evaluation.final once the objection window has passed.
 * - The Batas Pengisian (PeriodOpen) binds the pegawai's submit and withdraw of an evaluation; the penilai's
 *   rating is not bound by it. SKPs have no such lock.
 */
QList<Transition> standardRows()
{
    const auto plan = DocumentKind::Plan;
    const auto evaluation = DocumentKind::Evaluation;
    const auto objection = DocumentKind::Objection;
    const TransitionRequirements none;
    const TransitionRequirements reason = Q::ReasonRequired;

    return {
        // SKP
        {plan, S::PlanDraft, C::Submit, R::Employee, S::PlanSubmitted, none},
        {plan, S::PlanReturned, C::Submit, R::Employee, S::PlanSubmitted, none},
        {plan, S::PlanSubmitted, C::Withdraw, R::Employee, S::PlanDraft, none},
        {plan, S::PlanSubmitted, C::Return, R::Assessor, S::PlanReturned, reason},
        {plan, S::PlanSubmitted, C::Approve, R::Assessor, S::PlanApproved, none},
        {plan, S::PlanApproved, C::Reopen, R::Admin, S::PlanSubmitted, reason},
        {plan, S::PlanDraft, C::Supersede, R::Admin, S::PlanSuperseded, reason},
        {plan, S::PlanSubmitted, C::Supersede, R::Admin, S::PlanSuperseded, reason},
        {plan, S::PlanReturned, C::Supersede, R::Admin, S::PlanSuperseded, reason},
        {plan, S::PlanApproved, C::Supersede, R::Admin, S::PlanSuperseded, reason},

        // Evaluation
        {evaluation, S::EvaluationNotFilled, C::Submit, R::Employee, S::EvaluationSubmitted, Q::PeriodOpen},
        {evaluation, S::EvaluationReturned, C::Submit, R::Employee, S::EvaluationSubmitted, Q::PeriodOpen},
        {evaluation, S::EvaluationSubmitted, C::Withdraw, R::Employee, S::EvaluationNotFilled, Q::PeriodOpen},
        {evaluation, S::EvaluationSubmitted, C::Return, R::Assessor, S::EvaluationReturned, reason},
        {evaluation, S::EvaluationRated, C::Return, R::Assessor, S::EvaluationReturned, reason},
        {evaluation, S::EvaluationSubmitted, C::Rate, R::Assessor, S::EvaluationRated, none},
        {evaluation, S::EvaluationRated, C::Finalize, R::Assessor, S::EvaluationFinalized, none},
        {evaluation, S::EvaluationFinalized, C::Object, R::Employee, S::EvaluationObjected,
            Q::ReasonRequired | Q::WithinObjectionWindow},
        {evaluation, S::EvaluationObjected, C::Decide, R::SecondAssessor, S::EvaluationFinal,
            Q::ReasonRequired | Q::OutcomeRequired},
        {evaluation, S::EvaluationNotFilled, C::Reopen, R::Admin, S::EvaluationNotFilled,
            Q::ReasonRequired | Q::ExtensionIfLocked},
        {evaluation, S::EvaluationReturned, C::Reopen, R::Admin, S::EvaluationReturned,
            Q::ReasonRequired | Q::ExtensionIfLocked},
        {evaluation, S::EvaluationRated, C::Reopen, R::Admin, S::EvaluationSubmitted, reason},
        {evaluation, S::EvaluationFinalized, C::Reopen, R::Admin, S::EvaluationSubmitted, reason},
        {evaluation, S::EvaluationFinal, C::Reopen, R::Admin, S::EvaluationSubmitted, reason},

        // Objection (created in objection.filed by the evaluation's Object command)
        {objection, S::ObjectionFiled, C::Decide, R::SecondAssessor, S::ObjectionDecided,
            Q::ReasonRequired | Q::OutcomeRequired},
    };
}

} // namespace

TransitionTable::TransitionTable(QList<Transition> rows)
    : m_rows(std::move(rows))
{ }

const TransitionTable& TransitionTable::standard()
{
    static const TransitionTable table(standardRows());
    return table;
}

QList<Transition> TransitionTable::rowsFor(DocumentKind kind, WorkflowState from, WorkflowCommand command) const
{
    QList<Transition> found;
    for (const auto& row : m_rows) {
        if (row.kind == kind && row.from == from && row.command == command) {
            found.append(row);
        }
    }
    return found;
}

QList<Transition> TransitionTable::rowsFrom(DocumentKind kind, WorkflowState from) const
{
    QList<Transition> found;
    for (const auto& row : m_rows) {
        if (row.kind == kind && row.from == from) {
            found.append(row);
        }
    }
    return found;
}

std::optional<Transition> TransitionTable::find(
    DocumentKind kind, WorkflowState from, WorkflowCommand command, ActorRole role) const
{
    for (const auto& row : m_rows) {
        if (row.kind == kind && row.from == from && row.command == command && row.role == role) {
            return row;
        }
    }
    return std::nullopt;
}

QStringList TransitionTable::problems() const
{
    QStringList found;
    QSet<QString> keys;
    for (const auto& row : m_rows) {
        if (documentKind(row.from) != row.kind || documentKind(row.to) != row.kind) {
            found.append(QStringLiteral("state of another kind: %1").arg(row.toString()));
        }
        if (row.role == ActorRole::InvitedColleague) {
            found.append(QStringLiteral("an invited colleague has no workflow step: %1").arg(row.toString()));
        }
        const auto key =
            QStringList {codeName(row.kind), codeName(row.from), codeName(row.command), codeName(row.role)}.join(
                QLatin1Char('|'));
        if (keys.contains(key)) {
            found.append(QStringLiteral("duplicate row: %1").arg(row.toString()));
        }
        keys.insert(key);
    }
    return found;
}

QString TransitionTable::toText() const
{
    QStringList lines;
    for (const auto& row : m_rows) {
        lines.append(row.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kinerja
