// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinerja {

/**
 * The seven BerAKHLAK core values of perilaku kerja (domain.md 2.7, SE MenPANRB 20/2021), in their printed order.
 * Their names and guidance texts are fixed reference data, printed exactly and never translated.
 */
enum class CoreValue
{
    ServiceOriented, ///< 1 "Berorientasi Pelayanan"
    Accountable, ///< 2 "Akuntabel"
    Competent, ///< 3 "Kompeten"
    Harmonious, ///< 4 "Harmonis"
    Loyal, ///< 5 "Loyal"
    Adaptive, ///< 6 "Adaptif"
    Collaborative ///< 7 "Kolaboratif"
};

/// The seven values in printed order (1..7).
QList<CoreValue> allCoreValues();

/// 1..7, the row number on the SKP form.
int coreValueNumber(CoreValue value);

/// "Berorientasi Pelayanan", "Akuntabel", ... exactly as printed. Not translated.
QString officialName(CoreValue value);

/// The three panduan perilaku, in order, full wording (no "BMN" abbreviation), without their numbers.
QStringList guidance(CoreValue value);

/// The value for its official name, in any case; nullopt otherwise.
std::optional<CoreValue> coreValueFromName(const QString& name);

} // namespace kinerja
