// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TransitionContext.h"

namespace kinerja {

bool TransitionContext::hasReason() const
{
    return !reason.trimmed().isEmpty();
}

QDate TransitionContext::lastEntryDay() const
{
    if (!entryDeadline.isValid()) {
        return {};
    }
    return extendedUntil.isValid() && extendedUntil > entryDeadline ? extendedUntil : entryDeadline;
}

bool TransitionContext::isPeriodOpen() const
{
    const auto last = lastEntryDay();
    return !last.isValid() || (today.isValid() && today <= last);
}

bool TransitionContext::isWithinObjectionWindow() const
{
    return today.isValid() && finalizedOn.isValid() && finalizedOn.daysTo(today) <= kObjectionWindowDays;
}

} // namespace kinerja
