// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EvidenceReattacher.h"

#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

namespace kinerja {

namespace {

using V = DocumentValues;

} // namespace

EvidenceReattacher::EvidenceReattacher(const Database& database)
    : m_database(database)
{ }

Result<EvidenceStore::Evidence> EvidenceReattacher::reattach(
    const EvidenceStore::Evidence& former, const QUuid& authorId)
{
    using Evidence = EvidenceStore::Evidence;
    const auto db = m_database.connection();
    const auto failed = [] { return Result<Evidence>::failure(tr("The evidence could not be added again.")); };
    const bool isFile = !former.sha256.isEmpty();
    if (isFile == !former.url.isEmpty()) {
        return failed();
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM evaluation WHERE id = ? AND deleted = 0"),
            {V::id(former.evaluationId)}, "find an evaluation")
             .isValid()) {
        return Result<Evidence>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    if (isFile
        && !sql::scalar(db, QStringLiteral("SELECT 1 FROM evidence_blob WHERE sha256 = ?"), {former.sha256},
            "find an evidence file")
                .isValid()) {
        return Result<Evidence>::failure(
            tr("The file \"%1\" is no longer stored on this computer, so it cannot be added again.")
                .arg(former.fileName));
    }
    auto evidence = former;
    evidence.id = Uuid::createV7();
    if (!sql::exec(db,
            QStringLiteral("INSERT INTO evidence (id, evaluation_id, work_result_id, indicator_id, title, file_name, "
                           "mime_type, size, sha256, url, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {V::id(evidence.id), V::id(evidence.evaluationId), V::id(evidence.workResultId),
                V::id(evidence.indicatorId), sql::text(evidence.title), V::optionalText(evidence.fileName),
                V::optionalText(evidence.mimeType),
                isFile ? QVariant(evidence.size) : QVariant(QMetaType::fromType<qint64>()),
                V::optionalText(evidence.sha256), V::optionalText(evidence.url), V::id(authorId)},
            "add evidence again")) {
        return failed();
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<Evidence>();
    }
    return evidence;
}

} // namespace kinerja
