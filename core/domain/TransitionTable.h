// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Transition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinerja {

/**
 * The workflow of the three documents (domain.md 3.4) as data: one row per (kind, from state, command, role).
 * It is the single source of the workflow rules (design.md, Sync): Workflow and Permissions read it, and
 * `kinerja-cli server install|upgrade` writes the same rows, by their stable codes, into a server table.
 * Anything not in the table is refused.
 *
 * A plain value; standard() is the table the application uses, built once and never changed.
 */
class TransitionTable
{
public:
    TransitionTable() = default;
    explicit TransitionTable(QList<Transition> rows);

    /// The table of Kinerja ASN (see TransitionTable.cpp for the rows and the reasons behind them).
    static const TransitionTable& standard();

    /// Every row, grouped by kind, in a fixed order.
    const QList<Transition>& rows() const { return m_rows; }

    /// The rows for this command in this state, for every role.
    QList<Transition> rowsFor(DocumentKind kind, WorkflowState from, WorkflowCommand command) const;

    /// The rows leaving this state, for every command and role.
    QList<Transition> rowsFrom(DocumentKind kind, WorkflowState from) const;

    /// The row for exactly this role, if any.
    std::optional<Transition> find(
        DocumentKind kind, WorkflowState from, WorkflowCommand command, ActorRole role) const;

    /// Consistency problems, empty for a sound table: a state of another kind, an InvitedColleague row, two rows
    /// for the same (kind, from, command, role). Developer text (not translated), for tests and for checking a
    /// table read back from the server.
    QStringList problems() const;

    /// The table as text, one Transition::toString() per line, for logs and tests.
    QString toText() const;

private:
    QList<Transition> m_rows;
};

} // namespace kinerja
