// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kinerja {

/**
 * Writes an export file atomically (style.md R16; docs/export.md "Files"): the bytes go to a temporary file next to
 * the target (QSaveFile), which is renamed over the target only once everything was written and flushed. A failure
 * (a full disk, a folder that cannot be written) leaves no half file: the target is either untouched or complete.
 *
 * An existing target is refused unless `overwrite`; the check is made before writing, so an export that refuses
 * leaves the existing file as it was. Messages are translated; technical details go to the log (kinerja.core.db).
 */
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    ExportFile() = delete;

    /**
     * Whether `path` may be written: fails for an empty path, a folder, a folder that does not exist, and an
     * existing file unless `overwrite`. Call it before long work so that the user learns early.
     */
    static Status checkTarget(const QString& path, bool overwrite);

    /// Checks the target (checkTarget()) and writes `bytes` to it atomically.
    static Status write(const QString& path, const QByteArray& bytes, bool overwrite);

    /// Reads a whole file (e.g. one a library wrote to a temporary folder). Fails with a translated message.
    static Result<QByteArray> read(const QString& path);
};

} // namespace kinerja
