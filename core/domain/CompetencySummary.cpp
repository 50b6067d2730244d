// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CompetencySummary.h"

#include <QLocale>

#include <algorithm>

namespace kinerja {

CompetencySummary CompetencySummary::summarize(
    const QUuid& employeeId, int year, const QList<CompetencyActivity>& activities)
{
    CompetencySummary summary;
    summary.m_employeeId = employeeId;
    summary.m_year = year;
    for (const auto& activity : activities) {
        if (activity.employeeId != employeeId || !activity.date.isValid() || activity.date.year() != year) {
            continue;
        }
        ++summary.m_activityCount;
        const int hours = std::max(0, activity.lessonHours);
        if (activity.kind == CompetencyActivity::Kind::Klasikal) {
            summary.m_klasikalLessonHours += hours;
        } else {
            summary.m_nonKlasikalLessonHours += hours;
        }
    }
    return summary;
}

int CompetencySummary::lessonHours(CompetencyActivity::Kind kind) const
{
    return kind == CompetencyActivity::Kind::Klasikal ? m_klasikalLessonHours : m_nonKlasikalLessonHours;
}

int CompetencySummary::missingLessonHours() const
{
    return std::max(0, kRequiredLessonHoursPerYear - totalLessonHours());
}

QString CompetencySummary::statusText() const
{
    if (isRequirementMet()) {
        return tr("%1 JP in %2: the minimum of %3 JP a year is met.")
            .arg(QLocale().toString(totalLessonHours()), QString::number(m_year),
                QLocale().toString(kRequiredLessonHoursPerYear));
    }
    return tr("%1 JP in %2: %3 JP short of the minimum of %4 JP a year.")
        .arg(QLocale().toString(totalLessonHours()), QString::number(m_year), QLocale().toString(missingLessonHours()),
            QLocale().toString(kRequiredLessonHoursPerYear));
}

} // namespace kinerja
