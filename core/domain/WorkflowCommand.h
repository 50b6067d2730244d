// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The workflow steps (domain.md 3.4). Each is stored as a command, not as an edit of a status field
 * (design.md, Storage). Who may use which command in which state is in TransitionTable.
 */
enum class WorkflowCommand
{
    Submit, ///< ajukan: the pegawai sends the SKP or the evaluation to the penilai
    Withdraw, ///< tarik kembali: the pegawai takes back a submission the penilai has not acted on
    Return, ///< kembalikan: the penilai sends it back for correction, with a reason
    Approve, ///< tetapkan: the penilai approves the SKP
    Rate, ///< nilai: the penilai has given the ratings
    Finalize, ///< tetapkan: the penilai sets the predikat; the keberatan window starts
    Object, ///< ajukan keberatan: the pegawai objects within 14 days, with a reason
    Decide, ///< the Atasan Pejabat Penilai Kinerja confirms or changes the result, with a reason
    Reopen, ///< the admin opens a document again (locked period, wrong assessor), with a reason
    Supersede ///< the admin closes an SKP that a new SKP replaces (new jabatan or new penilai)
};

/// Every command, in declaration order.
QList<WorkflowCommand> allWorkflowCommands();

/// The stable code stored in the database and sent to the server: "submit", "withdraw", "return", "approve",
/// "rate", "finalize", "object", "decide", "reopen", "supersede". Never translated, never changed once shipped.
QString codeName(WorkflowCommand command);

/// The command for a code written by codeName(); nothing for any other text (exact match).
std::optional<WorkflowCommand> workflowCommandFromCode(const QString& code);

/// The button label in the UI language: "Submit", "Withdraw", "Return", ...
QString displayName(WorkflowCommand command);

} // namespace kinerja
