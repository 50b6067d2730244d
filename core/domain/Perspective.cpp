// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Perspective.h"

namespace kinerja {

QList<Perspective> allPerspectives()
{
    return {Perspective::ServiceRecipients, Perspective::BusinessProcess, Perspective::InternalStrengthening,
        Perspective::Budget};
}

QString officialName(Perspective perspective)
{
    switch (perspective) {
    case Perspective::ServiceRecipients:
        return QStringLiteral("Penerima Layanan");
    case Perspective::BusinessProcess:
        return QStringLiteral("Proses Bisnis");
    case Perspective::InternalStrengthening:
        return QStringLiteral("Penguatan Internal");
    case Perspective::Budget:
        return QStringLiteral("Anggaran");
    }
    return {};
}

std::optional<Perspective> perspectiveFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const Perspective perspective : allPerspectives()) {
        if (key.compare(officialName(perspective), Qt::CaseInsensitive) == 0)
            return perspective;
    }
    return std::nullopt;
}

} // namespace kinerja
