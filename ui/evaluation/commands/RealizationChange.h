// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/EvaluationRepository.h"

#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * One change of the realisation of one indicator, as the undo commands store it: the row before (none when the
 * indicator had no realisation yet) and after. apply() writes `after`, revert() writes `before` back, or tombstones
 * the row when there was none; a row added again after a revert gets a new id (a tombstoned id is never reused).
 * Each call is one committed transaction (EvaluationRepository).
 */
struct RealizationChange
{
    using Realization = EvaluationRepository::Realization;

    QUuid evaluationId;
    std::optional<Realization> before;
    Realization after;
    QUuid storedId; ///< the row written by the last apply(); null while there is none

    Status apply(const Database& database, const QUuid& authorId);
    Status revert(const Database& database, const QUuid& authorId);
};

} // namespace kinerja
