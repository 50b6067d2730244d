// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Position.h"

namespace kinerja {

QString Position::fullTitle() const
{
    const QString name = title.simplified();
    if (!functionalLevel) {
        return name;
    }
    const QString level = officialName(*functionalLevel);
    if (name.endsWith(level, Qt::CaseInsensitive)) {
        return name;
    }
    return name.isEmpty() ? level : name + u' ' + level;
}

Status Position::validate() const
{
    QStringList problems;
    if (title.trimmed().isEmpty()) {
        problems << tr("The position has no title.");
    }
    if (kind == PositionKind::Fungsional && !functionalLevel) {
        problems << tr("The functional position \"%1\" needs a jenjang (e.g. Ahli Muda).").arg(title.simplified());
    }
    if (kind != PositionKind::Fungsional && functionalLevel) {
        problems << tr("Only a functional position has a jenjang; \"%1\" is a %2.")
                        .arg(title.simplified(), shortOfficialName(kind));
    }
    if (unitId.isNull()) {
        problems << tr("The position \"%1\" belongs to no organisational unit.").arg(title.simplified());
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

} // namespace kinerja
