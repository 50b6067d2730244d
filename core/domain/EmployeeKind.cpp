// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/EmployeeKind.h"

namespace kinerja {

QString officialName(EmployeeKind kind)
{
    switch (kind) {
    case EmployeeKind::Pns:
        return QStringLiteral("PNS");
    case EmployeeKind::Pppk:
        return QStringLiteral("PPPK");
    }
    return {};
}

} // namespace kinerja
