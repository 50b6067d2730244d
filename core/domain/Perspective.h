// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/// Perspektif of a JPT indicator (balanced-scorecard style, domain.md 2.5). Only JPT forms use it.
enum class Perspective
{
    ServiceRecipients, ///< "Penerima Layanan"
    BusinessProcess, ///< "Proses Bisnis"
    InternalStrengthening, ///< "Penguatan Internal"
    Budget ///< "Anggaran"
};

QList<Perspective> allPerspectives();

/// "Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran". Not translated.
QString officialName(Perspective perspective);

/// The perspective for its official name, in any case; nullopt otherwise.
std::optional<Perspective> perspectiveFromName(const QString& name);

} // namespace kinerja
