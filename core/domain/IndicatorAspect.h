// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/// Aspek of an IKI in the quantitative approach (domain.md 2.4). Kuantitas, Kualitas and Waktu are usual;
/// Biaya is optional.
enum class IndicatorAspect
{
    Quantity, ///< "Kuantitas"
    Quality, ///< "Kualitas"
    Time, ///< "Waktu"
    Cost ///< "Biaya"
};

QList<IndicatorAspect> allIndicatorAspects();

/// "Kuantitas", "Kualitas", "Waktu", "Biaya". Not translated.
QString officialName(IndicatorAspect aspect);

/// The aspect for its official name, in any case; nullopt otherwise.
std::optional<IndicatorAspect> indicatorAspectFromName(const QString& name);

} // namespace kinerja
