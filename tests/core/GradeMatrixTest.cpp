// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GradeMatrix.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("GradeMatrix gives the predikat of every cell of the kuadran kinerja", "[core][grade]")
{
    using R = Rating;
    using G = PerformanceGrade;
    // Rows: rating hasil kerja; columns: rating perilaku kerja (domain.md 4.3).
    const auto [result, behavior, expected] = GENERATE(table<Rating, Rating, PerformanceGrade>({
        {R::AboveExpectation, R::BelowExpectation, G::PoorMisconduct},
        {R::AboveExpectation, R::AsExpected, G::Good},
        {R::AboveExpectation, R::AboveExpectation, G::VeryGood},
        {R::AsExpected, R::BelowExpectation, G::PoorMisconduct},
        {R::AsExpected, R::AsExpected, G::Good},
        {R::AsExpected, R::AboveExpectation, G::Good},
        {R::BelowExpectation, R::BelowExpectation, G::VeryPoor},
        {R::BelowExpectation, R::AsExpected, G::NeedsImprovement},
        {R::BelowExpectation, R::AboveExpectation, G::NeedsImprovement},
    }));
    CAPTURE(officialName(result), officialName(behavior));
    CHECK(GradeMatrix::grade(result, behavior) == expected);
}

TEST_CASE("GradeMatrix gives Sangat Baik only when both ratings are above expectation", "[core][grade]")
{
    int veryGood = 0;
    for (const Rating result : allRatings()) {
        for (const Rating behavior : allRatings()) {
            if (GradeMatrix::grade(result, behavior) == PerformanceGrade::VeryGood) {
                ++veryGood;
                CHECK(result == Rating::AboveExpectation);
                CHECK(behavior == Rating::AboveExpectation);
            }
        }
    }
    CHECK(veryGood == 1);
}
