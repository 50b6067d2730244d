// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Transition.h"

#include <QStringList>

namespace kinerja {

QString Transition::toString() const
{
    return QStringList {codeName(kind), codeName(from), codeName(command), codeName(role), codeName(to),
        codeNames(requirements).join(QLatin1Char(','))}
        .join(QStringLiteral(" | "));
}

} // namespace kinerja
