// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PositionKind.h"

namespace kinerja {

QString officialName(PositionKind kind)
{
    switch (kind) {
    case PositionKind::Jpt:
        return QStringLiteral("Jabatan Pimpinan Tinggi");
    case PositionKind::Administrator:
        return QStringLiteral("Jabatan Administrator");
    case PositionKind::Pengawas:
        return QStringLiteral("Jabatan Pengawas");
    case PositionKind::Pelaksana:
        return QStringLiteral("Jabatan Pelaksana");
    case PositionKind::Fungsional:
        return QStringLiteral("Jabatan Fungsional");
    }
    return {};
}

QString shortOfficialName(PositionKind kind)
{
    switch (kind) {
    case PositionKind::Jpt:
        return QStringLiteral("JPT");
    case PositionKind::Administrator:
        return QStringLiteral("Administrator");
    case PositionKind::Pengawas:
        return QStringLiteral("Pengawas");
    case PositionKind::Pelaksana:
        return QStringLiteral("Pelaksana");
    case PositionKind::Fungsional:
        return QStringLiteral("Fungsional");
    }
    return {};
}

} // namespace kinerja
