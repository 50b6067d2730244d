// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WorkflowService.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Outbox.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

/// One extra column set by a step, with its value. Column names are fixed literals of this file.
struct StepColumn
{
    const char* column;
    QVariant value;
};

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QList<StepColumn> stepColumns(DocumentKind kind, WorkflowCommand command, const WorkflowCommandRecord& record)
{
    const auto now = V::timestamp(record.issuedAt);
    switch (kind) {
    case DocumentKind::Plan:
        switch (command) {
        case WorkflowCommand::Submit:
            return {{"submitted_at", now}};
        case WorkflowCommand::Withdraw:
            return {{"submitted_at", nullText()}};
        case WorkflowCommand::Return:
            return {{"return_note", record.reason}};
        case WorkflowCommand::Approve:
            return {{"approved_at", now}};
        case WorkflowCommand::Reopen:
            return {{"approved_at", nullText()}};
        default:
            return {};
        }
    case DocumentKind::Evaluation:
        switch (command) {
        case WorkflowCommand::Submit:
            return {{"submitted_at", now}};
        case WorkflowCommand::Withdraw:
            return {{"submitted_at", nullText()}};
        case WorkflowCommand::Return:
            return {{"return_note", record.reason}};
        case WorkflowCommand::Rate:
            return {{"rated_at", now}};
        case WorkflowCommand::Finalize:
            return {{"finalized_at", now}};
        case WorkflowCommand::Reopen:
            if (record.extendedUntil.isValid()) {
                return {{"extended_until", V::date(record.extendedUntil)}};
            }
            return {};
        default:
            return {};
        }
    case DocumentKind::Objection:
        if (command == WorkflowCommand::Decide) {
            return {{"decided_at", now}, {"decision_note", record.reason},
                {"decision", record.outcome ? QVariant(codeName(*record.outcome)) : nullText()}};
        }
        return {};
    }
    return {};
}

bool setState(const QSqlDatabase& db,
    DocumentKind kind,
    const QUuid& id,
    WorkflowState state,
    const QList<StepColumn>& columns,
    const QUuid& actorId)
{
    QString statement = QStringLiteral("UPDATE %1 SET status = ?, updated_by = ?, updated_at = %2")
                            .arg(WorkflowService::entity(kind), kNow);
    for (const auto& column : columns) {
        statement += QStringLiteral(", %1 = ?").arg(QLatin1String(column.column));
    }
    statement += QStringLiteral(" WHERE id = ? AND deleted = 0");
    QSqlQuery query(db);
    bool ok = query.prepare(statement);
    if (ok) {
        query.addBindValue(codeName(state));
        query.addBindValue(V::id(actorId));
        for (const auto& column : columns) {
            query.addBindValue(column.value);
        }
        query.addBindValue(V::id(id));
        ok = query.exec() && query.numRowsAffected() == 1;
    }
    if (!ok) {
        qCWarning(lcDb) << "workflow state update failed:" << statement;
    }
    return ok;
}

/// The document row the checks need.
struct DocumentRow
{
    WorkflowState state = WorkflowState::PlanDraft;
    qint64 rowVersion = 0;
    QDate finalizedOn;
    QDate entryDeadline;
    QDate extendedUntil;
    QUuid evaluationId; ///< objection: its evaluation
};

std::optional<DocumentRow> readDocument(const QSqlDatabase& db, DocumentKind kind, const QUuid& id, bool* failed)
{
    QString statement;
    switch (kind) {
    case DocumentKind::Plan:
        statement = QStringLiteral("SELECT status, row_version, NULL, NULL, NULL, NULL FROM performance_plan "
                                   "WHERE id = ? AND deleted = 0");
        break;
    case DocumentKind::Evaluation:
        statement =
            QStringLiteral("SELECT e.status, e.row_version, e.finalized_at, ap.entry_deadline, e.extended_until, NULL "
                           "FROM evaluation AS e JOIN assessment_period AS ap ON ap.id = e.period_id WHERE e.id = ? "
                           "AND e.deleted = 0");
        break;
    case DocumentKind::Objection:
        statement = QStringLiteral("SELECT status, row_version, NULL, NULL, NULL, evaluation_id FROM objection "
                                   "WHERE id = ? AND deleted = 0");
        break;
    }
    QSqlQuery query(db);
    *failed = !sql::exec(query, statement, {V::id(id)}, "read a document state");
    if (*failed || !query.next()) {
        return std::nullopt;
    }
    const auto state = workflowStateFromCode(query.value(0).toString());
    if (!state || documentKind(*state) != kind) {
        qCWarning(lcDb) << "unknown workflow state" << query.value(0).toString() << "on" << Uuid::toText(id);
        *failed = true;
        return std::nullopt;
    }
    DocumentRow row;
    row.state = *state;
    row.rowVersion = query.value(1).toLongLong();
    // Finalisation is a UTC timestamp; the objection window counts local calendar days.
    const auto finalized = V::toTimestamp(query.value(2));
    row.finalizedOn = finalized.isValid() ? finalized.toLocalTime().date() : QDate();
    row.entryDeadline = V::toDate(query.value(3));
    row.extendedUntil = V::toDate(query.value(4));
    row.evaluationId = V::toId(query.value(5));
    return row;
}

std::optional<DocumentKind> kindOfEntity(const QString& entity)
{
    for (const auto kind : allDocumentKinds()) {
        if (WorkflowService::entity(kind) == entity) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<WorkflowCommandRecord> recordFromEntry(const Outbox::Entry& entry)
{
    const auto kind = kindOfEntity(entry.entity);
    const auto command = workflowCommandFromCode(entry.command);
    const auto role = actorRoleFromCode(entry.arguments.value(QStringLiteral("role")).toString());
    const auto from = workflowStateFromCode(entry.arguments.value(QStringLiteral("from")).toString());
    const auto to = workflowStateFromCode(entry.arguments.value(QStringLiteral("to")).toString());
    if (!kind || !command || !role || !from || !to) {
        return std::nullopt;
    }
    WorkflowCommandRecord record;
    record.id = Uuid::fromText(entry.mutationId);
    record.documentId = Uuid::fromText(entry.rowId);
    record.kind = *kind;
    record.command = *command;
    record.role = *role;
    record.actorId = Uuid::fromText(entry.arguments.value(QStringLiteral("actor")).toString());
    record.from = *from;
    record.to = *to;
    if (!record.setArgumentsJson(entry.arguments)) {
        return std::nullopt;
    }
    record.issuedAt = V::toTimestamp(entry.createdAt);
    const auto status = commandStatusFromCode(entry.status);
    record.status = status.value_or(CommandStatus::Pending);
    record.refusalReason = entry.statusReason;
    return record;
}

} // namespace

WorkflowService::WorkflowService(const Database& database, const Workflow& workflow)
    : m_database(database)
    , m_workflow(workflow)
{ }

QString WorkflowService::entity(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return QStringLiteral("performance_plan");
    case DocumentKind::Evaluation:
        return QStringLiteral("evaluation");
    case DocumentKind::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

Result<WorkflowService::Outcome> WorkflowService::execute(const Request& request)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<Outcome>::failure(tr("The step could not be saved."));
    }
    auto outcome = run(request);
    if (!outcome) {
        return outcome;
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<Outcome>();
    }
    return outcome;
}

Result<WorkflowService::Outcome> WorkflowService::execute(const Request& request, Transaction& transaction)
{
    if (!transaction.isActive()) {
        return Result<Outcome>::failure(tr("The step could not be saved."));
    }
    return run(request);
}

Result<WorkflowService::Outcome> WorkflowService::run(const Request& request)
{
    const auto db = m_database.connection();
    const auto failed = [] { return Result<Outcome>::failure(tr("The step could not be saved.")); };
    const auto notFound = [] {
        return Result<Outcome>::failure(tr("The document was not found; it may have been deleted."));
    };
    bool readFailed = false;
    const auto document = readDocument(db, request.kind, request.documentId, &readFailed);
    if (!document) {
        return readFailed ? failed() : notFound();
    }

    auto context = request.context;
    if (request.kind == DocumentKind::Evaluation) {
        if (!context.finalizedOn.isValid()) {
            context.finalizedOn = document->finalizedOn;
        }
        if (!context.entryDeadline.isValid()) {
            context.entryDeadline = document->entryDeadline;
        }
        if (request.command != WorkflowCommand::Reopen && !context.extendedUntil.isValid()) {
            context.extendedUntil = document->extendedUntil;
        }
    }
    const auto transition = m_workflow.resolve(request.kind, document->state, request.command, request.roles, context);
    if (!transition) {
        return transition.propagate<Outcome>();
    }

    // Decide on an objection also closes its evaluation: both must allow it.
    std::optional<DocumentRow> evaluation;
    std::optional<Transition> evaluationTransition;
    if (request.kind == DocumentKind::Objection && request.command == WorkflowCommand::Decide) {
        evaluation = readDocument(db, DocumentKind::Evaluation, document->evaluationId, &readFailed);
        if (!evaluation) {
            return readFailed ? failed() : notFound();
        }
        const auto resolved = m_workflow.resolve(
            DocumentKind::Evaluation, evaluation->state, WorkflowCommand::Decide, request.roles, context);
        if (!resolved) {
            return resolved.propagate<Outcome>();
        }
        evaluationTransition = *resolved;
    }

    const auto now = request.now.isValid() ? request.now.toUTC() : QDateTime::currentDateTimeUtc();
    Outcome outcome;
    outcome.record = WorkflowCommandRecord::issued(
        QUuid(), request.documentId, request.actorId, *transition, context, V::toTimestamp(V::timestampText(now)));
    const auto& record = outcome.record;
    if (!setState(db, request.kind, request.documentId, transition->to,
            stepColumns(request.kind, request.command, record), request.actorId)) {
        return failed();
    }
    if (evaluationTransition
        && !setState(
            db, DocumentKind::Evaluation, document->evaluationId, evaluationTransition->to, {}, request.actorId)) {
        return failed();
    }
    if (request.kind == DocumentKind::Evaluation && request.command == WorkflowCommand::Object) {
        outcome.objectionId = Uuid::createV7();
        if (!sql::exec(db,
                QStringLiteral("INSERT INTO objection (id, evaluation_id, reason, status, filed_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {V::id(outcome.objectionId), V::id(request.documentId), sql::text(record.reason),
                    codeName(initialState(DocumentKind::Objection)), V::timestamp(record.issuedAt),
                    V::id(request.actorId)},
                "file an objection")) {
            return failed();
        }
    }

    auto arguments = record.argumentsJson();
    arguments.insert(QStringLiteral("role"), codeName(record.role));
    arguments.insert(QStringLiteral("from"), codeName(record.from));
    arguments.insert(QStringLiteral("to"), codeName(record.to));
    arguments.insert(QStringLiteral("actor"), Uuid::toText(record.actorId));
    if (!outcome.objectionId.isNull()) {
        arguments.insert(QStringLiteral("objection"), Uuid::toText(outcome.objectionId));
    }
    Outbox outbox(m_database);
    const auto entry = outbox.recordCommand(entity(request.kind), Uuid::toText(request.documentId),
        codeName(request.command), arguments, document->rowVersion);
    if (!entry) {
        return entry.propagate<Outcome>();
    }
    outcome.record.id = Uuid::fromText(entry->mutationId);
    outcome.clientSeq = entry->clientSeq;
    return outcome;
}

Result<QList<WorkflowCommandRecord>> WorkflowService::pendingCommands(const QUuid& documentId) const
{
    Outbox outbox(m_database);
    QList<WorkflowCommandRecord> records;
    for (const auto kind : allDocumentKinds()) {
        const auto entries = outbox.pendingCommands(entity(kind), Uuid::toText(documentId));
        if (!entries) {
            return entries.propagate<QList<WorkflowCommandRecord>>();
        }
        for (const auto& entry : *entries) {
            const auto record = recordFromEntry(entry);
            if (!record) {
                qCWarning(lcDb) << "unreadable command in the outbox" << entry.clientSeq;
                continue;
            }
            records.append(*record);
        }
    }
    return records;
}

Result<DocumentWorkflowState> WorkflowService::state(DocumentKind kind, const QUuid& documentId) const
{
    bool readFailed = false;
    const auto document = readDocument(m_database.connection(), kind, documentId, &readFailed);
    if (!document) {
        return Result<DocumentWorkflowState>::failure(readFailed
                ? tr("The state of the document could not be read.")
                : tr("The document was not found; it may have been deleted."));
    }
    const auto pending = pendingCommands(documentId);
    if (!pending) {
        return pending.propagate<DocumentWorkflowState>();
    }
    // The status column holds the local state, with the pending commands applied; the server has confirmed the
    // state the first of them started from.
    const auto confirmed = pending->isEmpty() ? document->state : pending->first().from;
    return DocumentWorkflowState(documentId, kind, confirmed, *pending);
}

} // namespace kinerja
