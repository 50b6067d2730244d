// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AgencyAdministration.h"

#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "tests/storage/AdminTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

const QUuid kAdminId = Uuid::forEmployee(QStringLiteral("198001012005011001"));
const QUuid kStaffId = Uuid::forEmployee(QStringLiteral("199001012015011002"));

int periodRows(const Database& database)
{
    return value(database, QStringLiteral("SELECT count(*) FROM assessment_period")).toInt();
}

/// Everything a refused change could have touched, as one text.
QString snapshot(const Database& database)
{
    QString text;
    auto periods = run(database,
        QStringLiteral("SELECT id, name, entry_deadline, locked, deleted, row_version FROM assessment_period "
                       "ORDER BY id"));
    while (periods.next()) {
        for (int i = 0; i < 6; ++i) {
            text += periods.value(i).toString() + u'|';
        }
        text += u'\n';
    }
    auto grades = run(database,
        QStringLiteral("SELECT unit_id, period_id, grade, set_by, deleted FROM organization_grade ORDER BY id"));
    while (grades.next()) {
        for (int i = 0; i < 5; ++i) {
            text += grades.value(i).toString() + u'|';
        }
        text += u'\n';
    }
    return text;
}

} // namespace

TEST_CASE("An admin creates the periods of a year, sets deadlines, labels and locks through the administration",
    "[core][office]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("admin.sqlite")));
    AgencyAdministration admin(*database, {kAdminId, true});
    REQUIRE(admin.canChangePeriods().ok());
    REQUIRE(admin.canChangeOrganizationGrades().ok());
    CHECK_FALSE(admin.cadenceOfYear(2026).value().has_value());

    const auto created = admin.createYear(2026, EvaluationCadence::Semester);
    REQUIRE(created.ok());
    REQUIRE(created->size() == 3); // SEMESTER I, II and AKHIR
    CHECK(admin.cadenceOfYear(2026).value() == EvaluationCadence::Semester);
    // Idempotent.
    REQUIRE(admin.createYear(2026, EvaluationCadence::Semester).ok());
    CHECK(periodRows(*database) == 3);

    const QUuid first = PeriodRepository::idOf(created->at(0));
    REQUIRE(admin.setDeadline(first, QDate(2026, 7, 20)).ok());
    REQUIRE(admin.setCustomLabel(first, QStringLiteral("  SEMESTER SATU  ")).ok());
    REQUIRE(admin.setLocked(first, true).ok());
    auto stored = PeriodRepository(*database).find(first).value();
    REQUIRE(stored.has_value());
    CHECK(stored->entryDeadline == QDate(2026, 7, 20));
    CHECK(stored->label() == QStringLiteral("SEMESTER SATU"));
    CHECK(stored->locked);

    REQUIRE(admin.setDeadline(first, QDate()).ok());
    REQUIRE(admin.setCustomLabel(first, QString()).ok());
    REQUIRE(admin.setLocked(first, false).ok());
    stored = PeriodRepository(*database).find(first).value();
    CHECK_FALSE(stored->entryDeadline.isValid());
    CHECK(stored->label() == QStringLiteral("SEMESTER I"));
    CHECK_FALSE(stored->locked);
}

TEST_CASE("A person who is not an admin is refused every change to periods and organisation grades, and nothing "
          "changes",
    "[core][office]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("refused.sqlite")));
    const QUuid unit = Uuid::forOrgUnit(QStringLiteral("1.01"));
    insertUnit(*database, unit, QStringLiteral("Dinas Pendidikan"));
    AgencyAdministration admin(*database, {kAdminId, true});
    const auto created = admin.createYear(2026, EvaluationCadence::Quarterly);
    REQUIRE(created.ok());
    const QUuid q1 = PeriodRepository::idOf(created->at(0));
    REQUIRE(admin.setOrganizationGrade(unit, q1, OrganizationGrade::Good, QStringLiteral("Sekretaris Daerah")).ok());
    const QString before = snapshot(*database);

    AgencyAdministration staff(*database, {kStaffId, false});
    const auto cannot = staff.canChangePeriods();
    REQUIRE_FALSE(cannot.ok());
    CHECK(cannot.error().contains(QStringLiteral("\"")));
    CHECK_FALSE(staff.canChangeOrganizationGrades().ok());

    const auto year = staff.createYear(2027, EvaluationCadence::Monthly);
    REQUIRE_FALSE(year.ok());
    CHECK(year.error() == cannot.error());
    CHECK_FALSE(staff.setDeadline(q1, QDate(2026, 4, 30)).ok());
    CHECK_FALSE(staff.setDeadline(q1, QDate()).ok());
    CHECK_FALSE(staff.setLocked(q1, true).ok());
    CHECK_FALSE(staff.setCustomLabel(q1, QStringLiteral("TW 1")).ok());
    const auto grade = staff.setOrganizationGrade(unit, q1, OrganizationGrade::VeryPoor, QStringLiteral("Saya"));
    REQUIRE_FALSE(grade.ok());
    CHECK(grade.error() != cannot.error()); // names the organisation grades, not the periods
    CHECK_FALSE(staff.setOrganizationGrade(unit, q1, std::nullopt, QString()).ok());

    // Nobody signed in: refused as well.
    AgencyAdministration nobody(*database, {QUuid(), true});
    CHECK_FALSE(nobody.setLocked(q1, true).ok());

    CHECK(snapshot(*database) == before);
    CHECK(periodRows(*database) == 5);
}

TEST_CASE(
    "Bad input to the administration is refused with a reason and leaves the stored data unchanged", "[core][office]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("bad.sqlite")));
    const QUuid unit = Uuid::forOrgUnit(QStringLiteral("1.01"));
    insertUnit(*database, unit, QStringLiteral("Dinas Pendidikan"));
    AgencyAdministration admin(*database, {kAdminId, true});
    const auto created = admin.createYear(2026, EvaluationCadence::Quarterly);
    REQUIRE(created.ok());
    const QUuid q2 = PeriodRepository::idOf(created->at(1)); // April .. June
    const QString before = snapshot(*database);

    CHECK_FALSE(admin.createYear(1999, EvaluationCadence::Quarterly).ok());
    const auto early = admin.setDeadline(q2, QDate(2026, 3, 31));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("2026")));
    CHECK_FALSE(admin.setDeadline(Uuid::forPeriod(2030, QStringLiteral("TRIWULANAN"), 1), QDate(2030, 4, 10)).ok());
    CHECK_FALSE(admin.setLocked(Uuid::forPeriod(2030, QStringLiteral("TRIWULANAN"), 1), true).ok());
    CHECK_FALSE(admin.setCustomLabel(q2, QStringLiteral("TRIWULAN\nDUA")).ok());
    CHECK_FALSE(admin.setCustomLabel(q2, QString(AgencyAdministration::kMaximumLabelLength + 1, u'X')).ok());
    const auto unsigned_ = admin.setOrganizationGrade(unit, q2, OrganizationGrade::Good, QStringLiteral("   "));
    REQUIRE_FALSE(unsigned_.ok());
    CHECK_FALSE(admin
                    .setOrganizationGrade(Uuid::forOrgUnit(QStringLiteral("9.99")), q2, OrganizationGrade::Good,
                        QStringLiteral("Gubernur Jambi"))
                    .ok());
    CHECK(snapshot(*database) == before);

    // The longest label is fine.
    CHECK(admin.setCustomLabel(q2, QString(AgencyAdministration::kMaximumLabelLength, u'X')).ok());
}

TEST_CASE("An admin sets an organisation grade on behalf of the unit's superior and removes it again", "[core][office]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("grade.sqlite")));
    const QUuid unit = Uuid::forOrgUnit(QStringLiteral("1.01"));
    insertUnit(*database, unit, QStringLiteral("Dinas Pendidikan"));
    AgencyAdministration admin(*database, {kAdminId, true});
    const auto created = admin.createYear(2026, EvaluationCadence::Quarterly);
    REQUIRE(created.ok());
    const QUuid q1 = PeriodRepository::idOf(created->at(0));
    REQUIRE(admin
                .setOrganizationGrade(unit, q1, OrganizationGrade::NeedsImprovement,
                    QStringLiteral("  Sekretaris   Daerah Provinsi Jambi "))
                .ok());
    OrganizationGradeRepository grades(*database);
    CHECK(grades.grade(unit, q1).value() == OrganizationGrade::NeedsImprovement);
    CHECK(grades.setBy(unit, q1).value() == QStringLiteral("Sekretaris Daerah Provinsi Jambi"));
    REQUIRE(admin.setOrganizationGrade(unit, q1, std::nullopt, QString()).ok());
    CHECK_FALSE(grades.grade(unit, q1).value().has_value());
}
