// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kinerja {

/**
 * The ids of the plan page's undo commands that merge (QUndoCommand::id(), mergeWith()): typing in the same field
 * of the same item becomes one step of Edit > Undo. One enum for the feature (style.md R12); commands that never
 * merge return -1.
 */
enum PlanCommandId
{
    EditResultTextCommandId = 4100,
    EditResultIntervenedTextCommandId,
    EditResultAssignedByCommandId,
    EditIndicatorTextCommandId,
    EditIndicatorTargetCommandId,
    EditIndicatorUnitCommandId,
    EditIndicatorNarrativeCommandId,
    EditAppendixLineCommandId
};

} // namespace kinerja
