// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Employee.h"
#include "core/domain/PerformancePlan.h"
#include "core/storage/PlanParticipants.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"

namespace kinerja::test {

/// Text with SQL and HTML metacharacters, quotes, an emoji and Arabic, for round-trip checks.
inline QString nastyText(const QString& tag)
{
    return tag
        + QStringLiteral(
            " '; DROP TABLE x; -- <b>&amp;</b> \"quoted\" \u00e9 \U0001F600 \u0645\u0631\u062D\u0628\u0627");
}

/// An employee row inserted directly (the people repositories are not part of these tests).
inline QUuid insertEmployee(const Database& database, const QString& nip, const QString& name)
{
    const auto id = Uuid::forEmployee(nip);
    run(database, QStringLiteral("INSERT INTO employee (id, nip, employee_kind, name) VALUES (?, ?, 'pns', ?)"),
        {Uuid::toText(id), nip, name});
    return id;
}

inline Employee employeeValue(const QUuid& id, const QString& nip, const QString& name, const QString& rank)
{
    Employee employee;
    employee.id = id;
    auto parsedNip = Nip::parse(nip);
    REQUIRE(parsedNip.ok());
    employee.nip = *parsedNip;
    employee.name = name;
    employee.frontTitles = QStringLiteral("Dr.");
    employee.backTitles = QStringLiteral("S.Pd., M.Si.");
    auto parsedRank = Rank::parse(rank);
    REQUIRE(parsedRank.ok());
    employee.rank = *parsedRank;
    return employee;
}

/// Three people in the database: a pegawai, her penilai and the penilai's atasan.
struct People
{
    QUuid employee;
    QUuid assessor;
    QUuid secondAssessor;
    PlanParticipants participants;
};

inline People insertPeople(const Database& database)
{
    People people;
    const QString employeeNip = QStringLiteral("199001012015032001");
    const QString assessorNip = QStringLiteral("197005182005031005");
    const QString secondNip = QStringLiteral("196801011990031002");
    people.employee = insertEmployee(database, employeeNip, QStringLiteral("Siti Aminah"));
    people.assessor = insertEmployee(database, assessorNip, QStringLiteral("Budi Santoso"));
    people.secondAssessor = insertEmployee(database, secondNip, QStringLiteral("Ahmad Yani"));
    const auto unit = QStringLiteral("Bidang Pembinaan SMA");
    people.participants.employee = PersonSnapshot::of(
        employeeValue(people.employee, employeeNip, QStringLiteral("Siti Aminah"), QStringLiteral("III/c")),
        QStringLiteral("Analis Kurikulum"), unit);
    people.participants.assessor = PersonSnapshot::of(
        employeeValue(people.assessor, assessorNip, QStringLiteral("Budi Santoso"), QStringLiteral("IV/a")),
        QStringLiteral("Kepala Bidang Pembinaan SMA"), unit);
    people.participants.secondAssessor = PersonSnapshot::of(
        employeeValue(people.secondAssessor, secondNip, QStringLiteral("Ahmad Yani"), QStringLiteral("IV/c")),
        QStringLiteral("Kepala Dinas Pendidikan"), QStringLiteral("Dinas Pendidikan Provinsi Jambi"));
    return people;
}

/// A full-year 2025 plan with one main result and two indicators.
inline PerformancePlan samplePlan(const People& people)
{
    auto plan = PerformancePlan::forYear(QUuid(), 2025);
    plan.employeeId = people.employee;
    plan.assessorId = people.assessor;
    plan.secondAssessorId = people.secondAssessor;
    WorkResult result;
    result.text = QStringLiteral("Tersusunnya kurikulum muatan lokal");
    Indicator count;
    count.text = QStringLiteral("Jumlah dokumen kurikulum");
    count.target = IndicatorTarget::number(Decimal::fromInteger(12));
    count.unit = QStringLiteral("dokumen");
    Indicator time;
    time.aspect = IndicatorAspect::Time;
    time.text = QStringLiteral("Waktu penyelesaian");
    time.target = IndicatorTarget::range(Decimal::fromUnits(15000), Decimal::fromUnits(1234567));
    time.unit = QStringLiteral("hari");
    time.direction = IndicatorDirection::LowerIsBetter;
    result.indicators = {count, time};
    plan.results = {result};
    return plan;
}

inline int countRows(const Database& database, const QString& statement, const QVariantList& values = {})
{
    return value(database, statement, values).toInt();
}

} // namespace kinerja::test
