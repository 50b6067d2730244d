// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace kinerja {

/**
 * Rating hasil kerja and rating perilaku kerja (domain.md 4.1): three levels, set by the Pejabat Penilai
 * Kinerja without any formula. Declared from best to worst.
 */
enum class Rating
{
    AboveExpectation,
    AsExpected,
    BelowExpectation
};

/// Every rating, best first.
QList<Rating> allRatings();

/// The official Indonesian term, exactly as printed: "Di Atas Ekspektasi", "Sesuai Ekspektasi",
/// "Di Bawah Ekspektasi". Not translated.
QString officialName(Rating rating);

/// The stable code for files and JSON: "above", "as-expected", "below". Not translated.
QString codeName(Rating rating);

/**
 * Reads a rating, ignoring case, spaces, dashes and other punctuation. Accepted for each level:
 * - the official term and its short form: "Di Atas Ekspektasi", "di atas"; "Sesuai Ekspektasi", "sesuai";
 *   "Di Bawah Ekspektasi", "di bawah";
 * - the one-word spellings seen in other systems (domain.md 8 item 11): "Diatas Ekspektasi", "DIATAS",
 *   "Dibawah Ekspektasi", "dibawah";
 * - the code names: "above", "as-expected", "below", and the enum names "AboveExpectation", "AsExpected",
 *   "BelowExpectation".
 * Anything else fails with a translated message that lists the accepted words.
 */
Result<Rating> parseRating(const QString& text);

} // namespace kinerja
