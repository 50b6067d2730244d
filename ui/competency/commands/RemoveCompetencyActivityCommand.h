// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class CompetencyPage;

/**
 * Removes a kegiatan pengembangan kompetensi: tombstoned at once (CompetencyRepository::tombstone), never deleted;
 * undo revives the same row with its values (CompetencyActivityRestorer). A failure makes the command obsolete and
 * is reported through the page. The page owns the undo stack and outlives the command.
 */
class RemoveCompetencyActivityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCompetencyActivityCommand)

public:
    RemoveCompetencyActivityCommand(CompetencyPage& page, const CompetencyActivity& activity);

    void redo() override;
    void undo() override;

private:
    CompetencyPage& m_page; // not owned
    CompetencyActivity m_activity;
};

} // namespace kinerja
