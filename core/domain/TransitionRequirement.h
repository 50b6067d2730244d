// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinerja {

/**
 * What a transition row demands beyond the role (TransitionTable). Two sorts:
 * - arguments the user gives with the command (a reason, an outcome, an extension date): the UI enables the
 *   button and asks for them;
 * - conditions on the document and the date (objection window, period open): when they fail the button is
 *   disabled (Workflow::availableCommands leaves the command out).
 */
enum class TransitionRequirement
{
    ReasonRequired = 0x01, ///< argument: a non-blank reason (catatan) goes with the command
    OutcomeRequired = 0x02, ///< argument: the keberatan decision says confirmed or changed
    ExtensionIfLocked = 0x04, ///< argument: after the Batas Pengisian, a reopen gives a date (today or later)
    WithinObjectionWindow = 0x08, ///< condition: at most 14 days after the evaluation was finalized
    PeriodOpen = 0x10 ///< condition: the period's Batas Pengisian has not passed, or an admin extension runs
};

Q_DECLARE_FLAGS(TransitionRequirements, TransitionRequirement)
Q_DECLARE_OPERATORS_FOR_FLAGS(TransitionRequirements)

/// Every requirement, in declaration order.
QList<TransitionRequirement> allTransitionRequirements();

/// True for the requirements the user supplies with the command (reason, outcome, extension date).
bool isArgument(TransitionRequirement requirement);

/// The stable code for the server's copy of the table: "reason-required", "outcome-required",
/// "extension-if-locked", "within-objection-window", "period-open". Never translated.
QString codeName(TransitionRequirement requirement);

/// The codes of the set flags, in declaration order.
QStringList codeNames(TransitionRequirements requirements);

/// The requirement for a code written by codeName(); nothing for any other text (exact match).
std::optional<TransitionRequirement> transitionRequirementFromCode(const QString& code);

} // namespace kinerja
