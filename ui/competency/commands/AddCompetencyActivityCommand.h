// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class CompetencyPage;

/**
 * Adds a kegiatan pengembangan kompetensi, stored at once (CompetencyRepository::add). Undo tombstones it; redo
 * revives the same row (CompetencyActivityRestorer), so that later commands on the stack keep finding its id.
 * A failure makes the command obsolete and is reported through the page. The page owns the undo stack and outlives
 * the command.
 */
class AddCompetencyActivityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCompetencyActivityCommand)

public:
    AddCompetencyActivityCommand(CompetencyPage& page, const CompetencyActivity& activity);

    void redo() override;
    void undo() override;

    /// The activity as stored (its id set after the first redo()).
    const CompetencyActivity& activity() const { return m_activity; }

private:
    CompetencyPage& m_page; // not owned
    CompetencyActivity m_activity;
    bool m_stored = false; ///< the row exists (live or tombstoned): redo revives it
};

} // namespace kinerja
