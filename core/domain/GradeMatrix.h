// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"

namespace kinerja {

/**
 * The kuadran kinerja pegawai (domain.md 4.3, PermenPANRB 6/2022): rows are the rating hasil kerja, columns the
 * rating perilaku kerja, each cell a predikat kinerja pegawai.
 *
 *   Hasil kerja \ Perilaku   Di Bawah            Sesuai            Di Atas
 *   Di Atas                  Kurang/Misconduct   Baik              Sangat Baik
 *   Sesuai                   Kurang/Misconduct   Baik              Baik
 *   Di Bawah                 Sangat Kurang       Butuh Perbaikan   Butuh Perbaikan
 *
 * So behaviour below expectation always gives Kurang/Misconduct (Sangat Kurang when hasil kerja is below too),
 * and Sangat Baik needs both ratings above expectation. A pure function of the two ratings; no weighting.
 */
class GradeMatrix
{
public:
    static PerformanceGrade grade(Rating resultRating, Rating behaviorRating);
};

} // namespace kinerja
