// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CompetencyActivity.h"

#include "core/domain/ParseKey.h"

#include <QLocale>
#include <QStringList>

namespace kinerja {

QString CompetencyActivity::officialName(Kind kind)
{
    switch (kind) {
    case Kind::Klasikal:
        return QStringLiteral("Klasikal");
    case Kind::NonKlasikal:
        return QStringLiteral("Non-Klasikal");
    }
    return {};
}

Result<CompetencyActivity::Kind> CompetencyActivity::parseKind(const QString& text)
{
    const QString key = parseKey(text);
    if (key == QLatin1String("klasikal")) {
        return Kind::Klasikal;
    }
    if (key == QLatin1String("nonklasikal")) {
        return Kind::NonKlasikal;
    }
    return Result<Kind>::failure(
        tr("\"%1\" is not a form of competency development. Use Klasikal or Non-Klasikal.").arg(text.trimmed()));
}

int CompetencyActivity::lessonHoursFromMinutes(int minutes)
{
    return minutes > 0 ? minutes / kMinutesPerLessonHour : 0;
}

Status CompetencyActivity::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty()) {
        problems.append(tr("The activity needs a name."));
    }
    if (!date.isValid()) {
        problems.append(tr("The activity \"%1\" needs a valid date.").arg(name.trimmed()));
    }
    if (lessonHours < 1) {
        problems.append(tr("The activity \"%1\" must count at least 1 JP, not %2.")
                            .arg(name.trimmed(), QLocale().toString(lessonHours)));
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

} // namespace kinerja
