// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace kinerja {

/**
 * Jenjang jabatan fungsional (domain.md 1.3). Keterampilan: Pemula, Terampil, Mahir, Penyelia;
 * keahlian: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama. Declared in ascending order within each category.
 */
enum class FunctionalLevel
{
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama
};

/// Every level, in declaration order.
QList<FunctionalLevel> allFunctionalLevels();

/// The official Indonesian name, exactly as printed: "Ahli Muda", "Penyelia". Not translated.
QString officialName(FunctionalLevel level);

/// True for the keahlian levels (Ahli Pertama .. Ahli Utama), false for keterampilan (Pemula .. Penyelia).
bool isExpertLevel(FunctionalLevel level);

/// Accepts the official name in any case and with spaces, dashes, dots or underscores between the words,
/// or none: "Ahli Muda", "ahli-muda", "AhliMuda". A translated reason when the text names no level.
Result<FunctionalLevel> parseFunctionalLevel(const QString& text);

} // namespace kinerja
