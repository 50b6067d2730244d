// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Bukti dukung (design.md "Evidence files"): file contents in evidence_blob, stored once per SHA-256, and the
 * metadata rows (table evidence) that point at them per evaluation, work result and indicator.
 *
 * A file is accepted when it is at most maxBytes() long and its content is one of the allowed types (PDF, JPEG, PNG,
 * DOCX, XLSX, ODT, ODS): the type comes from the bytes (magic numbers), and for the ZIP-based office formats from
 * the ODF "mimetype" entry or the file name's extension. A refused file leaves nothing stored.
 * Adding the same bytes twice stores one blob and two metadata rows. tombstone() hides a metadata row; the blob
 * stays while any row (live or tombstoned) refers to it, and `kinerja-cli check` counts blobs nothing refers to.
 * Every change runs in its own Transaction. The Database is not owned and must outlive the store.
 */
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    static constexpr qint64 kDefaultMaxBytes = 20LL * 1024 * 1024;

    struct Evidence
    {
        QUuid id;
        QUuid evaluationId;
        QUuid workResultId; ///< null when not tied to a result
        QUuid indicatorId; ///< null when not tied to an indicator
        QString title;
        QString fileName; ///< empty for a link
        QString mimeType; ///< empty for a link
        qint64 size = 0;
        QString sha256; ///< lowercase hex; empty for a link
        QString url; ///< empty for a file

        friend bool operator==(const Evidence&, const Evidence&) = default;
    };

    /// What an evidence row is attached to.
    struct Target
    {
        QUuid evaluationId;
        QUuid workResultId;
        QUuid indicatorId;
    };

    explicit EvidenceStore(const Database& database, qint64 maxBytes = kDefaultMaxBytes);

    qint64 maxBytes() const { return m_maxBytes; }

    /// The MIME type of an allowed file, or a translated refusal naming the file.
    static Result<QString> detectType(const QString& fileName, const QByteArray& bytes);
    /// Lowercase hex SHA-256.
    static QString sha256(const QByteArray& bytes);

    /// Stores a file as evidence for `target`. Refuses an empty, too large or not allowed file.
    Result<Evidence> addFile(
        const Target& target, const QString& fileName, const QByteArray& bytes, const QString& title = {});
    /// Stores a link (an http or https URL) as evidence.
    Result<Evidence> addLink(const Target& target, const QString& url, const QString& title = {});

    /// The bytes of a file evidence.
    Result<QByteArray> read(const QUuid& evidenceId) const;
    /// The live evidence of an evaluation, oldest first.
    Result<QList<Evidence>> listForEvaluation(const QUuid& evaluationId) const;
    /// The live evidence of one indicator in an evaluation, oldest first.
    Result<QList<Evidence>> listForIndicator(const QUuid& evaluationId, const QUuid& indicatorId) const;

    /// Hides a metadata row. The blob stays.
    Status tombstone(const QUuid& evidenceId, const QUuid& authorId = {});

    /// Number of blobs stored (for tests and `check`).
    Result<int> blobCount() const;

private:
    Result<Evidence> insert(const Target& target, Evidence evidence, const QByteArray* bytes);
    Result<QList<Evidence>> select(const QString& where, const QVariant& first, const QVariant& second) const;

    const Database& m_database;
    qint64 m_maxBytes;
};

} // namespace kinerja
