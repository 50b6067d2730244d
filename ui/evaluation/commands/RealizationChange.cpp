// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/RealizationChange.h"

namespace kinerja {

Status RealizationChange::apply(const Database& database, const QUuid& authorId)
{
    auto row = after;
    row.id = before ? before->id : storedId;
    const auto saved = EvaluationRepository(database).saveRealization(evaluationId, row, authorId);
    if (!saved) {
        return saved.propagate<Done>();
    }
    storedId = saved->id;
    return success();
}

Status RealizationChange::revert(const Database& database, const QUuid& authorId)
{
    EvaluationRepository repository(database);
    if (before) {
        const auto saved = repository.saveRealization(evaluationId, *before, authorId);
        return saved ? success() : saved.propagate<Done>();
    }
    if (storedId.isNull()) {
        return success();
    }
    const auto removed = repository.tombstoneRealization(storedId, authorId);
    if (!removed) {
        return removed;
    }
    storedId = QUuid();
    return success();
}

} // namespace kinerja
