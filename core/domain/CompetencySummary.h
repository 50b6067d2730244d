// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * The yearly pengembangan kompetensi of one employee (domain.md 7): the JP of the activities dated in the year,
 * against the minimum of 20 JP a year (PP 11/2017 jo. PP 17/2020). A plain value type.
 */
class CompetencySummary
{
    Q_DECLARE_TR_FUNCTIONS(CompetencySummary)

public:
    static constexpr int kRequiredLessonHoursPerYear = 20;

    /**
     * Sums the activities of `employeeId` whose date falls in `year`; other employees' and other years'
     * activities, and activities without a valid date, are ignored. Negative JP count as 0.
     */
    static CompetencySummary summarize(const QUuid& employeeId, int year, const QList<CompetencyActivity>& activities);

    QUuid employeeId() const { return m_employeeId; }
    int year() const { return m_year; }
    int activityCount() const { return m_activityCount; }
    int totalLessonHours() const { return m_klasikalLessonHours + m_nonKlasikalLessonHours; }
    int lessonHours(CompetencyActivity::Kind kind) const;

    /// At least 20 JP in the year.
    bool isRequirementMet() const { return totalLessonHours() >= kRequiredLessonHoursPerYear; }
    /// The JP still missing to reach 20; 0 when the requirement is met.
    int missingLessonHours() const;

    /// One translated sentence: met with N JP, or N JP missing.
    QString statusText() const;

    friend bool operator==(const CompetencySummary&, const CompetencySummary&) = default;

private:
    QUuid m_employeeId;
    int m_year = 0;
    int m_activityCount = 0;
    int m_klasikalLessonHours = 0;
    int m_nonKlasikalLessonHours = 0;
};

} // namespace kinerja
