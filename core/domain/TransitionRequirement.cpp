// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TransitionRequirement.h"

namespace kinerja {

QList<TransitionRequirement> allTransitionRequirements()
{
    return {TransitionRequirement::ReasonRequired, TransitionRequirement::OutcomeRequired,
        TransitionRequirement::ExtensionIfLocked, TransitionRequirement::WithinObjectionWindow,
        TransitionRequirement::PeriodOpen};
}

bool isArgument(TransitionRequirement requirement)
{
    switch (requirement) {
    case TransitionRequirement::ReasonRequired:
    case TransitionRequirement::OutcomeRequired:
    case TransitionRequirement::ExtensionIfLocked:
        return true;
    case TransitionRequirement::WithinObjectionWindow:
    case TransitionRequirement::PeriodOpen:
        return false;
    }
    return false;
}

QString codeName(TransitionRequirement requirement)
{
    switch (requirement) {
    case TransitionRequirement::ReasonRequired:
        return QStringLiteral("reason-required");
    case TransitionRequirement::OutcomeRequired:
        return QStringLiteral("outcome-required");
    case TransitionRequirement::ExtensionIfLocked:
        return QStringLiteral("extension-if-locked");
    case TransitionRequirement::WithinObjectionWindow:
        return QStringLiteral("within-objection-window");
    case TransitionRequirement::PeriodOpen:
        return QStringLiteral("period-open");
    }
    return {};
}

QStringList codeNames(TransitionRequirements requirements)
{
    QStringList codes;
    for (const auto requirement : allTransitionRequirements()) {
        if (requirements.testFlag(requirement)) {
            codes.append(codeName(requirement));
        }
    }
    return codes;
}

std::optional<TransitionRequirement> transitionRequirementFromCode(const QString& code)
{
    for (const auto requirement : allTransitionRequirements()) {
        if (codeName(requirement) == code) {
            return requirement;
        }
    }
    return std::nullopt;
}

} // namespace kinerja
