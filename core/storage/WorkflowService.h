// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/DocumentWorkflowState.h"
#include "core/domain/Workflow.h"
#include "core/domain/WorkflowCommandRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;
class Transaction;

/**
 * Executes workflow steps on SKPs, evaluations and objections (design.md "Storage": steps are commands, shown as
 * pending until the server confirms them).
 *
 * execute() does, in ONE transaction: read the document's state; check the command with core/domain's Workflow for
 * the person's roles and the TransitionContext (the service adds the document's own dates: the finalisation date,
 * the period's batas pengisian and an admin extension); write the new status and the step's timestamp or argument
 * columns; record the command in the outbox (Outbox::recordCommand: kind 'command', status pending, with the
 * arguments and the role, from and to states, which also writes the audit row). A refused command changes nothing
 * and returns the domain's translated reason.
 *
 * Side effects from the transition table: 'object' on an evaluation creates its objection in objection.filed with
 * the same reason; 'decide' on an objection also moves its evaluation from evaluation.objected to evaluation.final.
 *
 * The Database is not owned and must outlive the service.
 */
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)

public:
    struct Request
    {
        DocumentKind kind = DocumentKind::Plan;
        QUuid documentId;
        WorkflowCommand command = WorkflowCommand::Submit;
        ActorRoleSet roles; ///< the person's roles for this document (ActorRoles::forDocument)
        QUuid actorId; ///< the person's employee id
        TransitionContext context; ///< today and the arguments; the document's dates are filled in when empty
        QDateTime now; ///< when the step is taken (UTC); the current time when invalid
    };

    struct Outcome
    {
        WorkflowCommandRecord record; ///< Pending; its id is the outbox mutation id
        qint64 clientSeq = 0; ///< the outbox entry
        QUuid objectionId; ///< set by 'object': the new objection
    };

    explicit WorkflowService(const Database& database, const Workflow& workflow = Workflow());

    /// Executes a command in its own transaction.
    Result<Outcome> execute(const Request& request);
    /// Executes a command inside the caller's active transaction on the same database (not committed here).
    Result<Outcome> execute(const Request& request, Transaction& transaction);

    /// The commands on a document (plan, evaluation or objection) that wait for the server, oldest first.
    Result<QList<WorkflowCommandRecord>> pendingCommands(const QUuid& documentId) const;

    /// The document's state: the local status with its pending commands (DocumentWorkflowState).
    Result<DocumentWorkflowState> state(DocumentKind kind, const QUuid& documentId) const;

    /// The table of a document kind: "performance_plan", "evaluation", "objection".
    static QString entity(DocumentKind kind);

private:
    Result<Outcome> run(const Request& request);

    const Database& m_database;
    Workflow m_workflow;
};

} // namespace kinerja
