// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ActorRole.h"

#include <QCoreApplication>

namespace kinerja {

QList<ActorRole> allActorRoles()
{
    return {ActorRole::Employee, ActorRole::Assessor, ActorRole::SecondAssessor, ActorRole::Admin,
        ActorRole::InvitedColleague};
}

QString codeName(ActorRole role)
{
    switch (role) {
    case ActorRole::Employee:
        return QStringLiteral("employee");
    case ActorRole::Assessor:
        return QStringLiteral("assessor");
    case ActorRole::SecondAssessor:
        return QStringLiteral("second-assessor");
    case ActorRole::Admin:
        return QStringLiteral("admin");
    case ActorRole::InvitedColleague:
        return QStringLiteral("invited-colleague");
    }
    return {};
}

std::optional<ActorRole> actorRoleFromCode(const QString& code)
{
    for (const auto role : allActorRoles()) {
        if (codeName(role) == code) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleTitle(ActorRole role)
{
    switch (role) {
    case ActorRole::Employee:
        return QString::fromUtf8(kEmployeeTitle);
    case ActorRole::Assessor:
        return QString::fromUtf8(kAssessorTitle);
    case ActorRole::SecondAssessor:
        return QString::fromUtf8(kSecondAssessorTitle);
    case ActorRole::Admin:
        return QCoreApplication::translate("ActorRole", "performance administrator");
    case ActorRole::InvitedColleague:
        return QCoreApplication::translate("ActorRole", "invited colleague");
    }
    return {};
}

} // namespace kinerja
