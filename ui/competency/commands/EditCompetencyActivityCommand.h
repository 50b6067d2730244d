// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class CompetencyPage;

/**
 * Changes a kegiatan pengembangan kompetensi, stored at once (CompetencyRepository::update); undo stores the values
 * it had before. A failure makes the command obsolete and is reported through the page. The page owns the undo
 * stack and outlives the command.
 */
class EditCompetencyActivityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCompetencyActivityCommand)

public:
    EditCompetencyActivityCommand(
        CompetencyPage& page, const CompetencyActivity& before, const CompetencyActivity& after);

    void redo() override;
    void undo() override;

private:
    void store(const CompetencyActivity& activity);

    CompetencyPage& m_page; // not owned
    CompetencyActivity m_before;
    CompetencyActivity m_after;
};

} // namespace kinerja
