// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActorRole.h"

#include <QDate>
#include <QUuid>

namespace kinerja {

class ReportingLines;

/**
 * Derives the roles a person holds for one document from the reporting lines (who assesses whom on a date,
 * including Plt./Plh.), for Permissions and Workflow.
 *
 * The document date is the date the question is about: for an SKP its start date (or today while it is being
 * planned), for an evaluation the last day of its period. The roles are:
 *  - Employee when the person owns the document;
 *  - Assessor when ReportingLines::assessorOf(owner, date) is the person (definitive, Plt, Plh or override);
 *  - SecondAssessor when ReportingLines::secondAssessorOf(owner, date) is the person;
 *  - Admin when `isAdmin` (the admin flag comes from the person's account, not from the tree);
 *  - InvitedColleague when `isInvitedColleague` and no other role applies (an invitation gives no more than
 *    feedback, and is pointless for someone who already has a role).
 */
class ActorRoles
{
public:
    ActorRoles() = delete;

    static ActorRoleSet forDocument(const ReportingLines& lines,
        const QUuid& ownerEmployeeId,
        QDate documentDate,
        const QUuid& personId,
        bool isAdmin,
        bool isInvitedColleague = false);
};

} // namespace kinerja
