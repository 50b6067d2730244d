// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EmployeeRepository.h"

#include "core/storage/OrgUnitRepository.h"
#include "core/storage/Uuid.h"
#include "tests/storage/ImportTestSupport.h"

#include <QSet>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QUuid addUnit(const Database& database, const QString& code)
{
    OrgUnitRepository units(database);
    OrgUnit unit;
    unit.code = code;
    unit.name = QStringLiteral("Unit ") + code;
    auto saved = units.save(unit);
    REQUIRE(saved.ok());
    return saved->id;
}

EmployeeRecord person(const QString& nip, const QString& name, const QUuid& unitId)
{
    EmployeeRecord record;
    auto parsed = Nip::parse(nip);
    REQUIRE(parsed.ok());
    record.employee.nip = parsed.value();
    record.employee.kind = parsed->kind();
    record.employee.birthDate = parsed->birthDate();
    record.employee.gender = parsed->gender();
    record.employee.name = name;
    record.unitId = unitId;
    return record;
}

} // namespace

TEST_CASE("EmployeeRepository stores an employee under the NIP and reads every field back", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("people.sqlite")));
    const auto unitId = addUnit(*database, QStringLiteral("1.01"));
    EmployeeRepository repository(*database);

    auto record = person(pnsNip(7, true), QStringLiteral("Siti Aminah"), unitId);
    record.employee.frontTitles = QStringLiteral("Dr. Hj.");
    record.employee.backTitles = QStringLiteral("S.Pd., M.Si.");
    record.employee.rank = Rank::parse(QStringLiteral("III/c")).value();
    record.rankSince = QDate(2019, 4, 1);
    record.positionTitle = QStringLiteral("Analis SDM Aparatur Ahli Muda");
    record.positionKind = PositionKind::Fungsional;
    record.functionalLevel = FunctionalLevel::AhliMuda;
    auto saved = repository.save(record);
    INFO(saved.error());
    REQUIRE(saved.ok());
    CHECK(saved->outcome == SavedRow::Outcome::Added);
    CHECK(saved->id == Uuid::forEmployee(pnsNip(7, true)));

    record.employee.id = saved->id;
    auto read = repository.byNip(record.employee.nip->formatted());
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK(read->value() == record);
    CHECK(repository.get(saved->id)->value() == record);

    CHECK(repository.save(record)->outcome == SavedRow::Outcome::Unchanged);
    record.employee.name = QStringLiteral("Siti Aminah Lubis");
    CHECK(repository.save(record)->outcome == SavedRow::Outcome::Updated);
    CHECK(repository.get(saved->id)->value().employee.name == QStringLiteral("Siti Aminah Lubis"));

    // A pejabat negara: no NIP, a new UUIDv7, updated by id.
    EmployeeRecord governor;
    governor.employee.name = QStringLiteral("Gubernur Jambi");
    auto added = repository.save(governor);
    REQUIRE(added.ok());
    CHECK(Uuid::version(added->id) == 7);
    governor.employee.id = added->id;
    CHECK(repository.get(added->id)->value() == governor);
    CHECK(repository.save(governor)->outcome == SavedRow::Outcome::Unchanged);
}

TEST_CASE("EmployeeRepository refuses invalid employees and leaves the stored data untouched", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("people.sqlite")));
    const auto unitId = addUnit(*database, QStringLiteral("1.01"));
    EmployeeRepository repository(*database);
    REQUIRE(repository.save(person(pnsNip(1), QStringLiteral("Budi"), unitId)).ok());
    const int outbox = countRows(*database, QStringLiteral("outbox"));

    auto noName = person(pnsNip(2), QString(), unitId);
    CHECK_FALSE(repository.save(noName).ok());
    auto wrongGender = person(pnsNip(3), QStringLiteral("Ani"), unitId);
    wrongGender.employee.gender = Gender::Female;
    CHECK_FALSE(repository.save(wrongGender).ok());
    auto pppkRank = person(pnsNip(4), QStringLiteral("Joko"), unitId);
    pppkRank.employee.rank = Rank::parse(QStringLiteral("IX")).value();
    CHECK_FALSE(repository.save(pppkRank).ok());
    auto unknownUnit = person(pnsNip(5), QStringLiteral("Rina"), Uuid::forOrgUnit(QStringLiteral("nowhere")));
    auto refused = repository.save(unknownUnit);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("unit")));
    auto levelWithoutFunctional = person(pnsNip(6), QStringLiteral("Dewi"), unitId);
    levelWithoutFunctional.functionalLevel = FunctionalLevel::Mahir;
    CHECK_FALSE(repository.save(levelWithoutFunctional).ok());

    CHECK(countRows(*database, QStringLiteral("employee")) == 1);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
}

TEST_CASE("EmployeeRepository pages through employees by name, filtered by unit and text", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("people.sqlite")));
    const auto unitA = addUnit(*database, QStringLiteral("A"));
    const auto unitB = addUnit(*database, QStringLiteral("B"));
    EmployeeRepository repository(*database);
    const QStringList names {QStringLiteral("Yusuf"), QStringLiteral("Agus"), QStringLiteral("Maria"),
        QStringLiteral("Budi"), QStringLiteral("Citra"), QStringLiteral("Dedi"), QStringLiteral("Eka"),
        QStringLiteral("Fajar"), QStringLiteral("Gita"), QStringLiteral("Hadi")};
    for (int i = 0; i < names.size(); ++i) {
        REQUIRE(repository.save(person(pnsNip(i), names.at(i), i % 2 ? unitB : unitA)).ok());
    }
    auto sorted = names;
    sorted.sort();

    QStringList seen;
    for (int offset = 0; offset < 12; offset += 4) {
        auto page = repository.page(offset, 4);
        REQUIRE(page.ok());
        CHECK(page->size() == qMin(4, 10 - offset));
        for (const auto& record : page.value()) {
            seen << record.employee.name;
        }
    }
    CHECK(seen == sorted);
    CHECK(repository.count().value() == 10);

    EmployeeFilter inB;
    inB.unitId = unitB;
    CHECK(repository.count(inB).value() == 5);
    auto pageB = repository.page(0, 100, inB);
    REQUIRE(pageB.ok());
    for (const auto& record : pageB.value()) {
        CHECK(record.unitId == unitB);
    }

    EmployeeFilter byText;
    byText.text = QStringLiteral("ar"); // Maria, Fajar
    CHECK(repository.count(byText).value() == 2);
    byText.text = QStringLiteral("%");
    CHECK(repository.count(byText).value() == 0);
    byText.text = pnsNip(3).left(8) + u' ' + pnsNip(3).mid(8, 6);
    CHECK(repository.count(byText).value() == 10); // every test NIP starts with the same birth date and TMT
    byText.text = pnsNip(3);
    auto byNip = repository.page(0, 10, byText);
    REQUIRE(byNip->size() == 1);
    CHECK(byNip->first().employee.name == QStringLiteral("Budi"));

    REQUIRE(repository.tombstone(byNip->first().employee.id).ok());
    CHECK(repository.count().value() == 9);
    CHECK_FALSE(repository.tombstone(byNip->first().employee.id).ok());
    CHECK(countRows(*database, QStringLiteral("employee")) == 10);
}

TEST_CASE("EmployeeRepository pages after the last row's key, people of the same name included", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("keyset.sqlite")));
    const auto unitA = addUnit(*database, QStringLiteral("A"));
    const auto unitB = addUnit(*database, QStringLiteral("B"));
    EmployeeRepository repository(*database);
    const QStringList names {QStringLiteral("Yusuf"), QStringLiteral("Agus"), QStringLiteral("Maria"),
        QStringLiteral("Budi"), QStringLiteral("Citra"), QStringLiteral("Dedi"), QStringLiteral("Eka"),
        QStringLiteral("Fajar"), QStringLiteral("Gita"), QStringLiteral("Hadi")};
    for (int i = 0; i < names.size(); ++i) {
        REQUIRE(repository.save(person(pnsNip(i), names.at(i), i % 2 ? unitB : unitA)).ok());
    }
    auto sorted = names;
    sorted.sort();
    REQUIRE(repository.save(person(pnsNip(20), QStringLiteral("Maria"), unitA)).ok());
    auto withTwin = sorted;
    withTwin.insert(withTwin.indexOf(QStringLiteral("Maria")), QStringLiteral("Maria"));
    QStringList keyed;
    QSet<QUuid> ids;
    QString lastName;
    QUuid lastId;
    for (int pages = 0; pages < 10; ++pages) {
        const auto page = repository.pageAfter(lastName, lastId, 3);
        REQUIRE(page.ok());
        for (const auto& record : page.value()) {
            keyed << record.employee.name;
            ids.insert(record.employee.id);
        }
        if (page->size() < 3)
            break;
        lastName = page->constLast().employee.name;
        lastId = page->constLast().employee.id;
    }
    CHECK(keyed == withTwin);
    CHECK(ids.size() == 11);
    EmployeeFilter inA;
    inA.unitId = unitA;
    const auto firstOfA = repository.pageAfter({}, {}, 2, inA);
    REQUIRE(firstOfA.ok());
    REQUIRE(firstOfA->size() == 2);
    const auto restOfA =
        repository.pageAfter(firstOfA->constLast().employee.name, firstOfA->constLast().employee.id, 100, inA);
    REQUIRE(restOfA.ok());
    CHECK(restOfA->size() == 4); // 5 in A plus the second Maria, minus the first two
    for (const auto& record : restOfA.value())
        CHECK(record.unitId == unitA);
}
