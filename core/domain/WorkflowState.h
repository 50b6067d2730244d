// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DocumentKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The workflow states of all three documents (domain.md 3.4) in one enum, each value prefixed with its
 * document kind. One enum rather than one per kind, so that a transition row, a command record and a
 * database column have a single state type, and every code is unique across kinds ("plan.submitted" vs
 * "evaluation.submitted"). documentKind() tells which document a state belongs to; statesOf() lists a
 * kind's states. The first state of each kind is the state a new document starts in.
 */
enum class WorkflowState
{
    // SKP
    PlanDraft, ///< being written by the Pegawai yang Dinilai
    PlanSubmitted, ///< diajukan: waiting for the Pejabat Penilai Kinerja
    PlanReturned, ///< dikembalikan (ditolak / perlu revisi), with a reason
    PlanApproved, ///< ditetapkan / disetujui
    PlanSuperseded, ///< replaced by a new SKP (new jabatan or new penilai); read-only

    // Evaluation (one per period per SKP)
    EvaluationNotFilled, ///< belum diisi / belum diajukan
    EvaluationSubmitted, ///< diajukan: realisasi and bukti dukung sent to the penilai
    EvaluationReturned, ///< dikembalikan to the pegawai for correction, with a reason
    EvaluationRated, ///< dinilai: ratings given, predikat not yet set
    EvaluationFinalized, ///< ditetapkan: predikat set; the 14-day keberatan window runs
    EvaluationObjected, ///< keberatan filed, waiting for the Atasan Pejabat Penilai Kinerja
    EvaluationFinal, ///< final after the keberatan was decided (confirmed or changed)

    // Objection (keberatan)
    ObjectionFiled, ///< filed with the Atasan Pejabat Penilai Kinerja
    ObjectionDecided ///< decided: the result confirmed or changed (the outcome is a command argument)
};

/// Every state, grouped by kind in declaration order.
QList<WorkflowState> allWorkflowStates();

/// The states of one kind, in declaration order; the first is the initial state.
QList<WorkflowState> statesOf(DocumentKind kind);

/// The state a new document of this kind starts in: plan.draft, evaluation.not-filled, objection.filed.
WorkflowState initialState(DocumentKind kind);

/// The kind the state belongs to.
DocumentKind documentKind(WorkflowState state);

/// The stable code stored in the database and sent to the server, "<kind>.<state>": "plan.draft",
/// "evaluation.not-filled", "objection.decided". Never translated, never changed once shipped.
QString codeName(WorkflowState state);

/// The state for a code written by codeName(); nothing for any other text (exact match).
std::optional<WorkflowState> workflowStateFromCode(const QString& code);

/// The status label in the UI language: "Draft", "Submitted", "Returned", "Approved", ...
QString displayName(WorkflowState state);

} // namespace kinerja
