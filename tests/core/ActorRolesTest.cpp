// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ActorRoles.h"

#include "core/domain/ReportingLines.h"
#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

/// Dinas Kehutanan with a Bidang whose Kabid leaves at the end of March; a Plt acts for the Bidang from April.
struct Office
{
    OrgUnit pemprov;
    OrgUnit dinas;
    OrgUnit bidang;
    QUuid gubernur = QUuid::createUuid();
    QUuid kadis = QUuid::createUuid();
    QUuid kabid = QUuid::createUuid();
    QUuid sekdis = QUuid::createUuid(); // Plt Kabid from April
    QUuid staff = QUuid::createUuid();
    QUuid colleague = QUuid::createUuid();
    QList<Assignment> assignments;

    static OrgUnit unit(const QString& name, OrgUnit::Kind kind, const QUuid& parentId)
    {
        OrgUnit made;
        made.id = QUuid::createUuid();
        made.parentId = parentId;
        made.name = name;
        made.kind = kind;
        return made;
    }

    void assign(const QUuid& employee,
        const QString& title,
        PositionKind kind,
        const OrgUnit& in,
        bool isHead,
        Assignment::Kind assignmentKind = Assignment::Kind::Definitive,
        QDate from = QDate(2026, 1, 1),
        std::optional<QDate> to = std::nullopt)
    {
        Assignment assignment;
        assignment.id = QUuid::createUuid();
        assignment.employeeId = employee;
        assignment.position = {title, kind, std::nullopt, in.id};
        assignment.kind = assignmentKind;
        assignment.from = from;
        assignment.to = to;
        assignment.isHead = isHead;
        assignments.append(assignment);
    }

    Office()
    {
        pemprov = unit(QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi, {});
        dinas = unit(QStringLiteral("Dinas Kehutanan"), OrgUnit::Kind::Opd, pemprov.id);
        bidang = unit(QStringLiteral("Bidang Penyuluhan"), OrgUnit::Kind::Bidang, dinas.id);
        assign(gubernur, QStringLiteral("Gubernur Jambi"), PositionKind::Jpt, pemprov, true);
        assign(kadis, QStringLiteral("Kepala Dinas Kehutanan"), PositionKind::Jpt, dinas, true);
        assign(sekdis, QStringLiteral("Sekretaris Dinas Kehutanan"), PositionKind::Administrator, dinas, false);
        assign(kabid, QStringLiteral("Kepala Bidang Penyuluhan"), PositionKind::Administrator, bidang, true,
            Assignment::Kind::Definitive, QDate(2026, 1, 1), QDate(2026, 3, 31));
        assign(sekdis, QStringLiteral("Kepala Bidang Penyuluhan"), PositionKind::Administrator, bidang, true,
            Assignment::Kind::Plt, QDate(2026, 4, 1));
        assign(staff, QStringLiteral("Penyuluh Kehutanan"), PositionKind::Pelaksana, bidang, false);
        assign(colleague, QStringLiteral("Pengolah Data"), PositionKind::Pelaksana, bidang, false);
    }

    ReportingLines lines() const
    {
        auto tree = OrgTree::build({pemprov, dinas, bidang});
        REQUIRE(tree.ok());
        return ReportingLines(tree.value(), assignments);
    }
};

} // namespace

TEST_CASE("ActorRoles gives the owner of a document the Employee role", "[core][workflow][permissions]")
{
    const Office office;
    const auto lines = office.lines();
    CHECK(ActorRoles::forDocument(lines, office.staff, QDate(2026, 2, 1), office.staff, false)
        == ActorRoleSet {ActorRole::Employee});
    CHECK(ActorRoles::forDocument(lines, office.staff, QDate(2026, 2, 1), office.staff, true)
        == ActorRoleSet {ActorRole::Employee, ActorRole::Admin});
}

TEST_CASE(
    "ActorRoles finds the Pejabat Penilai Kinerja and the Atasan on the document date", "[core][workflow][permissions]")
{
    const Office office;
    const auto lines = office.lines();
    const QDate february(2026, 2, 1);
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.kabid, false)
        == ActorRoleSet {ActorRole::Assessor});
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.kadis, false)
        == ActorRoleSet {ActorRole::SecondAssessor});
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.sekdis, false).isEmpty());
}

TEST_CASE("ActorRoles makes a Plt the assessor while the Plt assignment runs", "[core][workflow][permissions]")
{
    const Office office;
    const auto lines = office.lines();
    const QDate may(2026, 5, 1);
    CHECK(
        ActorRoles::forDocument(lines, office.staff, may, office.sekdis, false) == ActorRoleSet {ActorRole::Assessor});
    CHECK(ActorRoles::forDocument(lines, office.staff, may, office.kabid, false).isEmpty());
    CHECK(ActorRoles::forDocument(lines, office.staff, QDate(2026, 3, 31), office.sekdis, false).isEmpty());
}

TEST_CASE(
    "ActorRoles gives an invited colleague that role only when they have no other", "[core][workflow][permissions]")
{
    const Office office;
    const auto lines = office.lines();
    const QDate february(2026, 2, 1);
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.colleague, false, true)
        == ActorRoleSet {ActorRole::InvitedColleague});
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.kabid, false, true)
        == ActorRoleSet {ActorRole::Assessor});
    CHECK(ActorRoles::forDocument(lines, office.staff, february, office.colleague, false).isEmpty());
    CHECK(ActorRoles::forDocument(lines, office.staff, february, QUuid(), true).isEmpty());
}
