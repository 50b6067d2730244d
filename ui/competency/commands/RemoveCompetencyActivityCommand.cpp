// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/commands/RemoveCompetencyActivityCommand.h"

#include "core/storage/CompetencyActivityRestorer.h"
#include "core/storage/CompetencyRepository.h"
#include "ui/competency/CompetencyPage.h"

namespace kinerja {

RemoveCompetencyActivityCommand::RemoveCompetencyActivityCommand(
    CompetencyPage& page, const CompetencyActivity& activity)
    : m_page(page)
    , m_activity(activity)
{
    setText(tr("Remove the activity \"%1\"").arg(activity.name));
}

void RemoveCompetencyActivityCommand::redo()
{
    const auto removed = CompetencyRepository(m_page.database()).tombstone(m_activity.id, m_page.authorId());
    if (!removed) {
        setObsolete(true);
        m_page.reportFailure(text(), removed.error());
        return;
    }
    m_page.activityRemoved(m_activity);
}

void RemoveCompetencyActivityCommand::undo()
{
    const auto restored = CompetencyActivityRestorer(m_page.database()).restore(m_activity, m_page.authorId());
    if (!restored) {
        setObsolete(true);
        m_page.reportFailure(text(), restored.error());
        return;
    }
    m_page.activityStored(m_activity);
}

} // namespace kinerja
