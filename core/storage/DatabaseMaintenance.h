// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kinerja {

/**
 * Whole-file operations behind `kinerja-cli check | backup | restore` (design.md "Command line").
 * Backups themselves are Database::backupTo().
 */
class DatabaseMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)

public:
    struct CheckReport
    {
        QString path;
        int schemaVersion = 0;
        int supportedVersion = 0;
        QString kind; ///< "standalone" or "replica"
        QStringList integrityProblems; ///< lines of PRAGMA integrity_check other than "ok"
        QStringList foreignKeyProblems; ///< one line per row of PRAGMA foreign_key_check
        int orphanedBlobs = 0; ///< evidence files no evidence row refers to
        qint64 orphanedBlobBytes = 0;
        int missingBlobs = 0; ///< evidence rows whose file is not in the database (normal on a replica)

        /// Translated descriptions of what is wrong; empty when the file is healthy.
        QStringList problems() const;
    };

    /// Checks a file without changing it (opened read-only). Fails when the file cannot be opened at all
    /// (missing, damaged, of another application, of a newer version).
    static Result<CheckReport> check(const QString& path);

    /**
     * Replaces `target` with a copy of `source`, after checking that `source` is a Kinerja ASN database of a
     * supported version (an older one is upgraded at its next opening). The current `target` is first copied
     * aside to "<target>.before-restore-<UTC time>.bak" (returned in `asideCopy`), then replaced in one rename.
     * Refuses, leaving `target` untouched, when `source` is bad or `target` is in use by another program.
     */
    static Status restore(const QString& source, const QString& target, QString* asideCopy = nullptr);
};

} // namespace kinerja
