// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * How often the periodic evaluations (evaluasi periodik) of a year happen (domain.md 3.2, product decisions).
 * Chosen per year and agency; the annual evaluation (AKHIR) always exists besides these.
 */
enum class EvaluationCadence
{
    Monthly, ///< "BULANAN": 12 periods, common where TPP is paid monthly
    Quarterly, ///< "TRIWULANAN": 4 periods; the default
    Semester ///< "SEMESTER": 2 periods, for teachers (guru)
};

/// TRIWULANAN, the product default.
constexpr EvaluationCadence defaultEvaluationCadence()
{
    return EvaluationCadence::Quarterly;
}

/// Every cadence, in declaration order.
QList<EvaluationCadence> allEvaluationCadences();

/// The official code, as e-Kinerja's "Jenis Periode" and our storage write it: "BULANAN", "TRIWULANAN", "SEMESTER".
/// Not translated.
QString officialName(EvaluationCadence cadence);

/// The cadence for an official code, in any case and ignoring surrounding spaces; nullopt for anything else
/// (callers word their own error).
std::optional<EvaluationCadence> evaluationCadenceFromName(const QString& name);

/// 12, 4 or 2.
int periodsPerYear(EvaluationCadence cadence);

/// 1, 3 or 6.
int monthsPerPeriod(EvaluationCadence cadence);

} // namespace kinerja
