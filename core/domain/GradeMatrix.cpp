// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GradeMatrix.h"

namespace kinerja {

PerformanceGrade GradeMatrix::grade(Rating resultRating, Rating behaviorRating)
{
    if (behaviorRating == Rating::BelowExpectation) {
        return resultRating == Rating::BelowExpectation ? PerformanceGrade::VeryPoor : PerformanceGrade::PoorMisconduct;
    }
    if (resultRating == Rating::BelowExpectation) {
        return PerformanceGrade::NeedsImprovement;
    }
    if (resultRating == Rating::AboveExpectation && behaviorRating == Rating::AboveExpectation) {
        return PerformanceGrade::VeryGood;
    }
    return PerformanceGrade::Good;
}

} // namespace kinerja
