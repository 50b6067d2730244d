// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/OrganizationGrade.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

#include <optional>

namespace kinerja {

class OrganizationGradePage;

/**
 * Sets, changes or removes the predikat kinerja organisasi of a unit for a period, on behalf of the official who
 * decided it (AgencyAdministration::setOrganizationGrade, which refuses anyone but an admin and a grade without
 * "set by"). Undo stores the grade and "set by" of before (or removes the grade when there was none). A failure makes
 * the command obsolete and is reported through the page; nothing is changed then. The page outlives the command.
 */
class OrganizationGradeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationGradeCommand)

public:
    struct Value
    {
        std::optional<OrganizationGrade> grade;
        QString setBy;
    };

    OrganizationGradeCommand(OrganizationGradePage& page,
        const QUuid& unitId,
        const QUuid& periodId,
        const QString& unitName,
        const Value& before,
        const Value& after);

    void redo() override;
    void undo() override;

private:
    void store(const Value& value);

    OrganizationGradePage& m_page; // not owned
    QUuid m_unitId;
    QUuid m_periodId;
    Value m_before;
    Value m_after;
};

} // namespace kinerja
