// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/EvaluationCadence.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kinerja {

class PeriodsPage;

/**
 * Creates the periods of a year for a cadence, and the annual one (AgencyAdministration::createYear; idempotent:
 * existing periods keep their deadline and lock). Periods have the same ids on every device and are never removed,
 * so this command cannot be undone: after redo() it marks itself obsolete and QUndoStack drops it (the page asks
 * for a confirmation first). A failure is reported through the page. The page outlives the command.
 */
class PeriodsCreateYearCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeriodsCreateYearCommand)

public:
    PeriodsCreateYearCommand(PeriodsPage& page, int year, EvaluationCadence cadence);

    void redo() override;
    void undo() override { }

    /// True after a successful redo().
    bool succeeded() const { return m_succeeded; }

private:
    PeriodsPage& m_page; // not owned
    int m_year;
    EvaluationCadence m_cadence;
    bool m_succeeded = false;
};

} // namespace kinerja
