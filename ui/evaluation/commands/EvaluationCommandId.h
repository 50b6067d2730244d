// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kinerja {

/// QUndoCommand::id() values of the evaluation page's commands (style.md R12): the ones that merge have an id.
enum class EvaluationCommandId
{
    SaveRealization = 4100, ///< typing in the same field of the same indicator merges into one step
};

} // namespace kinerja
