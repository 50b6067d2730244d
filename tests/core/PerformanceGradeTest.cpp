// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PerformanceGrade.h"

#include "core/domain/OrganizationGrade.h"
#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("PerformanceGrade prints the official predikat exactly", "[core][grade]")
{
    CHECK(officialName(PerformanceGrade::VeryGood) == QStringLiteral("Sangat Baik"));
    CHECK(officialName(PerformanceGrade::Good) == QStringLiteral("Baik"));
    CHECK(officialName(PerformanceGrade::NeedsImprovement) == QStringLiteral("Butuh Perbaikan"));
    CHECK(officialName(PerformanceGrade::PoorMisconduct) == QStringLiteral("Kurang/Misconduct"));
    CHECK(officialName(PerformanceGrade::VeryPoor) == QStringLiteral("Sangat Kurang"));
    CHECK(allPerformanceGrades().size() == 5);
}

TEST_CASE("PerformanceGrade parses every accepted spelling", "[core][grade]")
{
    using G = PerformanceGrade;
    const auto [spelling, expected] = GENERATE(table<QString, PerformanceGrade>({
        {QStringLiteral("Sangat Baik"), G::VeryGood},
        {QStringLiteral("SANGAT BAIK"), G::VeryGood},
        {QStringLiteral("sangat-baik"), G::VeryGood},
        {QStringLiteral("SB"), G::VeryGood},
        {QStringLiteral("very-good"), G::VeryGood},
        {QStringLiteral("VeryGood"), G::VeryGood},
        {QStringLiteral("Baik"), G::Good},
        {QStringLiteral("baik"), G::Good},
        {QStringLiteral("B"), G::Good},
        {QStringLiteral("good"), G::Good},
        {QStringLiteral("Good"), G::Good},
        {QStringLiteral("Butuh Perbaikan"), G::NeedsImprovement},
        {QStringLiteral("BUTUH PERBAIKAN"), G::NeedsImprovement},
        {QStringLiteral("bp"), G::NeedsImprovement},
        {QStringLiteral("needs-improvement"), G::NeedsImprovement},
        {QStringLiteral("NeedsImprovement"), G::NeedsImprovement},
        {QStringLiteral("Kurang/Misconduct"), G::PoorMisconduct},
        {QStringLiteral("kurang / misconduct"), G::PoorMisconduct},
        {QStringLiteral("KURANG/MISCONDUCT"), G::PoorMisconduct},
        {QStringLiteral("Kurang"), G::PoorMisconduct},
        {QStringLiteral("Misconduct"), G::PoorMisconduct},
        {QStringLiteral("K"), G::PoorMisconduct},
        {QStringLiteral("poor-misconduct"), G::PoorMisconduct},
        {QStringLiteral("PoorMisconduct"), G::PoorMisconduct},
        {QStringLiteral("poor"), G::PoorMisconduct},
        {QStringLiteral("Sangat Kurang"), G::VeryPoor},
        {QStringLiteral("sangat kurang"), G::VeryPoor},
        {QStringLiteral("SK"), G::VeryPoor},
        {QStringLiteral("very-poor"), G::VeryPoor},
        {QStringLiteral("VeryPoor"), G::VeryPoor},
    }));
    CAPTURE(spelling);
    const auto parsed = parsePerformanceGrade(spelling);
    REQUIRE(parsed.ok());
    CHECK(*parsed == expected);
}

TEST_CASE("PerformanceGrade rejects an unknown word and lists the accepted words", "[core][grade]")
{
    const auto spelling = GENERATE(as<QString> {}, "Cukup", "Istimewa", "", "sangat");
    CAPTURE(spelling);
    const auto parsed = parsePerformanceGrade(spelling);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QStringLiteral("is not a predikat kinerja pegawai")));
    CHECK(parsed.error().contains(QStringLiteral("Kurang/Misconduct")));
    CHECK(parsed.error().contains(QStringLiteral("Sangat Kurang")));
}

TEST_CASE("OrganizationGrade prints the official predikat exactly", "[core][grade]")
{
    CHECK(officialName(OrganizationGrade::Outstanding) == QStringLiteral("Istimewa"));
    CHECK(officialName(OrganizationGrade::Good) == QStringLiteral("Baik"));
    CHECK(officialName(OrganizationGrade::NeedsImprovement) == QStringLiteral("Butuh Perbaikan"));
    CHECK(officialName(OrganizationGrade::Poor) == QStringLiteral("Kurang"));
    CHECK(officialName(OrganizationGrade::VeryPoor) == QStringLiteral("Sangat Kurang"));
    CHECK(allOrganizationGrades().size() == 5);
}

TEST_CASE("OrganizationGrade parses every accepted spelling", "[core][grade]")
{
    using O = OrganizationGrade;
    const auto [spelling, expected] = GENERATE(table<QString, OrganizationGrade>({
        {QStringLiteral("Istimewa"), O::Outstanding},
        {QStringLiteral("ISTIMEWA"), O::Outstanding},
        {QStringLiteral("outstanding"), O::Outstanding},
        {QStringLiteral("Baik"), O::Good},
        {QStringLiteral("good"), O::Good},
        {QStringLiteral("Butuh Perbaikan"), O::NeedsImprovement},
        {QStringLiteral("butuh-perbaikan"), O::NeedsImprovement},
        {QStringLiteral("NeedsImprovement"), O::NeedsImprovement},
        {QStringLiteral("Kurang"), O::Poor},
        {QStringLiteral("poor"), O::Poor},
        {QStringLiteral("Sangat Kurang"), O::VeryPoor},
        {QStringLiteral("SANGAT KURANG"), O::VeryPoor},
        {QStringLiteral("very-poor"), O::VeryPoor},
    }));
    CAPTURE(spelling);
    const auto parsed = parseOrganizationGrade(spelling);
    REQUIRE(parsed.ok());
    CHECK(*parsed == expected);
}

TEST_CASE("OrganizationGrade rejects an employee-only predikat", "[core][grade]")
{
    const auto spelling = GENERATE(as<QString> {}, "Sangat Baik", "Kurang/Misconduct", "hebat");
    CAPTURE(spelling);
    const auto parsed = parseOrganizationGrade(spelling);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QStringLiteral("is not a predikat kinerja organisasi")));
    CHECK(parsed.error().contains(QStringLiteral("Istimewa")));
}
