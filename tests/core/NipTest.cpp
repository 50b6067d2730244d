// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Nip.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

QStringList problemsOf(const QString& text, std::optional<EmployeeKind> kind = {})
{
    const auto nip = Nip::parse(text, kind);
    REQUIRE_FALSE(nip.ok());
    return nip.problems();
}

} // namespace

TEST_CASE("Nip reads the PNS example of domain.md into its parts", "[core][nip]")
{
    const auto nip = Nip::parse(QStringLiteral("197005182005031005"));
    REQUIRE(nip.ok());
    CHECK(nip->kind() == EmployeeKind::Pns);
    CHECK(nip->digits() == QStringLiteral("197005182005031005"));
    CHECK(nip->birthDate() == QDate(1970, 5, 18));
    CHECK(nip->appointmentYear() == 2005);
    CHECK(nip->appointmentMonth() == 3);
    CHECK_FALSE(nip->appointmentBatch().has_value());
    CHECK(nip->gender() == Gender::Male);
    CHECK(nip->sequence() == 5);
    CHECK(nip->formatted() == QStringLiteral("19700518 200503 1 005"));
}

TEST_CASE("Nip reads the PPPK example of domain.md and recognises it from the code digit", "[core][nip]")
{
    const auto nip = Nip::parse(QStringLiteral("200012312024211001"));
    REQUIRE(nip.ok());
    CHECK(nip->kind() == EmployeeKind::Pppk);
    CHECK(nip->birthDate() == QDate(2000, 12, 31));
    CHECK(nip->appointmentYear() == 2024);
    CHECK_FALSE(nip->appointmentMonth().has_value());
    CHECK(nip->appointmentBatch() == 1);
    CHECK(nip->gender() == Gender::Male);
    CHECK(nip->sequence() == 1);
    CHECK(nip->formatted() == QStringLiteral("20001231 2024 2 1 1 001"));
}

TEST_CASE("Nip recognises the kind from digit 13", "[core][nip]")
{
    CHECK(Nip::recogniseKind(QStringLiteral("197005182005031005")) == EmployeeKind::Pns);
    CHECK(Nip::recogniseKind(QStringLiteral("197005182005121005")) == EmployeeKind::Pns);
    CHECK(Nip::recogniseKind(QStringLiteral("200012312024211001")) == EmployeeKind::Pppk);
}

TEST_CASE("Nip accepts spaces, dots and dashes as typed", "[core][nip]")
{
    for (const auto& text : {QStringLiteral("19700518 200503 1 005"), QStringLiteral(" 19700518.200503.1.005 "),
             QStringLiteral("19700518-200503-1-005"), QStringLiteral("1970 0518 2005 0310 05")}) {
        const auto nip = Nip::parse(text);
        REQUIRE(nip.ok());
        CHECK(nip->digits() == QStringLiteral("197005182005031005"));
    }
}

TEST_CASE("Nip formatting round-trips through parse", "[core][nip]")
{
    for (const auto& digits : {QStringLiteral("197005182005031005"), QStringLiteral("198512302010122003"),
             QStringLiteral("200012312024211001"), QStringLiteral("199503072023292045")}) {
        const auto nip = Nip::parse(digits);
        REQUIRE(nip.ok());
        const auto again = Nip::parse(nip->formatted());
        REQUIRE(again.ok());
        CHECK(again.value() == nip.value());
        CHECK(again->formatted() == nip->formatted());
    }
}

TEST_CASE("Nip reads a female PNS with a high sequence number", "[core][nip]")
{
    const auto nip = Nip::parse(QStringLiteral("198512302010122999"));
    REQUIRE(nip.ok());
    CHECK(nip->gender() == Gender::Female);
    CHECK(nip->sequence() == 999);
    CHECK(nip->appointmentMonth() == 12);
}

TEST_CASE("Nip rejects an empty text", "[core][nip]")
{
    CHECK(
        problemsOf(QStringLiteral("  ")) == QStringList {QStringLiteral("The NIP is empty; it must have 18 digits.")});
}

TEST_CASE("Nip rejects 17 and 19 digits and says how many there are", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("19700518200503100"))
        == QStringList {QStringLiteral("The NIP must have 18 digits; it has 17.")});
    CHECK(problemsOf(QStringLiteral("1970051820050310051"))
        == QStringList {QStringLiteral("The NIP must have 18 digits; it has 19.")});
}

TEST_CASE("Nip rejects letters and names them", "[core][nip]")
{
    const auto problems = problemsOf(QStringLiteral("19700518A200503 1 005"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("\"A\" is not allowed")));

    const auto both = problemsOf(QStringLiteral("1970O518 200503 1 005"));
    CHECK(both.size() == 2);
    CHECK(both.last() == QStringLiteral("The NIP must have 18 digits; it has 17."));
}

TEST_CASE("Nip accepts 29 February in a leap year only", "[core][nip]")
{
    const auto leap = Nip::parse(QStringLiteral("197602291998031001"));
    REQUIRE(leap.ok());
    CHECK(leap->birthDate() == QDate(1976, 2, 29));

    CHECK(problemsOf(QStringLiteral("197502291998031001"))
        == QStringList {QStringLiteral("The birth date 19750229 in the NIP is not a valid date.")});
    CHECK(problemsOf(QStringLiteral("190002291998031001"))
        == QStringList {QStringLiteral("The birth date 19000229 in the NIP is not a valid date.")});
    CHECK(Nip::parse(QStringLiteral("200002292024211001")).ok());
}

TEST_CASE("Nip rejects a birth month 13", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("197013182005031005"))
        == QStringList {QStringLiteral("The birth date 19701318 in the NIP is not a valid date.")});
}

TEST_CASE("Nip rejects a TMT month 00 and 13", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("197005182005001005"))
        == QStringList {QStringLiteral("The TMT month 00 in the NIP (digits 13-14) must be from 01 to 12.")});
    CHECK(problemsOf(QStringLiteral("197005182005131005"))
        == QStringList {QStringLiteral("The TMT month 13 in the NIP (digits 13-14) must be from 01 to 12.")});
}

TEST_CASE("Nip rejects a TMT before the 18th birthday and accepts the month of it", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("197005181988041005"))
        == QStringList {
            QStringLiteral("The TMT 198804 in the NIP is before the 18th birthday of an employee born on 19700518.")});
    CHECK(Nip::parse(QStringLiteral("197005181988051005")).ok());
}

TEST_CASE("Nip rejects a gender digit other than 1 or 2", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("197005182005033005"))
        == QStringList {
            QStringLiteral("The gender digit in the NIP (digit 15) must be 1 (male) or 2 (female); it is 3.")});
    CHECK(problemsOf(QStringLiteral("200012312024210001")).size() == 1);
}

TEST_CASE("Nip rejects the sequence number 000", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("197005182005031000"))
        == QStringList {QStringLiteral("The sequence number in the NIP (digits 16-18) must not be 000.")});
}

TEST_CASE("Nip rejects a PPPK NIP whose code digit is not 2", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("200012312024111001"), EmployeeKind::Pppk)
        == QStringList {QStringLiteral("Digit 13 of a PPPK NIP must be the PPPK code 2; it is 1.")});
}

TEST_CASE("Nip rejects a PPPK batch digit 0 and an appointment before the age of 18", "[core][nip]")
{
    CHECK(problemsOf(QStringLiteral("200012312024201001"))
        == QStringList {QStringLiteral("The appointment batch in the NIP (digit 14) must be from 1 to 9; it is 0.")});
    CHECK(problemsOf(QStringLiteral("200012312017211001"))
        == QStringList {QStringLiteral("The year of appointment 2017 in the NIP is before the year in which an "
                                       "employee born on 20001231 turns 18.")});
    CHECK(Nip::parse(QStringLiteral("200012312018291001")).ok());
}

TEST_CASE("Nip reads the digits as the kind it is told", "[core][nip]")
{
    // A PPPK NIP forced to PNS: digits 13-14 ("21") are then an invalid TMT month.
    CHECK(problemsOf(QStringLiteral("200012312024211001"), EmployeeKind::Pns)
        == QStringList {QStringLiteral("The TMT month 21 in the NIP (digits 13-14) must be from 01 to 12.")});
    const auto pns = Nip::parse(QStringLiteral("197005182005031005"), EmployeeKind::Pns);
    REQUIRE(pns.ok());
    CHECK(pns->kind() == EmployeeKind::Pns);
}

TEST_CASE("Nip reports several problems at once", "[core][nip]")
{
    const auto nip = Nip::parse(QStringLiteral("197013182005133000"));
    REQUIRE_FALSE(nip.ok());
    CHECK(nip.problems()
        == QStringList {
            QStringLiteral("The birth date 19701318 in the NIP is not a valid date."),
            QStringLiteral("The TMT month 13 in the NIP (digits 13-14) must be from 01 to 12."),
            QStringLiteral("The gender digit in the NIP (digit 15) must be 1 (male) or 2 (female); it is 3."),
            QStringLiteral("The sequence number in the NIP (digits 16-18) must not be 000."),
        });
    CHECK(nip.error() == nip.problems().join(QLatin1Char('\n')));
}

TEST_CASE("Nip values compare by their digits and kind", "[core][nip]")
{
    CHECK(Nip::parse(QStringLiteral("19700518 200503 1 005")).value()
        == Nip::parse(QStringLiteral("197005182005031005")).value());
    CHECK_FALSE(Nip::parse(QStringLiteral("197005182005031005")).value()
        == Nip::parse(QStringLiteral("197005182005031006")).value());
}
