// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ActorRoles.h"

#include "core/domain/ReportingLines.h"

namespace kinerja {

ActorRoleSet ActorRoles::forDocument(const ReportingLines& lines,
    const QUuid& ownerEmployeeId,
    QDate documentDate,
    const QUuid& personId,
    bool isAdmin,
    bool isInvitedColleague)
{
    ActorRoleSet roles;
    if (personId.isNull()) {
        return roles;
    }
    if (personId == ownerEmployeeId) {
        roles.insert(ActorRole::Employee);
    } else {
        if (const auto assessor = lines.assessorOf(ownerEmployeeId, documentDate);
            assessor && assessor->employeeId == personId) {
            roles.insert(ActorRole::Assessor);
        }
        if (const auto second = lines.secondAssessorOf(ownerEmployeeId, documentDate);
            second && second->employeeId == personId) {
            roles.insert(ActorRole::SecondAssessor);
        }
    }
    if (isAdmin) {
        roles.insert(ActorRole::Admin);
    }
    if (isInvitedColleague && roles.isEmpty()) {
        roles.insert(ActorRole::InvitedColleague);
    }
    return roles;
}

} // namespace kinerja
