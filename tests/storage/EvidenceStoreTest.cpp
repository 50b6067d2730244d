// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EvidenceStore.h"

#include "core/storage/EvaluationRepository.h"
#include "tests/storage/DocumentTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

QByteArray pdf(const QByteArray& body)
{
    return QByteArray("%PDF-1.7\n") + body;
}

} // namespace

TEST_CASE("Evidence added twice is stored once, limits and types are refused without storing anything",
    "[storage][documents]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("evidence.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    auto plan = plans.create(samplePlan(people), people.participants);
    REQUIRE(plan.ok());
    EvaluationRepository evaluations(*database);
    const auto ids = evaluations.createForPlan(plan->id);
    REQUIRE(ids.ok());
    const auto& indicator = plan->results.first().indicators.first();
    const EvidenceStore::Target target {ids->first(), plan->results.first().id, indicator.id};

    EvidenceStore store(*database, 1024);
    const auto bytes = pdf("laporan");
    const auto first = store.addFile(target, QStringLiteral("/tmp/laporan'; DROP TABLE x; --.pdf"), bytes);
    INFO(first.error());
    REQUIRE(first.ok());
    const auto second =
        store.addFile({ids->first(), {}, {}}, QStringLiteral("salinan.pdf"), bytes, QStringLiteral("Salinan"));
    REQUIRE(second.ok());
    CHECK(first->sha256 == second->sha256);
    CHECK(first->mimeType == QStringLiteral("application/pdf"));
    CHECK(first->fileName == QStringLiteral("laporan'; DROP TABLE x; --.pdf"));
    CHECK(*store.blobCount() == 1);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM evidence")) == 2);
    CHECK(*store.read(second->id) == bytes);
    CHECK(store.listForEvaluation(ids->first())->size() == 2);
    CHECK(store.listForIndicator(ids->first(), indicator.id)->size() == 1);
    CHECK(store.listForIndicator(ids->first(), indicator.id)->first() == *first);

    const auto png = store.addFile(target, QStringLiteral("foto.bin"), QByteArray("\x89PNG\r\n\x1A\n", 8) + "data");
    REQUIRE(png.ok());
    CHECK(png->mimeType == QStringLiteral("image/png"));
    const auto docx = store.addFile(target, QStringLiteral("nota.docx"), QByteArray("PK\x03\x04", 4) + "word");
    REQUIRE(docx.ok());
    const auto link = store.addLink(target, QStringLiteral("https://drive.example.go.id/bukti?a=1&b=<2>"));
    REQUIRE(link.ok());
    const auto blobsBefore = *store.blobCount();
    const auto rowsBefore = countRows(*database, QStringLiteral("SELECT count(*) FROM evidence"));

    const auto tooLarge = store.addFile(target, QStringLiteral("besar.pdf"), pdf(QByteArray(2000, 'x')));
    CHECK_FALSE(tooLarge.ok());
    CHECK(tooLarge.error()
        == QStringLiteral("The file \"besar.pdf\" is 0.0 MB; an evidence file may be at most 0.0 MB."));
    const auto executable = store.addFile(target, QStringLiteral("virus.pdf"), QByteArray("MZ\x90\x00", 4));
    CHECK_FALSE(executable.ok());
    CHECK(executable.error().contains(QStringLiteral("virus.pdf")));
    CHECK_FALSE(store.addFile(target, QStringLiteral("archive.zip"), QByteArray("PK\x03\x04", 4) + "zip").ok());
    CHECK_FALSE(store.addFile(target, QStringLiteral("kosong.pdf"), QByteArray()).ok());
    CHECK_FALSE(store.addFile({Uuid::createV7(), {}, {}}, QStringLiteral("a.pdf"), pdf("other")).ok());
    CHECK_FALSE(store.addLink(target, QStringLiteral("javascript:alert(1)")).ok());
    CHECK(*store.blobCount() == blobsBefore);
    CHECK(countRows(*database, QStringLiteral("SELECT count(*) FROM evidence")) == rowsBefore);

    // A tombstoned row is not listed; its blob stays while a row refers to it.
    REQUIRE(store.tombstone(first->id).ok());
    REQUIRE(store.tombstone(second->id).ok());
    CHECK(store.listForIndicator(ids->first(), indicator.id)->size() == 3); // the png, the docx and the link
    CHECK_FALSE(store.read(first->id).ok());
    CHECK(*store.blobCount() == blobsBefore);
}
