// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssignmentRepository.h"

#include "core/domain/OrgTree.h"
#include "core/domain/ReportingLines.h"
#include "core/storage/AuditLog.h"
#include "core/storage/LocalSession.h"
#include "tests/storage/AdminTestSupport.h"

#include <QJsonObject>
#include <QSqlRecord>

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct Office
{
    QUuid dinas = Uuid::forOrgUnit(QStringLiteral("1.01"));
    QUuid bidang = Uuid::forOrgUnit(QStringLiteral("1.01.02"));
    QUuid kadis = Uuid::forEmployee(QStringLiteral("197001011995031001"));
    QUuid sekretaris = Uuid::forEmployee(QStringLiteral("197502022000031002"));
    QUuid staff = Uuid::forEmployee(QStringLiteral("199003032015032003"));
    QUuid admin = Uuid::forEmployee(QStringLiteral("198504042010011004"));

    void insert(const Database& database) const
    {
        insertUnit(database, dinas, QStringLiteral("Dinas Pendidikan"));
        insertUnit(database, bidang, QStringLiteral("Bidang SMA"), dinas);
        insertEmployee(database, kadis, QStringLiteral("Kepala"), QStringLiteral("197001011995031001"));
        insertEmployee(database, sekretaris, QStringLiteral("Sekretaris"), QStringLiteral("197502022000031002"));
        insertEmployee(database, staff, QStringLiteral("Staf"), QStringLiteral("199003032015032003"));
        insertEmployee(database, admin, QStringLiteral("Admin"), QStringLiteral("198504042010011004"));
    }

    OrgTree tree() const
    {
        OrgUnit root;
        root.id = dinas;
        root.name = QStringLiteral("Dinas Pendidikan");
        OrgUnit child;
        child.id = bidang;
        child.parentId = dinas;
        child.name = QStringLiteral("Bidang SMA");
        child.kind = OrgUnit::Kind::Bidang;
        return OrgTree::build({root, child}).value();
    }
};

Assignment assignment(const QUuid& employee,
    const QUuid& unit,
    const QString& title,
    PositionKind kind,
    bool head,
    QDate from,
    Assignment::Kind assignmentKind = Assignment::Kind::Definitive)
{
    Assignment a;
    a.employeeId = employee;
    a.position.title = title;
    a.position.kind = kind;
    a.position.unitId = unit;
    a.isHead = head;
    a.from = from;
    a.kind = assignmentKind;
    return a;
}

const QDate kStart(2025, 1, 1);

QString snapshot(const Database& database)
{
    QStringList rows;
    auto query = run(database, QStringLiteral("SELECT * FROM assignment ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            rows << query.value(i).toString();
        }
    }
    rows << value(database, QStringLiteral("SELECT count(*) FROM outbox")).toString();
    rows << value(database, QStringLiteral("SELECT count(*) FROM audit_log")).toString();
    return rows.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("A Plt stored in the repository is the assessor in ReportingLines built from it", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plt.sqlite")));
    const Office office;
    office.insert(*database);
    AssignmentRepository repository(*database);

    REQUIRE(repository
                .add(assignment(office.kadis, office.dinas, QStringLiteral("Kepala Dinas Pendidikan"),
                    PositionKind::Jpt, true, kStart))
                .ok());
    REQUIRE(repository
                .add(assignment(office.sekretaris, office.dinas, QStringLiteral("Sekretaris"),
                    PositionKind::Administrator, false, kStart))
                .ok());
    REQUIRE(repository
                .add(assignment(office.staff, office.bidang, QStringLiteral("Pengelola Data"), PositionKind::Pelaksana,
                    false, kStart))
                .ok());
    const auto plt = repository.add(assignment(office.sekretaris, office.bidang, QStringLiteral("Kepala Bidang SMA"),
        PositionKind::Administrator, true, QDate(2025, 3, 1), Assignment::Kind::Plt));
    INFO(plt.error());
    REQUIRE(plt.ok());
    CHECK_FALSE(plt->id.isNull());
    CHECK(Uuid::version(plt->id) == 7);

    const QDate april(2025, 4, 15);
    const auto active = repository.activeBetween(april, april);
    REQUIRE(active.ok());
    CHECK(active->size() == 4);
    const ReportingLines lines(office.tree(), active.value());
    const auto assessor = lines.assessorOf(office.staff, april);
    REQUIRE(assessor.has_value());
    CHECK(assessor->employeeId == office.sekretaris);
    CHECK(assessor->isActing());
    CHECK(assessor->signatureTitle() == QStringLiteral("Plt. Kepala Bidang SMA"));

    // Before the Plt started, the bidang was vacant and the Kepala Dinas assessed.
    const QDate february(2025, 2, 10);
    const auto before = repository.activeBetween(february, february);
    REQUIRE(before.ok());
    CHECK(ReportingLines(office.tree(), before.value()).assessorOf(office.staff, february)->employeeId == office.kadis);

    // Ending the Plt on 30 April.
    REQUIRE(repository.end(plt->id, QDate(2025, 4, 30)).ok());
    const QDate may(2025, 5, 2);
    const auto after = repository.activeBetween(may, may);
    REQUIRE(after.ok());
    CHECK(after->size() == 3);
    CHECK(repository.find(plt->id).value()->to == QDate(2025, 4, 30));
}

TEST_CASE("Invalid assignments are refused with the domain's messages and change nothing", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("refuse.sqlite")));
    const Office office;
    office.insert(*database);
    AssignmentRepository repository(*database);
    const auto first = repository.add(assignment(
        office.staff, office.bidang, QStringLiteral("Pengelola Data"), PositionKind::Pelaksana, false, kStart));
    REQUIRE(first.ok());
    const QString before = snapshot(*database);

    SECTION("an overlapping second definitive assignment")
    {
        const auto overlapping = assignment(
            office.staff, office.dinas, QStringLiteral("Analis"), PositionKind::Pelaksana, false, QDate(2025, 6, 1));
        const auto expected = ReportingLines(office.tree(), {first.value()}).validate(overlapping);
        REQUIRE_FALSE(expected.ok());
        const auto added = repository.add(overlapping);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error() == expected.error());
    }
    SECTION("a Plt of a position that is not a head")
    {
        const auto plt = assignment(office.kadis, office.bidang, QStringLiteral("Pengelola"), PositionKind::Pelaksana,
            false, kStart, Assignment::Kind::Plt);
        const auto added = repository.add(plt);
        REQUIRE_FALSE(added.ok());
        CHECK(added.problems().contains(plt.validate().problems().constFirst()));
    }
    SECTION("an end before the start")
    {
        const auto ended = repository.end(first->id, QDate(2024, 12, 31));
        REQUIRE_FALSE(ended.ok());
        Assignment reversed = first.value();
        reversed.to = QDate(2024, 12, 31);
        CHECK(ended.error() == reversed.validate().error());
    }
    SECTION("an unknown unit, employee or assessor")
    {
        auto unknown = assignment(Uuid::forEmployee(QStringLiteral("200001012020121001")),
            Uuid::forOrgUnit(QStringLiteral("9.99")), QStringLiteral("Analis"), PositionKind::Pelaksana, false, kStart);
        unknown.assessorOverride = Uuid::forEmployee(QStringLiteral("200001012020121002"));
        const auto added = repository.add(unknown);
        REQUIRE_FALSE(added.ok());
        CHECK(added.problems().size() == 3);
    }
    SECTION("the employee as their own assessor")
    {
        const auto changed = repository.setAssessorOverride(first->id, office.staff);
        REQUIRE_FALSE(changed.ok());
    }
    SECTION("a change of an assignment that does not exist")
    {
        Assignment missing = first.value();
        missing.id = Uuid::createV7();
        CHECK_FALSE(repository.update(missing).ok());
        CHECK_FALSE(repository.remove(missing.id).ok());
        CHECK_FALSE(repository.setAssessorOverride(missing.id, office.kadis).ok());
    }
    CHECK(snapshot(*database) == before);
}

TEST_CASE("Changing an assignment's assessor is one call, recorded with who and when", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("override.sqlite")));
    const Office office;
    office.insert(*database);
    AssignmentRepository repository(*database);
    REQUIRE(repository
                .add(assignment(office.kadis, office.dinas, QStringLiteral("Kepala Dinas Pendidikan"),
                    PositionKind::Jpt, true, kStart))
                .ok());
    const auto staff = repository.add(assignment(
        office.staff, office.bidang, QStringLiteral("Pengelola Data"), PositionKind::Pelaksana, false, kStart));
    REQUIRE(staff.ok());

    REQUIRE(LocalSession::signIn(*database, Uuid::toText(office.admin)).ok());
    const auto changed = repository.setAssessorOverride(staff->id, office.sekretaris);
    INFO(changed.error());
    REQUIRE(changed.ok());

    const QDate date(2025, 7, 1);
    const ReportingLines lines(office.tree(), repository.activeBetween(date, date).value());
    const auto assessor = lines.assessorOf(office.staff, date);
    REQUIRE(assessor.has_value());
    CHECK(assessor->employeeId == office.sekretaris);
    CHECK(assessor->isOverride);

    const auto entries = AuditLog(*database).forRow(QStringLiteral("assignment"), Uuid::toText(staff->id));
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    const auto& entry = entries->last();
    CHECK(entry.op == QStringLiteral("update"));
    CHECK(entry.actor == Uuid::toText(office.admin));
    CHECK_FALSE(entry.at.isEmpty());
    CHECK(entry.changes.value(QStringLiteral("assessor_id")).toObject().value(QStringLiteral("new")).toString()
        == Uuid::toText(office.sekretaris));
    CHECK(entry.changes.value(QStringLiteral("assessor_id")).toObject().value(QStringLiteral("old")).isNull());
    CHECK(value(*database, QStringLiteral("SELECT updated_by FROM assignment WHERE id = ?"), {Uuid::toText(staff->id)})
              .toString()
        == Uuid::toText(office.admin));

    // Clearing the override returns to the organisation tree.
    REQUIRE(repository.setAssessorOverride(staff->id, std::nullopt).ok());
    CHECK_FALSE(repository.find(staff->id).value()->assessorOverride.has_value());
}

TEST_CASE("Assignments round-trip every field, metacharacters included, and removal is a tombstone", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("roundtrip.sqlite")));
    const Office office;
    office.insert(*database);
    AssignmentRepository repository(*database);

    auto original = assignment(office.staff, office.bidang,
        QStringLiteral("Analis <b>SDM</b> & 'Aparatur' \"Muda\"; DROP TABLE assignment; -- %1 \\ ?"),
        PositionKind::Fungsional, false, kStart);
    original.position.functionalLevel = FunctionalLevel::AhliMuda;
    original.to = QDate(2025, 12, 31);
    original.assessorOverride = office.kadis;
    const auto added = repository.add(original);
    INFO(added.error());
    REQUIRE(added.ok());
    original.id = added->id;
    const auto found = repository.find(added->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == original);
    CHECK(repository.forEmployee(office.staff).value() == QList<Assignment> {original});

    auto moved = original;
    moved.position.title = QStringLiteral("Kepala Bidang SMA");
    moved.position.kind = PositionKind::Administrator;
    moved.position.functionalLevel.reset();
    moved.isHead = true;
    REQUIRE(repository.update(moved).ok());
    CHECK(*repository.find(moved.id).value() == moved);

    REQUIRE(repository.remove(moved.id).ok());
    CHECK_FALSE(repository.find(moved.id).value().has_value());
    CHECK(repository.forEmployee(office.staff).value().isEmpty());
    CHECK(value(*database, QStringLiteral("SELECT deleted FROM assignment WHERE id = ?"), {Uuid::toText(moved.id)})
              .toInt()
        == 1);
    CHECK_FALSE(repository.remove(moved.id).ok());
}

TEST_CASE("Assignment kinds are stored as their codes and read back", "[storage][admin]")
{
    CHECK(AssignmentRepository::kindCode(Assignment::Kind::Definitive) == QStringLiteral("definitive"));
    CHECK(AssignmentRepository::kindFromCode(QStringLiteral("plt")) == Assignment::Kind::Plt);
    CHECK(AssignmentRepository::kindFromCode(QStringLiteral("plh")) == Assignment::Kind::Plh);
    CHECK_FALSE(AssignmentRepository::kindFromCode(QStringLiteral("acting")).has_value());
}
