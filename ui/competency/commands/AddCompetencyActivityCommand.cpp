// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/commands/AddCompetencyActivityCommand.h"

#include "core/storage/CompetencyActivityRestorer.h"
#include "core/storage/CompetencyRepository.h"
#include "ui/competency/CompetencyPage.h"

namespace kinerja {

AddCompetencyActivityCommand::AddCompetencyActivityCommand(CompetencyPage& page, const CompetencyActivity& activity)
    : m_page(page)
    , m_activity(activity)
{
    setText(tr("Add the activity \"%1\"").arg(activity.name));
}

void AddCompetencyActivityCommand::redo()
{
    if (!m_stored) {
        const auto added = CompetencyRepository(m_page.database()).add(m_activity, m_page.authorId());
        if (!added) {
            setObsolete(true);
            m_page.reportFailure(text(), added.error());
            return;
        }
        m_activity = added.value();
        m_stored = true;
    } else if (const auto restored =
                   CompetencyActivityRestorer(m_page.database()).restore(m_activity, m_page.authorId());
               !restored) {
        setObsolete(true);
        m_page.reportFailure(text(), restored.error());
        return;
    }
    m_page.activityStored(m_activity);
}

void AddCompetencyActivityCommand::undo()
{
    const auto removed = CompetencyRepository(m_page.database()).tombstone(m_activity.id, m_page.authorId());
    if (!removed) {
        setObsolete(true);
        m_page.reportFailure(text(), removed.error());
        return;
    }
    m_page.activityRemoved(m_activity);
}

} // namespace kinerja
