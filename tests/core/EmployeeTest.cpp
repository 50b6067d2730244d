// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Employee.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Employee siti()
{
    Employee employee;
    employee.id = QUuid::createUuid();
    employee.nip = Nip::parse(QStringLiteral("198512302010122003")).value();
    employee.kind = EmployeeKind::Pns;
    employee.name = QStringLiteral("Siti Aminah");
    employee.frontTitles = QStringLiteral("Dr. Hj.");
    employee.backTitles = QStringLiteral("S.Pd., M.Si.");
    employee.birthDate = QDate(1985, 12, 30);
    employee.gender = Gender::Female;
    employee.rank = Rank::pns(3, 'd');
    return employee;
}

} // namespace

TEST_CASE("Employee prints the full name with front and back titles", "[core][employee]")
{
    Employee employee = siti();
    CHECK(employee.fullName() == QStringLiteral("Dr. Hj. Siti Aminah, S.Pd., M.Si."));
    employee.frontTitles.clear();
    CHECK(employee.fullName() == QStringLiteral("Siti Aminah, S.Pd., M.Si."));
    employee.backTitles.clear();
    employee.frontTitles = QStringLiteral(" Drs. ");
    CHECK(employee.fullName() == QStringLiteral("Drs. Siti Aminah"));
    employee.frontTitles.clear();
    CHECK(employee.fullName() == QStringLiteral("Siti Aminah"));
}

TEST_CASE("Employee with a consistent NIP, rank and birth date is valid", "[core][employee]")
{
    const Employee employee = siti();
    CHECK(employee.validate().ok());
    CHECK(employee.isAsn());
    CHECK(employee.siasnStatus() == QStringLiteral("ASN"));
    CHECK(employee.formattedNip() == QStringLiteral("19851230 201012 2 003"));
}

TEST_CASE("Employee reports every mismatch with the NIP at once", "[core][employee]")
{
    Employee employee = siti();
    employee.kind = EmployeeKind::Pppk;
    employee.birthDate = QDate(1985, 12, 31);
    employee.gender = Gender::Male;
    const auto status = employee.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.problems().size() == 4);
    CHECK(status.problems().first()
        == QStringLiteral("The NIP 19851230 201012 2 003 is a PNS NIP, but the employee is recorded as PPPK."));
}

TEST_CASE("Employee without a NIP is a pejabat negara without a pangkat", "[core][employee]")
{
    Employee gubernur;
    gubernur.id = QUuid::createUuid();
    gubernur.name = QStringLiteral("Gubernur Jambi");
    CHECK(gubernur.validate().ok());
    CHECK_FALSE(gubernur.isAsn());
    CHECK(gubernur.siasnStatus() == QStringLiteral("NON ASN"));
    CHECK(gubernur.formattedNip().isEmpty());

    gubernur.rank = Rank::pns(4, 'e');
    const auto status = gubernur.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(
        status.error() == QStringLiteral("Without a NIP the person is a pejabat negara, who has no pangkat/golongan."));
}

TEST_CASE("Employee needs an id and a name", "[core][employee]")
{
    const Employee empty;
    CHECK(empty.validate().problems()
        == QStringList {QStringLiteral("The employee has no id."), QStringLiteral("The employee has no name.")});
}
