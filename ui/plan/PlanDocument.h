// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ActorRole.h"
#include "core/domain/PlanProblem.h"
#include "core/domain/WorkflowCommand.h"
#include "core/storage/CascadeSource.h"
#include "core/storage/PlanRepository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <optional>

namespace kinerja {

class Session;

/**
 * The SKP open in the plan page: the stored plan, its workflow state and pending commands, the person's roles and
 * what they may do (Permissions, Workflow), the assessor's approved results it may cascade from (CascadeSource) and
 * the validation problems (PlanValidator). Undo commands change it only through apply(), which stores the whole
 * content at once (PlanRepository::saveContent, one transaction) and refuses when the person may not edit.
 *
 * Ids: the storage never revives a removed (tombstoned) row, so when an undo brings back a result or indicator that
 * was removed, apply() gives it a new id and remembers the old one as an alias (currentId()); commands keep the ids
 * they were made with and are resolved through the aliases. Lives in the GUI thread with the Session.
 */
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the document.
    explicit PlanDocument(Session& session, QObject* parent = nullptr);

    /// Loads a plan with its state, roles and cascade sources; on failure the document is closed and the reason
    /// returned. Forgets the id aliases of the plan open before.
    Status open(const QUuid& planId);
    /// Reads the open plan again (after a workflow step or a change elsewhere). True when the stored content
    /// differs from what the document held (then the undo history no longer applies).
    Result<bool> refresh();
    void close();

    bool isOpen() const { return m_stored.has_value(); }
    QUuid planId() const { return isOpen() ? m_stored->plan.id : QUuid(); }
    /// Precondition: isOpen().
    const PlanRepository::StoredPlan& stored() const { return *m_stored; }
    /// Precondition: isOpen().
    const PerformancePlan& plan() const { return m_stored->plan; }

    /// The state shown: the stored state with this device's pending commands.
    WorkflowState state() const { return m_state; }
    /// True while a workflow command waits for the shared database.
    bool hasPendingCommands() const { return m_pending; }
    /// The server's refusal of the last command, when there is one; empty otherwise.
    QString refusal() const { return m_refusal; }

    const ActorRoleSet& roles() const { return m_roles; }
    /// May the person change the plan's content now; the reason when not (one sentence).
    Status canEditContent() const;
    /// May the person use the command now, for the Submit and Recall buttons.
    Status canDo(WorkflowCommand command) const;

    /// The approved plans of the Pejabat Penilai Kinerja that the plan may cascade from.
    const QList<CascadeSource::SourcePlan>& cascadeSources() const { return m_sources; }
    /// The assessor's result with this id, or nullptr.
    const WorkResult* cascadeParent(const QUuid& resultId) const;

    /// Every problem of the plan (PlanValidator), in reading order.
    const QList<PlanProblem>& problems() const { return m_problems; }
    /// The number of problems that block submission.
    int errorCount() const;

    /**
     * Stores `content` as the plan's content (results, indicators, approach, appendix; the people, dates and the
     * assessor's expectations are kept as stored). Refused, with nothing written, when the person may not edit.
     * Emits contentChanged(focus) on success and errorOccurred() on failure.
     */
    Status apply(const PerformancePlan& content, const QUuid& focus = {});

    /// The id an item has now: `id` itself, or the new id it was given when brought back (see the class comment).
    QUuid currentId(const QUuid& id) const;

    /// Runs Submit or Withdraw through WorkflowService with the person's roles, then refreshes the document.
    Status execute(WorkflowCommand command);

    /// True while apply() or execute() runs (and emits Session::documentChanged for its own change).
    bool isBusy() const { return m_busy; }

signals:
    /// The content was stored; `focus` is the (current) id of the result or indicator the change was about.
    void contentChanged(const QUuid& focus);
    /// The plan was opened, closed or reloaded, or its workflow state changed.
    void reloaded();
    /// A change could not be stored (the message is for the user).
    void errorOccurred(const QString& message);

private:
    Status load(const QUuid& planId);
    void updateDerived();
    PerformancePlan withCurrentIds(PerformancePlan content);
    void rememberIds(const PerformancePlan& plan);

    Session& m_session; // not owned
    std::optional<PlanRepository::StoredPlan> m_stored;
    WorkflowState m_state = WorkflowState::PlanDraft;
    bool m_pending = false;
    QString m_refusal;
    ActorRoleSet m_roles;
    QList<CascadeSource::SourcePlan> m_sources;
    QList<PlanProblem> m_problems;
    QSet<QUuid> m_storedIds; ///< every result and indicator id that was ever stored while the plan was open
    QHash<QUuid, QUuid> m_aliases; ///< old id -> the id it was brought back with
    bool m_busy = false;
};

} // namespace kinerja
