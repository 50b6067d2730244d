// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FunctionalLevel.h"

#include <QCoreApplication>

namespace kinerja {

namespace {

QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QList<FunctionalLevel> allFunctionalLevels()
{
    return {FunctionalLevel::Pemula, FunctionalLevel::Terampil, FunctionalLevel::Mahir, FunctionalLevel::Penyelia,
        FunctionalLevel::AhliPertama, FunctionalLevel::AhliMuda, FunctionalLevel::AhliMadya,
        FunctionalLevel::AhliUtama};
}

QString officialName(FunctionalLevel level)
{
    switch (level) {
    case FunctionalLevel::Pemula:
        return QStringLiteral("Pemula");
    case FunctionalLevel::Terampil:
        return QStringLiteral("Terampil");
    case FunctionalLevel::Mahir:
        return QStringLiteral("Mahir");
    case FunctionalLevel::Penyelia:
        return QStringLiteral("Penyelia");
    case FunctionalLevel::AhliPertama:
        return QStringLiteral("Ahli Pertama");
    case FunctionalLevel::AhliMuda:
        return QStringLiteral("Ahli Muda");
    case FunctionalLevel::AhliMadya:
        return QStringLiteral("Ahli Madya");
    case FunctionalLevel::AhliUtama:
        return QStringLiteral("Ahli Utama");
    }
    return {};
}

bool isExpertLevel(FunctionalLevel level)
{
    switch (level) {
    case FunctionalLevel::AhliPertama:
    case FunctionalLevel::AhliMuda:
    case FunctionalLevel::AhliMadya:
    case FunctionalLevel::AhliUtama:
        return true;
    case FunctionalLevel::Pemula:
    case FunctionalLevel::Terampil:
    case FunctionalLevel::Mahir:
    case FunctionalLevel::Penyelia:
        return false;
    }
    return false;
}

Result<FunctionalLevel> parseFunctionalLevel(const QString& text)
{
    const QString key = squeezed(text);
    for (const FunctionalLevel level : allFunctionalLevels()) {
        if (squeezed(officialName(level)) == key)
            return level;
    }
    return Result<FunctionalLevel>::failure(
        QCoreApplication::translate(
            "FunctionalLevel", "\"%1\" is not a jenjang of a jabatan fungsional. Use one of: %2.")
            .arg(text.trimmed(),
                QStringLiteral("Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda, "
                               "Ahli Madya, Ahli Utama")));
}

} // namespace kinerja
