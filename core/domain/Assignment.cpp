// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Assignment.h"

#include <QLocale>

namespace kinerja {

bool Assignment::isActiveOn(QDate date) const
{
    return date.isValid() && from.isValid() && from <= date && (!to || date <= *to);
}

bool Assignment::overlaps(const Assignment& other) const
{
    const bool startsBeforeOtherEnds = !other.to || from <= *other.to;
    const bool otherStartsBeforeThisEnds = !to || other.from <= *to;
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
}

QString Assignment::officialPrefix(Kind kind)
{
    switch (kind) {
    case Kind::Definitive:
        return {};
    case Kind::Plt:
        return QStringLiteral("Plt.");
    case Kind::Plh:
        return QStringLiteral("Plh.");
    }
    return {};
}

QString Assignment::signatureTitle() const
{
    const QString prefix = officialPrefix(kind);
    const QString title = position.fullTitle();
    return prefix.isEmpty() ? title : prefix + u' ' + title;
}

Status Assignment::validate() const
{
    QStringList problems;
    if (employeeId.isNull()) {
        problems << tr("The assignment names no employee.");
    }
    if (const Status positionStatus = position.validate(); !positionStatus) {
        problems << positionStatus.problems();
    }
    if (!from.isValid()) {
        problems << tr("The assignment to \"%1\" has no start date.").arg(position.fullTitle());
    } else if (to && to->isValid() && *to < from) {
        problems << tr("The assignment to \"%1\" ends on %2, before it starts on %3.")
                        .arg(position.fullTitle(), QLocale().toString(*to, QLocale::ShortFormat),
                            QLocale().toString(from, QLocale::ShortFormat));
    }
    if (to && !to->isValid()) {
        problems << tr("The end date of the assignment to \"%1\" is not a valid date.").arg(position.fullTitle());
    }
    if (kind != Kind::Definitive && !isHead) {
        problems << tr("Plt and Plh assignments are only possible for the head of a unit; \"%1\" is not a head "
                       "position.")
                        .arg(position.fullTitle());
    }
    if (assessorOverride && *assessorOverride == employeeId) {
        problems << tr("An employee cannot be their own Pejabat Penilai Kinerja.");
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

} // namespace kinerja
