// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace kinerja {

/**
 * Predikat kinerja pegawai (domain.md 4.2), the result of the kuadran kinerja (GradeMatrix).
 * Declared from best to worst; this order is also the order of the columns of the distribution table (4.5)
 * and of the five numbers of `kinerja-cli distribution --counts`.
 */
enum class PerformanceGrade
{
    VeryGood,
    Good,
    NeedsImprovement,
    PoorMisconduct,
    VeryPoor
};

/// Every grade, best first.
QList<PerformanceGrade> allPerformanceGrades();

/// The official term, exactly as printed: "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct",
/// "Sangat Kurang". Not translated.
QString officialName(PerformanceGrade grade);

/// The stable code for files and JSON: "very-good", "good", "needs-improvement", "poor-misconduct",
/// "very-poor". Not translated.
QString codeName(PerformanceGrade grade);

/// The short form used in tables and in `--counts`: "SB", "B", "BP", "K", "SK". Not translated.
QString abbreviation(PerformanceGrade grade);

/**
 * Reads a grade, ignoring case, spaces and punctuation. Accepted: the official term ("Sangat Baik",
 * "Kurang/Misconduct", "KURANG / MISCONDUCT"), "Kurang" and "Misconduct" alone for Kurang/Misconduct, the
 * abbreviation ("SB", "bp"), the code name ("very-good", "poor-misconduct") and the enum name ("VeryGood",
 * "PoorMisconduct"). Anything else fails with a translated message that lists the accepted words.
 */
Result<PerformanceGrade> parsePerformanceGrade(const QString& text);

} // namespace kinerja
