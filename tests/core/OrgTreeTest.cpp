// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/OrgTree.h"

#include "tests/support/TestSupport.h"

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

struct Province
{
    OrgUnit pemprov = makeUnit(QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi);
    OrgUnit disdik = makeUnit(QStringLiteral("Dinas Pendidikan"), OrgUnit::Kind::Opd, pemprov.id);
    OrgUnit bidangSma = makeUnit(QStringLiteral("Bidang SMA"), OrgUnit::Kind::Bidang, disdik.id);
    OrgUnit seksiKurikulum = makeUnit(QStringLiteral("Seksi Kurikulum"), OrgUnit::Kind::Seksi, bidangSma.id);
    OrgUnit bidangSmk = makeUnit(QStringLiteral("Bidang SMK"), OrgUnit::Kind::Bidang, disdik.id);
    OrgUnit setda = makeUnit(QStringLiteral("Sekretariat Daerah"), OrgUnit::Kind::Opd, pemprov.id);
    OrgUnit biro = makeUnit(QStringLiteral("Biro Umum"), OrgUnit::Kind::Opd, setda.id);
    OrgUnit bagian = makeUnit(QStringLiteral("Bagian Rumah Tangga"), OrgUnit::Kind::Bagian, biro.id);

    QList<OrgUnit> units() const
    {
        return {pemprov, disdik, bidangSma, seksiKurikulum, bidangSmk, setda, biro, bagian};
    }
};

} // namespace

TEST_CASE("OrgTree answers children, ancestors and paths", "[core][org]")
{
    const Province p;
    const auto built = OrgTree::build(p.units());
    REQUIRE(built.ok());
    const OrgTree& tree = built.value();

    CHECK(tree.roots() == QList<QUuid> {p.pemprov.id});
    CHECK(tree.children(p.pemprov.id) == QList<QUuid> {p.disdik.id, p.setda.id});
    CHECK(tree.children(p.disdik.id) == QList<QUuid> {p.bidangSma.id, p.bidangSmk.id});
    CHECK(tree.children(p.seksiKurikulum.id).isEmpty());
    CHECK(tree.descendants(p.disdik.id) == QList<QUuid> {p.bidangSma.id, p.seksiKurikulum.id, p.bidangSmk.id});
    CHECK(tree.parent(p.seksiKurikulum.id) == p.bidangSma.id);
    CHECK_FALSE(tree.parent(p.pemprov.id).has_value());
    CHECK(tree.ancestors(p.seksiKurikulum.id) == QList<QUuid> {p.bidangSma.id, p.disdik.id, p.pemprov.id});
    CHECK(tree.path(p.seksiKurikulum.id)
        == QList<QUuid> {p.pemprov.id, p.disdik.id, p.bidangSma.id, p.seksiKurikulum.id});
    CHECK(tree.pathText(p.seksiKurikulum.id)
        == QStringLiteral("Pemerintah Provinsi Jambi / Dinas Pendidikan / Bidang SMA / Seksi Kurikulum"));
    CHECK(tree.isAncestor(p.disdik.id, p.seksiKurikulum.id));
    CHECK_FALSE(tree.isAncestor(p.setda.id, p.seksiKurikulum.id));
    REQUIRE(tree.unit(p.bidangSma.id) != nullptr);
    CHECK(tree.unit(p.bidangSma.id)->name == QStringLiteral("Bidang SMA"));
    CHECK(tree.unit(QUuid::createUuid()) == nullptr);
}

TEST_CASE("OrgTree finds the root OPD of a unit", "[core][org]")
{
    const Province p;
    const auto tree = OrgTree::build(p.units());
    REQUIRE(tree.ok());
    CHECK(tree->opdOf(p.seksiKurikulum.id) == p.disdik.id);
    CHECK(tree->opdOf(p.disdik.id) == p.disdik.id);
    // A Biro modelled as an OPD under the Sekretariat Daerah belongs to the Sekretariat Daerah.
    CHECK(tree->opdOf(p.bagian.id) == p.setda.id);
    CHECK_FALSE(tree->opdOf(p.pemprov.id).has_value());
}

TEST_CASE("OrgTree rejects a cycle and names its units", "[core][org]")
{
    OrgUnit a = makeUnit(QStringLiteral("Bidang A"), OrgUnit::Kind::Bidang);
    OrgUnit b = makeUnit(QStringLiteral("Bidang B"), OrgUnit::Kind::Bidang, a.id);
    a.parentId = b.id;
    const OrgUnit root = makeUnit(QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi);
    const auto tree = OrgTree::build({root, a, b});
    REQUIRE_FALSE(tree.ok());
    REQUIRE(tree.problems().size() == 1);
    CHECK(tree.error().startsWith(QStringLiteral("The units form a cycle")));
    CHECK(tree.error().contains(QStringLiteral("\"Bidang A\"")));
    CHECK(tree.error().contains(QStringLiteral("\"Bidang B\"")));
}

TEST_CASE("OrgTree rejects a unit that is its own parent", "[core][org]")
{
    OrgUnit a = makeUnit(QStringLiteral("Bidang A"), OrgUnit::Kind::Bidang);
    a.parentId = a.id;
    const auto tree = OrgTree::build({a});
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.problems() == QStringList {QStringLiteral("The unit \"Bidang A\" is its own parent.")});
}

TEST_CASE("OrgTree reports a missing parent, a duplicate id and a longer cycle at once", "[core][org]")
{
    const OrgUnit orphan = makeUnit(QStringLiteral("Seksi Yatim"), OrgUnit::Kind::Seksi, QUuid::createUuid());
    OrgUnit copy = orphan;
    copy.name = QStringLiteral("Seksi Kembar");
    OrgUnit a = makeUnit(QStringLiteral("A"), OrgUnit::Kind::Bidang);
    OrgUnit b = makeUnit(QStringLiteral("B"), OrgUnit::Kind::Bidang, a.id);
    OrgUnit c = makeUnit(QStringLiteral("C"), OrgUnit::Kind::Bidang, b.id);
    a.parentId = c.id;
    const OrgUnit below = makeUnit(QStringLiteral("D"), OrgUnit::Kind::Seksi, c.id);
    const auto tree = OrgTree::build({orphan, copy, a, b, c, below});
    REQUIRE_FALSE(tree.ok());
    const auto problems = tree.problems();
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).contains(QStringLiteral("have the same id")));
    CHECK(problems.at(1).startsWith(QStringLiteral("The parent of the unit \"Seksi Yatim\" does not exist")));
    CHECK(problems.at(2).startsWith(QStringLiteral("The units form a cycle")));
    CHECK_FALSE(problems.at(2).contains(QStringLiteral("\"D\"")));
}

TEST_CASE("OrgTree checks the assessment delegate of a unit", "[core][org]")
{
    Province p;
    p.pemprov.assessmentDelegateId = p.setda.id;
    CHECK(OrgTree::build(p.units()).ok());

    Province wrong;
    wrong.disdik.assessmentDelegateId = wrong.setda.id;
    const auto tree = OrgTree::build(wrong.units());
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error()
        == QStringLiteral(
            "The unit \"Dinas Pendidikan\" delegates assessment to \"Sekretariat Daerah\", which is not below it."));
}

TEST_CASE("OrgUnit names its kinds with the official terms", "[core][org]")
{
    CHECK(OrgUnit::officialKindName(OrgUnit::Kind::Opd) == QStringLiteral("Perangkat Daerah"));
    CHECK(OrgUnit::officialKindName(OrgUnit::Kind::Uptd) == QStringLiteral("UPTD"));
    CHECK(OrgUnit::officialKindName(OrgUnit::Kind::School) == QStringLiteral("Sekolah"));
}
