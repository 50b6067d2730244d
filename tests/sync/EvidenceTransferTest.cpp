// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence files through the server's functions (sync.put_blob / sync.get_blob): chunks that resume after a break,
// the SHA-256 checked on the last chunk, stored once per hash, readable only where an evidence row in the reader's
// scope points to it. And sync.change_password.
#include "core/sync/EvidenceTransfer.h"

#include "core/storage/EvidenceStore.h"
#include "core/storage/Uuid.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncFixture.h"

#include <QCryptographicHash>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QByteArray someFile(int size)
{
    QByteArray data;
    data.reserve(size);
    for (int i = 0; i < size; ++i)
        data.append(char((i * 7 + i / 13) & 0xff));
    return data;
}

} // namespace

TEST_CASE(
    "An evidence file goes up in chunks that resume, and comes down only to those who may see it", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.approved"));
    const auto outsider = server.outsiderNip(plan.employeeNip, plan.assessorNip);
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    Replica other(server, server.addUser(QStringLiteral("lain"), outsider));
    employee.sync();
    employee.greet();
    const auto file = someFile(300 * 1024);
    const auto sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const auto mime = QStringLiteral("application/pdf");
    constexpr int chunk = 128 * 1024;

    // the first chunk arrives, then the connection breaks
    auto first = employee.transport().putBlob(sha, file.size(), mime, 0, file.left(chunk));
    REQUIRE(first.ok());
    CHECK(first->value(QStringLiteral("received")).toInteger() == chunk);
    CHECK_FALSE(first->value(QStringLiteral("complete")).toBool());
    employee.transport().disconnect();

    // the next round resumes from what the server has; a chunk sent twice is skipped
    employee.greet();
    auto again = employee.transport().putBlob(sha, file.size(), mime, 0, file.left(chunk));
    REQUIRE(again.ok());
    CHECK(again->value(QStringLiteral("received")).toInteger() == chunk);
    qint64 offset = again->value(QStringLiteral("received")).toInteger();
    QJsonObject last;
    while (offset < file.size()) {
        auto answer = employee.transport().putBlob(sha, file.size(), mime, offset, file.mid(offset, chunk));
        REQUIRE(answer.ok());
        last = *answer;
        offset = answer->value(QStringLiteral("received")).toInteger();
    }
    CHECK(last.value(QStringLiteral("complete")).toBool());
    CHECK(server.value(QStringLiteral("SELECT count(*) FROM kinerja.blob WHERE sha256 = '%1' AND complete").arg(sha))
              .toInt()
        == 1);

    // wrong bytes for a hash are refused and nothing of them is kept
    const auto fake = someFile(1000);
    const auto fakeSha = QString(64, QLatin1Char('a'));
    auto wrong = employee.transport().putBlob(fakeSha, fake.size(), mime, 0, fake);
    REQUIRE(wrong.ok());
    CHECK_FALSE(wrong->value(QStringLiteral("complete")).toBool());
    CHECK(wrong->value(QStringLiteral("error")).toString() == QStringLiteral("hash-mismatch"));
    CHECK(
        server.value(QStringLiteral("SELECT count(*) FROM kinerja.blob_chunk WHERE sha256 = '%1'").arg(fakeSha)).toInt()
        == 0);

    // nobody reads it before an evidence row points to it
    CHECK_FALSE(employee.transport().getBlob(sha, 0, 1000).ok());

    // the employee attaches it to an evaluation; the evidence row travels with the next round
    const auto evaluation =
        employee.value(QStringLiteral("SELECT id FROM evaluation WHERE plan_id = ? ORDER BY id LIMIT 1"), {plan.planId})
            .toString();
    REQUIRE_FALSE(evaluation.isEmpty());
    employee.transport().disconnect();
    employee.exec(QStringLiteral("INSERT INTO evidence (id, evaluation_id, title, file_name, mime_type, size, sha256) "
                                 "VALUES (?, ?, 'Laporan', 'laporan.pdf', ?, ?, ?)"),
        {Uuid::toText(Uuid::createV7()), evaluation, mime, file.size(), sha});
    CHECK(employee.sync().applied == 1);

    assessor.greet();
    QByteArray downloaded;
    while (downloaded.size() < file.size()) {
        auto piece = assessor.transport().getBlob(sha, downloaded.size(), chunk);
        REQUIRE(piece.ok());
        REQUIRE_FALSE(piece->isEmpty());
        downloaded += *piece;
    }
    CHECK(downloaded == file);
    assessor.transport().disconnect();

    other.greet();
    const auto refused = other.transport().getBlob(sha, 0, chunk);
    REQUIRE_FALSE(refused.ok());
    other.transport().disconnect();
}

TEST_CASE("A person changes their own password through the sync functions", "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.draft"));
    const auto login = server.addUser(QStringLiteral("pegawai"), plan.employeeNip);
    PostgresTransport transport(server.settings(login));
    REQUIRE(transport.connect().ok());
    const auto tooShort = transport.changePassword(QStringLiteral("pendek"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().contains(QStringLiteral("at least 8")));
    REQUIRE(transport.changePassword(QStringLiteral("sandi-baru-yang-panjang")).ok());
    transport.disconnect();
    REQUIRE_FALSE(transport.connect().ok()); // the old password no longer opens the door
    auto settings = server.settings(login);
    settings.password = QStringLiteral("sandi-baru-yang-panjang");
    PostgresTransport renewed(settings);
    CHECK(renewed.connect().ok());
    renewed.disconnect();
}

TEST_CASE("The engine sends a file before the evidence that points to it, resuming a broken upload, and an assessor "
          "fetches it whole",
    "[postgres][sync]")
{
    SyncFixture server;
    const auto plan = server.planIn(QStringLiteral("plan.approved"));
    Replica employee(server, server.addUser(QStringLiteral("pegawai"), plan.employeeNip));
    Replica assessor(server, server.addUser(QStringLiteral("penilai"), plan.assessorNip));
    employee.sync();
    assessor.sync();
    const auto evaluation =
        employee.value(QStringLiteral("SELECT id FROM evaluation WHERE plan_id = ? ORDER BY id LIMIT 1"), {plan.planId})
            .toString();
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + someFile(2500 * 1024);
    const auto added = EvidenceStore(employee.database())
                           .addFile({Uuid::fromText(evaluation), {}, {}}, QStringLiteral("laporan-triwulan.pdf"), pdf,
                               QStringLiteral("Laporan triwulan"));
    REQUIRE(added.ok());
    const auto sha = added->sha256;

    // a first round broke off after one chunk of the file had arrived
    employee.greet();
    REQUIRE(employee.transport()
                .putBlob(sha, pdf.size(), QStringLiteral("application/pdf"), 0, pdf.left(EvidenceTransfer::kChunkBytes))
                .ok());
    employee.transport().disconnect();

    const auto report = employee.sync();
    CHECK(report.filesUploaded == 1);
    CHECK(report.refused == 0);
    CHECK(server.value(QStringLiteral("SELECT complete FROM kinerja.blob WHERE sha256 = '%1'").arg(sha)).toBool());
    CHECK(server.value(QStringLiteral("SELECT sum(length(data)) FROM kinerja.blob_chunk WHERE sha256 = '%1'").arg(sha))
              .toLongLong()
        == pdf.size());
    // a second round sends nothing again
    employee.exec(QStringLiteral("UPDATE evidence SET title = 'Laporan triwulan I' WHERE sha256 = ?"), {sha});
    CHECK(employee.sync().filesUploaded == 0);

    // the assessor gets the row, then the file on demand, whole
    assessor.sync();
    assessor.greet();
    EvidenceTransfer transfer(assessor.database(), assessor.transport());
    const auto missing = transfer.missing();
    REQUIRE(missing.ok());
    CHECK(missing->contains(sha));
    QList<qint64> steps;
    REQUIRE(transfer.download(sha, [&steps](qint64 received, qint64) { steps.append(received); }).ok());
    assessor.transport().disconnect();
    CHECK(steps.size() == 3); // 1 MiB chunks
    CHECK(steps.last() == pdf.size());
    CHECK(
        assessor.value(QStringLiteral("SELECT data FROM evidence_blob WHERE sha256 = ?"), {sha}).toByteArray() == pdf);
    CHECK(transfer.missing()->isEmpty());
}
