// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/PeriodsCreateYearCommand.h"

#include "core/storage/AgencyAdministration.h"
#include "ui/office/PeriodsPage.h"

namespace kinerja {

PeriodsCreateYearCommand::PeriodsCreateYearCommand(PeriodsPage& page, int year, EvaluationCadence cadence)
    : m_page(page)
    , m_year(year)
    , m_cadence(cadence)
{
    setText(tr("Create the %1 periods of %2").arg(officialName(cadence), QString::number(year)));
}

void PeriodsCreateYearCommand::redo()
{
    setObsolete(true); // never undone: see the class comment
    const auto created = m_page.administration().createYear(m_year, m_cadence);
    if (!created) {
        m_page.reportFailure(text(), created.error());
        return;
    }
    m_succeeded = true;
    m_page.yearCreated(m_year, static_cast<int>(created->size()));
}

} // namespace kinerja
