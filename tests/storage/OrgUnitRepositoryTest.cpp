// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrgUnitRepository.h"

#include "core/storage/Uuid.h"
#include "tests/storage/ImportTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

OrgUnit unit(const QString& code, const QString& name, const QString& parentCode = {})
{
    OrgUnit result;
    result.code = code;
    result.name = name;
    result.kind = parentCode.isEmpty() ? OrgUnit::Kind::Instansi : OrgUnit::Kind::Opd;
    if (!parentCode.isEmpty()) {
        result.parentId = Uuid::forOrgUnit(parentCode);
    }
    return result;
}

} // namespace

TEST_CASE("OrgUnitRepository stores units under their code and reads them back unchanged", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("units.sqlite")));
    OrgUnitRepository repository(*database);

    auto root = unit(QStringLiteral("15"), QStringLiteral("Pemerintah Provinsi Jambi"));
    auto saved = repository.save(root);
    REQUIRE(saved.ok());
    CHECK(saved->outcome == SavedRow::Outcome::Added);
    CHECK(saved->id == Uuid::forOrgUnit(QStringLiteral("15")));

    auto dinas = unit(QStringLiteral("1.01"), QStringLiteral("Dinas Pendidikan"), QStringLiteral("15"));
    dinas.kind = OrgUnit::Kind::Opd;
    dinas.address = QStringLiteral("Jl. Jend. A. Yani No. 1, Telanaipura");
    dinas.letterhead = QStringLiteral("PEMERINTAH PROVINSI JAMBI\nDINAS PENDIDIKAN");
    REQUIRE(repository.save(dinas).ok());
    auto setda = unit(QStringLiteral("1.00"), QStringLiteral("Sekretariat Daerah"), QStringLiteral("15"));
    REQUIRE(repository.save(setda).ok());
    root.assessmentDelegateId = Uuid::forOrgUnit(QStringLiteral("1.00"));
    auto updated = repository.save(root);
    REQUIRE(updated.ok());
    CHECK(updated->outcome == SavedRow::Outcome::Updated);

    dinas.id = Uuid::forOrgUnit(dinas.code);
    auto read = repository.byCode(QStringLiteral("1.01"));
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK(read->value() == dinas);
    root.id = Uuid::forOrgUnit(root.code);
    auto readRoot = repository.get(root.id);
    REQUIRE(readRoot.ok());
    REQUIRE(readRoot->has_value());
    CHECK(readRoot->value() == root);

    auto roots = repository.children({});
    REQUIRE(roots.ok());
    REQUIRE(roots->size() == 1);
    auto children = repository.children(root.id);
    REQUIRE(children.ok());
    REQUIRE(children->size() == 2);
    CHECK(children->at(0).name == QStringLiteral("Dinas Pendidikan")); // by name
    CHECK(children->at(1).name == QStringLiteral("Sekretariat Daerah"));
    CHECK(repository.count().value() == 3);
    CHECK(repository.idsByCode()->value(QStringLiteral("1.00")) == Uuid::forOrgUnit(QStringLiteral("1.00")));
}

TEST_CASE("OrgUnitRepository writes nothing for an identical unit and refuses bad units untouched", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("units.sqlite")));
    OrgUnitRepository repository(*database);
    REQUIRE(repository.save(unit(QStringLiteral("15"), QStringLiteral("Provinsi"))).ok());
    const int outbox = countRows(*database, QStringLiteral("outbox"));
    const int audit = countRows(*database, QStringLiteral("audit_log"));

    auto again = repository.save(unit(QStringLiteral("15"), QStringLiteral("Provinsi")));
    REQUIRE(again.ok());
    CHECK(again->outcome == SavedRow::Outcome::Unchanged);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
    CHECK(countRows(*database, QStringLiteral("audit_log")) == audit);

    CHECK_FALSE(repository.save(unit(QString(), QStringLiteral("No code"))).ok());
    CHECK_FALSE(repository.save(unit(QStringLiteral("2"), QString())).ok());
    CHECK_FALSE(repository.save(unit(QStringLiteral("3"), QStringLiteral("Orphan"), QStringLiteral("nowhere"))).ok());
    auto self = unit(QStringLiteral("4"), QStringLiteral("Self"), QStringLiteral("4"));
    CHECK_FALSE(repository.save(self).ok());
    auto wrongId = unit(QStringLiteral("5"), QStringLiteral("Wrong id"));
    wrongId.id = Uuid::createV7();
    CHECK_FALSE(repository.save(wrongId).ok());
    CHECK(countRows(*database, QStringLiteral("org_unit")) == 1);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
}

TEST_CASE("OrgUnitRepository tombstones a unit without children and revives it on the next save", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("units.sqlite")));
    OrgUnitRepository repository(*database);
    REQUIRE(repository.save(unit(QStringLiteral("15"), QStringLiteral("Provinsi"))).ok());
    REQUIRE(repository.save(unit(QStringLiteral("1.01"), QStringLiteral("Dinas"), QStringLiteral("15"))).ok());
    const auto rootId = Uuid::forOrgUnit(QStringLiteral("15"));
    const auto childId = Uuid::forOrgUnit(QStringLiteral("1.01"));

    CHECK_FALSE(repository.tombstone(rootId).ok()); // still has a child
    REQUIRE(repository.tombstone(childId).ok());
    CHECK_FALSE(repository.get(childId)->has_value());
    CHECK(countRows(*database, QStringLiteral("org_unit")) == 2); // nothing hard-deleted
    CHECK(value(*database, QStringLiteral("SELECT op FROM outbox ORDER BY client_seq DESC LIMIT 1")).toString()
        == QStringLiteral("delete"));
    CHECK_FALSE(repository.tombstone(childId).ok());
    REQUIRE(repository.tombstone(rootId).ok());

    auto revived = repository.save(unit(QStringLiteral("15"), QStringLiteral("Provinsi")));
    REQUIRE(revived.ok());
    CHECK(revived->outcome == SavedRow::Outcome::Updated);
    CHECK(repository.get(rootId)->has_value());
}
