// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FieldGroup.h"

#include <QCoreApplication>

namespace kinerja {

QList<FieldGroup> allFieldGroups()
{
    return {FieldGroup::PlanContent, FieldGroup::Realizations, FieldGroup::Evidence, FieldGroup::ColleagueInvitations,
        FieldGroup::BehaviorExpectations, FieldGroup::Feedback, FieldGroup::Ratings, FieldGroup::ColleagueFeedback,
        FieldGroup::OrganizationData, FieldGroup::Employees, FieldGroup::Assignments, FieldGroup::Periods,
        FieldGroup::OrganizationGrades};
}

std::optional<DocumentKind> documentKindOf(FieldGroup group)
{
    switch (group) {
    case FieldGroup::PlanContent:
    case FieldGroup::BehaviorExpectations:
        return DocumentKind::Plan;
    case FieldGroup::Realizations:
    case FieldGroup::Evidence:
    case FieldGroup::ColleagueInvitations:
    case FieldGroup::Feedback:
    case FieldGroup::Ratings:
    case FieldGroup::ColleagueFeedback:
        return DocumentKind::Evaluation;
    case FieldGroup::OrganizationData:
    case FieldGroup::Employees:
    case FieldGroup::Assignments:
    case FieldGroup::Periods:
    case FieldGroup::OrganizationGrades:
        return std::nullopt;
    }
    return std::nullopt;
}

QString codeName(FieldGroup group)
{
    switch (group) {
    case FieldGroup::PlanContent:
        return QStringLiteral("plan-content");
    case FieldGroup::Realizations:
        return QStringLiteral("realizations");
    case FieldGroup::Evidence:
        return QStringLiteral("evidence");
    case FieldGroup::ColleagueInvitations:
        return QStringLiteral("colleague-invitations");
    case FieldGroup::BehaviorExpectations:
        return QStringLiteral("behavior-expectations");
    case FieldGroup::Feedback:
        return QStringLiteral("feedback");
    case FieldGroup::Ratings:
        return QStringLiteral("ratings");
    case FieldGroup::ColleagueFeedback:
        return QStringLiteral("colleague-feedback");
    case FieldGroup::OrganizationData:
        return QStringLiteral("organization-data");
    case FieldGroup::Employees:
        return QStringLiteral("employees");
    case FieldGroup::Assignments:
        return QStringLiteral("assignments");
    case FieldGroup::Periods:
        return QStringLiteral("periods");
    case FieldGroup::OrganizationGrades:
        return QStringLiteral("organization-grades");
    }
    return {};
}

std::optional<FieldGroup> fieldGroupFromCode(const QString& code)
{
    for (const auto group : allFieldGroups()) {
        if (codeName(group) == code) {
            return group;
        }
    }
    return std::nullopt;
}

QString displayName(FieldGroup group)
{
    switch (group) {
    case FieldGroup::PlanContent:
        return QCoreApplication::translate("FieldGroup", "SKP content");
    case FieldGroup::Realizations:
        return QCoreApplication::translate("FieldGroup", "Action plans and realizations");
    case FieldGroup::Evidence:
        return QCoreApplication::translate("FieldGroup", "Evidence");
    case FieldGroup::ColleagueInvitations:
        return QCoreApplication::translate("FieldGroup", "Invited colleagues");
    case FieldGroup::BehaviorExpectations:
        return QCoreApplication::translate("FieldGroup", "Leader's specific expectations");
    case FieldGroup::Feedback:
        return QCoreApplication::translate("FieldGroup", "Feedback");
    case FieldGroup::Ratings:
        return QCoreApplication::translate("FieldGroup", "Ratings and grade");
    case FieldGroup::ColleagueFeedback:
        return QCoreApplication::translate("FieldGroup", "Colleague feedback");
    case FieldGroup::OrganizationData:
        return QCoreApplication::translate("FieldGroup", "Organisation units");
    case FieldGroup::Employees:
        return QCoreApplication::translate("FieldGroup", "Employees");
    case FieldGroup::Assignments:
        return QCoreApplication::translate("FieldGroup", "Position assignments");
    case FieldGroup::Periods:
        return QCoreApplication::translate("FieldGroup", "Assessment periods");
    case FieldGroup::OrganizationGrades:
        return QCoreApplication::translate("FieldGroup", "Organisation performance grades");
    }
    return {};
}

} // namespace kinerja
