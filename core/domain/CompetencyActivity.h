// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * One kegiatan pengembangan kompetensi of an employee (domain.md 7; PP 11/2017 jo. PP 17/2020): a course,
 * seminar, coaching, e-learning... counted in jam pelajaran (JP). 1 JP = 45 minutes (Peraturan LAN). Every PNS
 * needs at least 20 JP a year (CompetencySummary). A plain value type.
 */
class CompetencyActivity
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyActivity)

public:
    /// Bentuk pengembangan kompetensi: klasikal (pelatihan, seminar, kursus...) or non-klasikal (coaching,
    /// mentoring, e-learning, belajar mandiri, magang...).
    enum class Kind
    {
        Klasikal,
        NonKlasikal
    };

    static constexpr int kMinutesPerLessonHour = 45;

    QUuid id;
    QUuid employeeId;
    QString name; ///< nama kegiatan
    Kind kind = Kind::Klasikal;
    QString organizer; ///< penyelenggara
    QDate date; ///< tanggal (the first day, for a multi-day activity); its year is the year the JP count for
    int lessonHours = 0; ///< jumlah JP, whole JP as on the certificate
    QString certificateReference; ///< nomor sertifikat or a reference to the evidence file; may be empty

    /// "Klasikal" or "Non-Klasikal". Not translated.
    static QString officialName(Kind kind);
    /// Accepts "Klasikal", "Non-Klasikal", "nonklasikal", "non klasikal", any case.
    static Result<Kind> parseKind(const QString& text);

    /**
     * Whole JP for a duration in minutes, rounded down: only a complete JP counts (100 minutes = 2 JP, the
     * remaining 10 minutes do not). Negative minutes give 0.
     */
    static int lessonHoursFromMinutes(int minutes);
    static int minutesFromLessonHours(int lessonHours) { return lessonHours * kMinutesPerLessonHour; }

    /// Checks the fields a record must have: a name, a valid date and at least 1 JP. Lists every problem.
    Status validate() const;

    friend bool operator==(const CompetencyActivity&, const CompetencyActivity&) = default;
};

} // namespace kinerja
