// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kinerja {

class Database;

/**
 * What a replica holds, as the server's pages name it (docs/sync.md "Scope"): the documents of the people in its
 * scope ("subjects"), and the guest copies of the evaluations its person was invited to comment on as a colleague
 * ("guests": a plan's results and indicators, one evaluation without its ratings, its realizations, the colleague's
 * invitation and notes). Called by PullApplier inside the transaction of a page, with change capture off.
 */
class ReplicaScope
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaScope)

public:
    /// `database` is not owned and must outlive this object.
    explicit ReplicaScope(const Database& database);

    /**
     * Removes the documents, assignments and competency rows of anyone outside `subjects`, except the guest copies
     * of the evaluations in `guests` (a transfer, a new assessor, a withdrawn invitation). Answers how many rows
     * went (not counting what their removal cascaded to).
     */
    Result<int> purgeOutside(const QJsonArray& subjects, const QJsonArray& guests);

    /**
     * Forgets the server versions of the rows of the people who are in `subjects` but were not in `before`: what
     * this file had of them was at most a guest copy with the ratings left out, and the whole rows the page brings
     * must overwrite it even where the version is the same.
     */
    Status forgetNewcomers(const QJsonArray& subjects, const QJsonArray& before);

    /// Empties the documents, assignments and competency rows (the server's scope grew to everything).
    Status empty();

private:
    const Database& m_database;
};

} // namespace kinerja
