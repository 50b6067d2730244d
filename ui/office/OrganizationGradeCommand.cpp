// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/OrganizationGradeCommand.h"

#include "core/storage/AgencyAdministration.h"
#include "ui/office/OrganizationGradePage.h"

namespace kinerja {

OrganizationGradeCommand::OrganizationGradeCommand(OrganizationGradePage& page,
    const QUuid& unitId,
    const QUuid& periodId,
    const QString& unitName,
    const Value& before,
    const Value& after)
    : m_page(page)
    , m_unitId(unitId)
    , m_periodId(periodId)
    , m_before(before)
    , m_after(after)
{
    setText(after.grade ? tr("Set the organisation grade of %1 to %2").arg(unitName, officialName(*after.grade))
                        : tr("Remove the organisation grade of %1").arg(unitName));
}

void OrganizationGradeCommand::redo()
{
    store(m_after);
}

void OrganizationGradeCommand::undo()
{
    store(m_before);
}

void OrganizationGradeCommand::store(const Value& value)
{
    const auto stored = m_page.administration().setOrganizationGrade(m_unitId, m_periodId, value.grade, value.setBy);
    if (!stored) {
        setObsolete(true);
        m_page.reportFailure(text(), stored.error());
        return;
    }
    m_page.gradeStored(m_unitId, m_periodId);
}

} // namespace kinerja
