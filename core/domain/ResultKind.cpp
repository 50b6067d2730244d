// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResultKind.h"

namespace kinerja {

QString officialName(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Main:
        return QStringLiteral("UTAMA");
    case ResultKind::Additional:
        return QStringLiteral("TAMBAHAN");
    }
    return {};
}

std::optional<ResultKind> resultKindFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const ResultKind kind : {ResultKind::Main, ResultKind::Additional}) {
        if (key.compare(officialName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace kinerja
