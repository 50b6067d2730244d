// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/EvidenceStore.h"

#include <QCoreApplication>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Adds an evidence row again after it was removed, for undo and redo in the UI: a new metadata row (new id) with
 * the same evaluation, result, indicator, title and file data, pointing at the blob that is still stored (a blob is
 * never deleted while any row, live or tombstoned, refers to it; EvidenceStore). No file bytes are read or hashed,
 * so it is quick on the GUI thread. A link is added again with its URL.
 *
 * Refused, leaving everything unchanged, when the evaluation is gone or the file's blob is not on this computer.
 * Runs in its own Transaction. The Database is not owned and must outlive the object.
 */
class EvidenceReattacher
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceReattacher)

public:
    explicit EvidenceReattacher(const Database& database);

    /// Stores a copy of `former` under a new id; returns it as stored. `authorId` is written to updated_by.
    Result<EvidenceStore::Evidence> reattach(const EvidenceStore::Evidence& former, const QUuid& authorId = {});

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
