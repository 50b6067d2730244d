// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ObjectionOutcome.h"

#include <QCoreApplication>

namespace kinerja {

QList<ObjectionOutcome> allObjectionOutcomes()
{
    return {ObjectionOutcome::Confirmed, ObjectionOutcome::Changed};
}

QString codeName(ObjectionOutcome outcome)
{
    switch (outcome) {
    case ObjectionOutcome::Confirmed:
        return QStringLiteral("confirmed");
    case ObjectionOutcome::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

std::optional<ObjectionOutcome> objectionOutcomeFromCode(const QString& code)
{
    for (const auto outcome : allObjectionOutcomes()) {
        if (codeName(outcome) == code) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString displayName(ObjectionOutcome outcome)
{
    switch (outcome) {
    case ObjectionOutcome::Confirmed:
        return QCoreApplication::translate("ObjectionOutcome", "Result confirmed");
    case ObjectionOutcome::Changed:
        return QCoreApplication::translate("ObjectionOutcome", "Result changed");
    }
    return {};
}

} // namespace kinerja
