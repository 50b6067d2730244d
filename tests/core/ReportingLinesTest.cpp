// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ReportingLines.h"

#include "tests/support/TestSupport.h"

#include <QLocale>

using namespace kinerja;

namespace {

OrgUnit makeUnit(const QString& name, OrgUnit::Kind kind, const QUuid& parentId = {})
{
    OrgUnit unit;
    unit.id = QUuid::createUuid();
    unit.parentId = parentId;
    unit.name = name;
    unit.kind = kind;
    return unit;
}

QDate day(int month, int dayOfMonth)
{
    return QDate(2024, month, dayOfMonth);
}

/// Pemprov Jambi with a Dinas Pendidikan: Bidang SMA (Seksi Kurikulum) and a vacant Bidang Pembinaan Khusus
/// (Seksi Peserta Didik), a Plt for that Kabid from March to June and a Plh for the Kadis on 10-12 July 2024.
struct Province
{
    OrgUnit pemprov = makeUnit(QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi);
    OrgUnit setda = makeUnit(QStringLiteral("Sekretariat Daerah"), OrgUnit::Kind::Opd, pemprov.id);
    OrgUnit disdik = makeUnit(QStringLiteral("Dinas Pendidikan"), OrgUnit::Kind::Opd, pemprov.id);
    OrgUnit sekretariat = makeUnit(QStringLiteral("Sekretariat"), OrgUnit::Kind::Bagian, disdik.id);
    OrgUnit bidangSma = makeUnit(QStringLiteral("Bidang SMA"), OrgUnit::Kind::Bidang, disdik.id);
    OrgUnit seksiKurikulum = makeUnit(QStringLiteral("Seksi Kurikulum"), OrgUnit::Kind::Seksi, bidangSma.id);
    OrgUnit bidangPk = makeUnit(QStringLiteral("Bidang Pembinaan Khusus"), OrgUnit::Kind::Bidang, disdik.id);
    OrgUnit seksiPk = makeUnit(QStringLiteral("Seksi Peserta Didik"), OrgUnit::Kind::Seksi, bidangPk.id);

    QUuid gubernur = QUuid::createUuid();
    QUuid sekda = QUuid::createUuid();
    QUuid kadis = QUuid::createUuid();
    QUuid sekdis = QUuid::createUuid();
    QUuid kabidSma = QUuid::createUuid();
    QUuid kasiKurikulum = QUuid::createUuid();
    QUuid staff = QUuid::createUuid();
    QUuid guru = QUuid::createUuid();
    QUuid kasiPk = QUuid::createUuid();
    QUuid staffPk = QUuid::createUuid();
    QUuid staffWithOverride = QUuid::createUuid();

    QList<Assignment> assignments;

    Assignment& assign(const QUuid& employee,
        const QString& title,
        PositionKind kind,
        const OrgUnit& unit,
        bool isHead,
        Assignment::Kind assignmentKind = Assignment::Kind::Definitive,
        QDate from = day(1, 1),
        std::optional<QDate> to = std::nullopt)
    {
        Assignment assignment;
        assignment.id = QUuid::createUuid();
        assignment.employeeId = employee;
        assignment.position = {title, kind, std::nullopt, unit.id};
        if (kind == PositionKind::Fungsional) {
            assignment.position.functionalLevel = FunctionalLevel::AhliMuda;
        }
        assignment.kind = assignmentKind;
        assignment.from = from;
        assignment.to = to;
        assignment.isHead = isHead;
        assignments.append(assignment);
        return assignments.last();
    }

    Province()
    {
        pemprov.assessmentDelegateId = setda.id;
        assign(gubernur, QStringLiteral("Gubernur Jambi"), PositionKind::Jpt, pemprov, true);
        assign(sekda, QStringLiteral("Sekretaris Daerah Provinsi Jambi"), PositionKind::Jpt, setda, true);
        assign(kadis, QStringLiteral("Kepala Dinas Pendidikan"), PositionKind::Jpt, disdik, true);
        assign(sekdis, QStringLiteral("Sekretaris Dinas Pendidikan"), PositionKind::Administrator, sekretariat, true);
        assign(kabidSma, QStringLiteral("Kepala Bidang SMA"), PositionKind::Administrator, bidangSma, true);
        assign(kasiKurikulum, QStringLiteral("Kepala Seksi Kurikulum"), PositionKind::Pengawas, seksiKurikulum, true);
        assign(staff, QStringLiteral("Pengadministrasi Perkantoran"), PositionKind::Pelaksana, seksiKurikulum, false);
        assign(guru, QStringLiteral("Pengembang Teknologi Pembelajaran"), PositionKind::Fungsional, bidangSma, false);
        assign(kasiPk, QStringLiteral("Kepala Seksi Peserta Didik"), PositionKind::Pengawas, seksiPk, true);
        assign(staffPk, QStringLiteral("Pengolah Data"), PositionKind::Pelaksana, seksiPk, false);
        assign(staffWithOverride, QStringLiteral("Penata Layanan Operasional"), PositionKind::Pelaksana, seksiKurikulum,
            false)
            .assessorOverride = kabidSma;
        assign(sekdis, QStringLiteral("Kepala Bidang Pembinaan Khusus"), PositionKind::Administrator, bidangPk, true,
            Assignment::Kind::Plt, day(3, 1), day(6, 30));
        assign(sekdis, QStringLiteral("Kepala Dinas Pendidikan"), PositionKind::Jpt, disdik, true,
            Assignment::Kind::Plh, day(7, 10), day(7, 12));
    }

    ReportingLines lines() const
    {
        auto tree = OrgTree::build({pemprov, setda, disdik, sekretariat, bidangSma, seksiKurikulum, bidangPk, seksiPk});
        REQUIRE(tree.ok());
        return ReportingLines(tree.value(), assignments);
    }
};

QUuid assessorId(const ReportingLines& lines, const QUuid& employee, QDate date)
{
    const auto assessor = lines.assessorOf(employee, date);
    return assessor ? assessor->employeeId : QUuid();
}

QUuid secondAssessorId(const ReportingLines& lines, const QUuid& employee, QDate date)
{
    const auto assessor = lines.secondAssessorOf(employee, date);
    return assessor ? assessor->employeeId : QUuid();
}

} // namespace

TEST_CASE("ReportingLines follows the chain staff, Kasi, Kabid, Kadis", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    const QDate date = day(2, 1);
    CHECK(assessorId(lines, p.staff, date) == p.kasiKurikulum);
    CHECK(secondAssessorId(lines, p.staff, date) == p.kabidSma);
    CHECK(assessorId(lines, p.kasiKurikulum, date) == p.kabidSma);
    CHECK(secondAssessorId(lines, p.kasiKurikulum, date) == p.kadis);
    CHECK(assessorId(lines, p.kabidSma, date) == p.kadis);
    CHECK(assessorId(lines, p.guru, date) == p.kabidSma);

    const auto assessor = lines.assessorOf(p.staff, date);
    REQUIRE(assessor.has_value());
    CHECK_FALSE(assessor->isActing());
    CHECK_FALSE(assessor->isOverride);
    CHECK(assessor->signatureTitle() == QStringLiteral("Kepala Seksi Kurikulum"));
    CHECK(Assessor::officialTitle() == QStringLiteral("Pejabat Penilai Kinerja"));
    CHECK(Assessor::officialSecondTitle() == QStringLiteral("Atasan Pejabat Penilai Kinerja"));
}

TEST_CASE("ReportingLines gives the head of a unit the head of the parent unit as assessor", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    CHECK(assessorId(lines, p.sekdis, day(2, 1)) == p.kadis);
    CHECK(assessorId(lines, p.kasiPk, day(2, 1)) == p.kadis); // Bidang Pembinaan Khusus is vacant: skipped
}

TEST_CASE("ReportingLines lets the Sekda assess a Kepala Dinas and the Gubernur assess the Sekda", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    const QDate date = day(2, 1);
    CHECK(assessorId(lines, p.kadis, date) == p.sekda);
    CHECK(secondAssessorId(lines, p.kadis, date) == p.gubernur);
    CHECK(secondAssessorId(lines, p.kabidSma, date) == p.sekda);

    const auto gubernur = lines.assessorOf(p.sekda, date);
    REQUIRE(gubernur.has_value());
    CHECK(gubernur->employeeId == p.gubernur);
    CHECK(gubernur->signatureTitle() == QStringLiteral("Gubernur Jambi"));
    CHECK_FALSE(lines.secondAssessorOf(p.sekda, date).has_value());
    CHECK_FALSE(lines.assessorOf(p.gubernur, date).has_value());
}

TEST_CASE("ReportingLines makes a Plt for a vacant Kabid the assessor for that date range only", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    CHECK(assessorId(lines, p.kasiPk, day(2, 29)) == p.kadis);
    CHECK(assessorId(lines, p.kasiPk, day(3, 1)) == p.sekdis);
    CHECK(assessorId(lines, p.kasiPk, day(6, 30)) == p.sekdis);
    CHECK(assessorId(lines, p.kasiPk, day(7, 1)) == p.kadis);

    const auto plt = lines.assessorOf(p.kasiPk, day(4, 15));
    REQUIRE(plt.has_value());
    CHECK(plt->isActing());
    CHECK(plt->actingAs() == Assignment::Kind::Plt);
    CHECK(plt->signatureTitle() == QStringLiteral("Plt. Kepala Bidang Pembinaan Khusus"));

    // Staff below the Kasi: the Plt is now the second assessor, and the Plt's own assessor is found above the
    // unit they act for.
    CHECK(secondAssessorId(lines, p.staffPk, day(4, 15)) == p.sekdis);
    CHECK(secondAssessorId(lines, p.kasiPk, day(4, 15)) == p.kadis);
    CHECK(assessorId(lines, p.sekdis, day(4, 15)) == p.kadis);
}

TEST_CASE("ReportingLines prefers a Plh over the definitive head on leave days", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    CHECK(assessorId(lines, p.kabidSma, day(7, 9)) == p.kadis);
    const auto plh = lines.assessorOf(p.kabidSma, day(7, 11));
    REQUIRE(plh.has_value());
    CHECK(plh->employeeId == p.sekdis);
    CHECK(plh->actingAs() == Assignment::Kind::Plh);
    CHECK(plh->signatureTitle() == QStringLiteral("Plh. Kepala Dinas Pendidikan"));
    CHECK(assessorId(lines, p.kabidSma, day(7, 13)) == p.kadis);

    const auto head = lines.headOf(p.disdik.id, day(7, 12));
    REQUIRE(head.has_value());
    CHECK(head->kind == Assignment::Kind::Plh);
    // The Kadis on leave is still assessed as Kadis; the Plh is not their own assessor.
    CHECK(assessorId(lines, p.kadis, day(7, 11)) == p.sekda);
    CHECK(assessorId(lines, p.sekdis, day(7, 11)) == p.sekda);
}

TEST_CASE("ReportingLines honours an explicit assessor override", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    const auto assessor = lines.assessorOf(p.staffWithOverride, day(2, 1));
    REQUIRE(assessor.has_value());
    CHECK(assessor->employeeId == p.kabidSma);
    CHECK(assessor->isOverride);
    CHECK(assessor->signatureTitle() == QStringLiteral("Kepala Bidang SMA"));
    CHECK(secondAssessorId(lines, p.staffWithOverride, day(2, 1)) == p.kadis);
}

TEST_CASE("ReportingLines lists whom a person assesses on a date", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    CHECK(lines.assesseesOf(p.kabidSma, day(2, 1)) == QList<QUuid> {p.kasiKurikulum, p.guru, p.staffWithOverride});
    CHECK(lines.assesseesOf(p.kadis, day(2, 1)) == QList<QUuid> {p.sekdis, p.kabidSma, p.kasiPk});
    CHECK(lines.assesseesOf(p.kadis, day(4, 1)) == QList<QUuid> {p.sekdis, p.kabidSma});
    CHECK(lines.assesseesOf(p.sekdis, day(4, 1)) == QList<QUuid> {p.kasiPk});
    CHECK(lines.assesseesOf(p.sekda, day(2, 1)) == QList<QUuid> {p.kadis});
    CHECK(lines.assesseesOf(p.gubernur, day(2, 1)) == QList<QUuid> {p.sekda});
    CHECK(lines.assesseesOf(p.staff, day(2, 1)).isEmpty());
}

TEST_CASE("ReportingLines separates definitive from acting assignments", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    CHECK(lines.definitiveAssignments(p.sekdis, day(4, 1)).size() == 1);
    const auto active = lines.activeAssignments(p.sekdis, day(4, 1));
    REQUIRE(active.size() == 2);
    CHECK(active.first().kind == Assignment::Kind::Plt);
    CHECK_FALSE(lines.headOf(p.bidangPk.id, day(2, 1)).has_value());
    CHECK_FALSE(lines.assessorOf(QUuid::createUuid(), day(2, 1)).has_value());
    CHECK_FALSE(lines.assessorOf(p.staff, QDate(2023, 12, 31)).has_value());
}

TEST_CASE("ReportingLines accepts the example organisation as consistent", "[core][reporting]")
{
    const Province p;
    CHECK(p.lines().validateAll().ok());
}

TEST_CASE("ReportingLines rejects overlapping definitive assignments and a second head", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();

    Assignment second;
    second.id = QUuid::createUuid();
    second.employeeId = p.staff;
    second.position = {QStringLiteral("Kepala Bidang SMA"), PositionKind::Administrator, std::nullopt, p.bidangSma.id};
    second.from = day(6, 1);
    second.isHead = true;
    const auto status = lines.validate(second);
    REQUIRE_FALSE(status.ok());
    REQUIRE(status.problems().size() == 2);
    CHECK(status.problems().at(1).startsWith(
        QStringLiteral("The definitive assignment to \"Kepala Bidang SMA\" overlaps the definitive assignment of the "
                       "same employee to \"Pengadministrasi Perkantoran\"")));
    CHECK(status.problems().at(0).startsWith(
        QStringLiteral("The unit \"Bidang SMA\" already has a definitive head from")));

    // An edit keeps its id and is not compared with the stored assignment it replaces.
    Assignment ended = p.assignments.at(6);
    ended.to = day(5, 31);
    CHECK(lines.validate(ended).ok());
}

TEST_CASE("ReportingLines rejects a Plt for a staff position and a unit outside the organisation", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    Assignment plt;
    plt.id = QUuid::createUuid();
    plt.employeeId = p.staff;
    plt.position = {QStringLiteral("Pengolah Data"), PositionKind::Pelaksana, std::nullopt, QUuid::createUuid()};
    plt.kind = Assignment::Kind::Plt;
    plt.from = day(3, 1);
    plt.to = day(2, 1);
    const auto status = lines.validate(plt);
    REQUIRE_FALSE(status.ok());
    CHECK(status.problems().size() == 3);
    CHECK(status.problems().last()
        == QStringLiteral("The unit of the position \"Pengolah Data\" is not part of the organisation."));
}

TEST_CASE("ReportingLines rejects two Plh for one unit on overlapping days", "[core][reporting]")
{
    const Province p;
    const auto lines = p.lines();
    Assignment plh = p.assignments.last();
    plh.id = QUuid::createUuid();
    plh.employeeId = p.kabidSma;
    plh.from = day(7, 12);
    plh.to = day(7, 15);
    CHECK(lines.validate(plh).error()
        == QStringLiteral("The unit \"Dinas Pendidikan\" already has a Plh. head from %1 on overlapping dates.")
               .arg(QLocale().toString(day(7, 10), QLocale::ShortFormat)));
}
