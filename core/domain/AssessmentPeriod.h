// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/EvaluationCadence.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * One periode penilaian (domain.md 3.2): a periodic evaluation (one month, quarter or semester) or the annual
 * (final) evaluation of an SKP. Mirrors e-Kinerja's period record: name, start, end, Batas Pengisian, type, locked.
 *
 * Printed label (PERIODE: ...). domain.md marks the exact wording as unconfirmed [U]; we print
 *   quarterly "TRIWULAN I" .. "TRIWULAN IV", monthly "BULAN JANUARI" .. "BULAN DESEMBER",
 *   semester "SEMESTER I" / "SEMESTER II", annual "AKHIR" (as on the guru Dokumen Evaluasi and the
 *   believed Permen label "TRIWULAN I/II/III/IV-AKHIR"; e-Kinerja's internal name is "FINAL").
 * An agency that prints otherwise sets `customLabel`, which then wins.
 * The storage type code (typeCode()) is the cadence name, or "TAHUNAN" for the annual evaluation.
 */
struct AssessmentPeriod
{
    int year = 0;
    std::optional<EvaluationCadence> cadence; ///< nullopt for the annual (final) evaluation
    int number = 0; ///< 1-based calendar position in the year (BULAN 7 = Juli, TRIWULAN 3); 0 for the annual one
    QDate start; ///< first day, inclusive; clipped to the SKP's start for a mid-year SKP
    QDate end; ///< last day, inclusive; clipped to the SKP's end
    QDate entryDeadline; ///< batas pengisian, inclusive: entries are on time up to and including this day
    bool locked = false; ///< closed by the personnel office: no more entries, whatever the date
    QString customLabel; ///< overrides label() when not empty

    bool isAnnual() const { return !cadence.has_value(); }

    /// "TRIWULAN III", "BULAN JULI", "SEMESTER II", "AKHIR", or customLabel. Not translated.
    QString label() const;

    /// "BULANAN", "TRIWULANAN", "SEMESTER" or "TAHUNAN". Not translated.
    QString typeCode() const;

    /// True when `date` lies within start..end (inclusive).
    bool contains(QDate date) const { return date.isValid() && date >= start && date <= end; }

    /// True when `today` is after the batas pengisian (the deadline day itself is still on time). A period without a
    /// deadline is never late. Pass the date from the injected clock.
    bool isPastDeadline(QDate today) const { return entryDeadline.isValid() && today > entryDeadline; }

    /// True when entries are still accepted on `today`: not locked and not past the deadline.
    bool isOpenForEntry(QDate today) const { return !locked && !isPastDeadline(today); }

    friend bool operator==(const AssessmentPeriod&, const AssessmentPeriod&) = default;
};

/// "I".."XII" for 1..12; empty otherwise. Used by period labels.
QString romanNumeral(int number);

} // namespace kinerja
