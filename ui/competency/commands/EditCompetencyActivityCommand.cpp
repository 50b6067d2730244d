// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/commands/EditCompetencyActivityCommand.h"

#include "core/storage/CompetencyRepository.h"
#include "ui/competency/CompetencyPage.h"

namespace kinerja {

EditCompetencyActivityCommand::EditCompetencyActivityCommand(
    CompetencyPage& page, const CompetencyActivity& before, const CompetencyActivity& after)
    : m_page(page)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit the activity \"%1\"").arg(after.name));
}

void EditCompetencyActivityCommand::redo()
{
    store(m_after);
}

void EditCompetencyActivityCommand::undo()
{
    store(m_before);
}

void EditCompetencyActivityCommand::store(const CompetencyActivity& activity)
{
    const auto stored = CompetencyRepository(m_page.database()).update(activity, m_page.authorId());
    if (!stored) {
        setObsolete(true);
        m_page.reportFailure(text(), stored.error());
        return;
    }
    m_page.activityStored(activity);
}

} // namespace kinerja
