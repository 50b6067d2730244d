// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/OrgUnit.h"

namespace kinerja {

QString OrgUnit::officialKindName(Kind kind)
{
    switch (kind) {
    case Kind::Instansi:
        return QStringLiteral("Instansi");
    case Kind::Opd:
        return QStringLiteral("Perangkat Daerah");
    case Kind::Bidang:
        return QStringLiteral("Bidang");
    case Kind::Bagian:
        return QStringLiteral("Bagian");
    case Kind::Seksi:
        return QStringLiteral("Seksi");
    case Kind::Subbagian:
        return QStringLiteral("Subbagian");
    case Kind::Uptd:
        return QStringLiteral("UPTD");
    case Kind::School:
        return QStringLiteral("Sekolah");
    }
    return {};
}

} // namespace kinerja
