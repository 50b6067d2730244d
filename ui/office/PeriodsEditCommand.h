// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUuid>
#include <QVariant>

namespace kinerja {

class PeriodsPage;

/**
 * One change to a stored assessment period, stored at once through AgencyAdministration (which checks the admin
 * role): the batas pengisian (a QDate, invalid to clear it), the lock (bool) or the custom label (QString, empty for
 * the standard one). Undo stores the value it had before. A failure (refusal or bad input) makes the command
 * obsolete and is reported through the page; nothing is changed then. The page owns the undo stack and outlives the
 * command.
 */
class PeriodsEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeriodsEditCommand)

public:
    enum class Field
    {
        Deadline,
        Lock,
        Label
    };

    PeriodsEditCommand(PeriodsPage& page,
        const QUuid& periodId,
        const QString& periodLabel,
        Field field,
        const QVariant& before,
        const QVariant& after);

    void redo() override;
    void undo() override;

private:
    void store(const QVariant& value);

    PeriodsPage& m_page; // not owned
    QUuid m_periodId;
    Field m_field;
    QVariant m_before;
    QVariant m_after;
};

} // namespace kinerja
