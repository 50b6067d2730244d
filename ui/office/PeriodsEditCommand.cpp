// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/PeriodsEditCommand.h"

#include "core/storage/AgencyAdministration.h"
#include "ui/office/PeriodsPage.h"

#include <QDate>

namespace kinerja {

PeriodsEditCommand::PeriodsEditCommand(PeriodsPage& page,
    const QUuid& periodId,
    const QString& periodLabel,
    Field field,
    const QVariant& before,
    const QVariant& after)
    : m_page(page)
    , m_periodId(periodId)
    , m_field(field)
    , m_before(before)
    , m_after(after)
{
    switch (field) {
    case Field::Deadline:
        setText(after.toDate().isValid() ? tr("Set the deadline of %1").arg(periodLabel)
                                         : tr("Clear the deadline of %1").arg(periodLabel));
        break;
    case Field::Lock:
        setText(after.toBool() ? tr("Lock %1").arg(periodLabel) : tr("Reopen %1").arg(periodLabel));
        break;
    case Field::Label:
        setText(after.toString().isEmpty() ? tr("Restore the standard label of %1").arg(periodLabel)
                                           : tr("Rename %1 to \"%2\"").arg(periodLabel, after.toString()));
        break;
    }
}

void PeriodsEditCommand::redo()
{
    store(m_after);
}

void PeriodsEditCommand::undo()
{
    store(m_before);
}

void PeriodsEditCommand::store(const QVariant& value)
{
    AgencyAdministration administration = m_page.administration();
    Status stored = success();
    switch (m_field) {
    case Field::Deadline:
        stored = administration.setDeadline(m_periodId, value.toDate());
        break;
    case Field::Lock:
        stored = administration.setLocked(m_periodId, value.toBool());
        break;
    case Field::Label:
        stored = administration.setCustomLabel(m_periodId, value.toString());
        break;
    }
    if (!stored) {
        setObsolete(true);
        m_page.reportFailure(text(), stored.error());
        return;
    }
    m_page.periodStored(m_periodId);
}

} // namespace kinerja
