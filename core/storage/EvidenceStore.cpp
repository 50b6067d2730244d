// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EvidenceStore.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

namespace kinerja {

namespace {

using V = DocumentValues;

QString zipType(const QString& fileName, const QByteArray& bytes)
{
    // An ODF package starts with an uncompressed "mimetype" entry (ODF 1.2 part 3, 3.3): name at offset 30.
    if (bytes.mid(30, 8) == "mimetype") {
        const auto type = QString::fromLatin1(bytes.mid(38, 60));
        if (type.startsWith(QLatin1String("application/vnd.oasis.opendocument.spreadsheet"))) {
            return QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");
        }
        if (type.startsWith(QLatin1String("application/vnd.oasis.opendocument.text"))) {
            return QStringLiteral("application/vnd.oasis.opendocument.text");
        }
        return {};
    }
    const auto suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("docx")) {
        return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    if (suffix == QLatin1String("xlsx")) {
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
    return {};
}

} // namespace

EvidenceStore::EvidenceStore(const Database& database, qint64 maxBytes)
    : m_database(database)
    , m_maxBytes(maxBytes)
{ }

Result<QString> EvidenceStore::detectType(const QString& fileName, const QByteArray& bytes)
{
    QString type;
    if (bytes.startsWith("%PDF-")) {
        type = QStringLiteral("application/pdf");
    } else if (bytes.startsWith("\xFF\xD8\xFF")) {
        type = QStringLiteral("image/jpeg");
    } else if (bytes.startsWith("\x89PNG\r\n\x1A\n")) {
        type = QStringLiteral("image/png");
    } else if (bytes.startsWith("PK\x03\x04")) {
        type = zipType(fileName, bytes);
    }
    if (type.isEmpty()) {
        return Result<QString>::failure(tr("The file \"%1\" is not a PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS document, "
                                           "so it cannot be added as evidence.")
                                            .arg(fileName));
    }
    return type;
}

QString EvidenceStore::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<EvidenceStore::Evidence> EvidenceStore::addFile(
    const Target& target, const QString& fileName, const QByteArray& bytes, const QString& title)
{
    const auto name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty()) {
        return Result<Evidence>::failure(tr("The file \"%1\" is empty.").arg(name));
    }
    if (bytes.size() > m_maxBytes) {
        const auto megabytes = [](qint64 size) { return QString::number(double(size) / (1024.0 * 1024.0), 'f', 1); };
        return Result<Evidence>::failure(tr("The file \"%1\" is %2 MB; an evidence file may be at most %3 MB.")
                                             .arg(name, megabytes(bytes.size()), megabytes(m_maxBytes)));
    }
    const auto type = detectType(name, bytes);
    if (!type) {
        return type.propagate<Evidence>();
    }
    Evidence evidence;
    evidence.title = title.isEmpty() ? name : title;
    evidence.fileName = name;
    evidence.mimeType = *type;
    evidence.size = bytes.size();
    evidence.sha256 = sha256(bytes);
    return insert(target, evidence, &bytes);
}

Result<EvidenceStore::Evidence> EvidenceStore::addLink(const Target& target, const QString& url, const QString& title)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty()) {
        return Result<Evidence>::failure(tr("\"%1\" is not a web address (http or https).").arg(url));
    }
    Evidence evidence;
    evidence.title = title.isEmpty() ? url.trimmed() : title;
    evidence.url = url.trimmed();
    return insert(target, evidence, nullptr);
}

Result<EvidenceStore::Evidence> EvidenceStore::insert(const Target& target, Evidence evidence, const QByteArray* bytes)
{
    const auto db = m_database.connection();
    const auto failed = [] { return Result<Evidence>::failure(tr("The evidence could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    const auto planId = sql::scalar(db, QStringLiteral("SELECT plan_id FROM evaluation WHERE id = ? AND deleted = 0"),
        {V::id(target.evaluationId)}, "find an evaluation");
    if (!planId.isValid()) {
        return Result<Evidence>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    if (!target.workResultId.isNull()
        && sql::scalar(db, QStringLiteral("SELECT plan_id FROM work_result WHERE id = ? AND deleted = 0"),
               {V::id(target.workResultId)}, "find a work result")
                .toString()
            != planId.toString()) {
        return Result<Evidence>::failure(tr("The work result of the evidence is not part of this SKP."));
    }
    if (!target.indicatorId.isNull()
        && V::toId(sql::scalar(db,
                       QStringLiteral("SELECT i.work_result_id FROM indicator AS i JOIN work_result AS w "
                                      "ON w.id = i.work_result_id WHERE i.id = ? AND i.deleted = 0 AND w.plan_id = ?"),
                       {V::id(target.indicatorId), planId}, "find an indicator"))
               .isNull()) {
        return Result<Evidence>::failure(tr("The indicator of the evidence is not part of this SKP."));
    }
    if (bytes
        && !sql::exec(db,
            QStringLiteral("INSERT INTO evidence_blob (sha256, size, mime_type, data) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (sha256) DO NOTHING"),
            {evidence.sha256, evidence.size, evidence.mimeType, *bytes}, "store an evidence file")) {
        return failed();
    }
    evidence.id = Uuid::createV7();
    evidence.evaluationId = target.evaluationId;
    evidence.workResultId = target.workResultId;
    evidence.indicatorId = target.indicatorId;
    const bool isFile = bytes != nullptr;
    if (!sql::exec(db,
            QStringLiteral("INSERT INTO evidence (id, evaluation_id, work_result_id, indicator_id, title, file_name, "
                           "mime_type, size, sha256, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {V::id(evidence.id), V::id(evidence.evaluationId), V::id(evidence.workResultId),
                V::id(evidence.indicatorId), sql::text(evidence.title), V::optionalText(evidence.fileName),
                V::optionalText(evidence.mimeType),
                isFile ? QVariant(evidence.size) : QVariant(QMetaType::fromType<qint64>()),
                V::optionalText(evidence.sha256), V::optionalText(evidence.url)},
            "insert evidence")) {
        return failed();
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<Evidence>();
    }
    return evidence;
}

Result<QByteArray> EvidenceStore::read(const QUuid& evidenceId) const
{
    const auto db = m_database.connection();
    QSqlQuery query(db);
    if (!sql::exec(query,
            QStringLiteral("SELECT e.file_name, b.data, b.sha256 IS NOT NULL FROM evidence AS e "
                           "LEFT JOIN evidence_blob AS b ON b.sha256 = e.sha256 "
                           "WHERE e.id = ? AND e.deleted = 0 AND e.sha256 IS NOT NULL"),
            {V::id(evidenceId)}, "read an evidence file")) {
        return Result<QByteArray>::failure(tr("The evidence file could not be read."));
    }
    if (!query.next()) {
        return Result<QByteArray>::failure(tr("The evidence file was not found; it may have been deleted."));
    }
    if (!query.value(2).toBool()) {
        return Result<QByteArray>::failure(
            tr("The file \"%1\" has not been downloaded to this computer yet.").arg(query.value(0).toString()));
    }
    return query.value(1).toByteArray();
}

Result<QList<EvidenceStore::Evidence>> EvidenceStore::listForEvaluation(const QUuid& evaluationId) const
{
    return select(QStringLiteral("evaluation_id = ? AND ? IS NULL"), V::id(evaluationId), QVariant());
}

Result<QList<EvidenceStore::Evidence>> EvidenceStore::listForIndicator(
    const QUuid& evaluationId, const QUuid& indicatorId) const
{
    return select(QStringLiteral("evaluation_id = ? AND indicator_id = ?"), V::id(evaluationId), V::id(indicatorId));
}

Result<QList<EvidenceStore::Evidence>> EvidenceStore::select(
    const QString& where, const QVariant& first, const QVariant& second) const
{
    QSqlQuery query(m_database.connection());
    // `where` is one of the fixed conditions above; values are bound.
    if (!sql::exec(query,
            QStringLiteral("SELECT id, evaluation_id, work_result_id, indicator_id, title, file_name, mime_type, size, "
                           "sha256, url FROM evidence WHERE deleted = 0 AND %1 ORDER BY rowid")
                .arg(where),
            {first, second}, "list evidence")) {
        return Result<QList<Evidence>>::failure(tr("The list of evidence could not be read."));
    }
    QList<Evidence> list;
    while (query.next()) {
        Evidence evidence;
        evidence.id = V::toId(query.value(0));
        evidence.evaluationId = V::toId(query.value(1));
        evidence.workResultId = V::toId(query.value(2));
        evidence.indicatorId = V::toId(query.value(3));
        evidence.title = query.value(4).toString();
        evidence.fileName = query.value(5).toString();
        evidence.mimeType = query.value(6).toString();
        evidence.size = query.value(7).toLongLong();
        evidence.sha256 = query.value(8).toString();
        evidence.url = query.value(9).toString();
        list.append(evidence);
    }
    return list;
}

Status EvidenceStore::tombstone(const QUuid& evidenceId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive()
        ? sql::tombstone(db, sql::Table::Evidence, evidenceId, V::id(authorId), "tombstone evidence")
        : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The evidence could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The evidence was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Result<int> EvidenceStore::blobCount() const
{
    const auto count = sql::scalar(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM evidence_blob"), {}, "count evidence files");
    if (!count.isValid()) {
        return Result<int>::failure(tr("The list of evidence could not be read."));
    }
    return count.toInt();
}

} // namespace kinerja
