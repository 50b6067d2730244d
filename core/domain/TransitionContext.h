// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ObjectionOutcome.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * What a workflow command is checked against besides the table: the arguments the user gave and the dates
 * of the document. Time is injected: `today` is the caller's date, never read inside the rules.
 * Leave a field empty when it does not apply; a rule that needs an empty field refuses with a reason.
 */
struct TransitionContext
{
    /// Days after finalisation on which a keberatan may still be filed (PP 30/2019 Ps 59): the evaluation is
    /// finalized on day 0, and day 14 is the last day.
    static constexpr int kObjectionWindowDays = 14;

    /// The caller's date (the local date of the device, or the server's date when it re-checks).
    QDate today;
    /// Argument: the reason (catatan) for return, object, decide, reopen, supersede.
    QString reason;
    /// Argument: the decision on a keberatan.
    std::optional<ObjectionOutcome> outcome;
    /// The date the evaluation was finalized (for Object).
    QDate finalizedOn;
    /// The Batas Pengisian of the evaluation's period; invalid when the period has none.
    QDate entryDeadline;
    /// An admin extension of the Batas Pengisian for this one document; invalid when there is none.
    /// For Reopen it is the argument: the new date given with the command.
    QDate extendedUntil;

    /// True when the reason has more than white space.
    bool hasReason() const;

    /// The last day on which the pegawai may still submit: the later of entryDeadline and extendedUntil;
    /// invalid when there is no deadline at all.
    QDate lastEntryDay() const;

    /// True when there is no deadline, or today is on or before lastEntryDay().
    bool isPeriodOpen() const;

    /// True when today is at most kObjectionWindowDays after finalizedOn. False when a date is missing.
    bool isWithinObjectionWindow() const;
};

} // namespace kinerja
