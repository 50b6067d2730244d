// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssessorDesk.h"

#include "core/domain/ActorRole.h"
#include "core/domain/DocumentKind.h"
#include "core/domain/FieldGroup.h"
#include "core/domain/Permissions.h"
#include "core/storage/AssessorSlots.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkflowService.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kTarget = AssessorSlots::withClause()
    + QStringLiteral("SELECT e.status, e.note, p.assessor_id IN (SELECT id FROM slots) "
                     "FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                     "WHERE e.id = ? AND e.deleted = 0 AND p.deleted = 0");

const QString kPlanTarget = AssessorSlots::withClause()
    + QStringLiteral("SELECT p.status, p.assessor_id IN (SELECT id FROM slots) FROM performance_plan AS p "
                     "WHERE p.id = ? AND p.deleted = 0");

} // namespace

AssessorDesk::AssessorDesk(const Database& database, const QUuid& assessorId, QDate today)
    : m_database(database)
    , m_assessorId(assessorId)
    , m_today(today)
{ }

Result<AssessorDesk::Target> AssessorDesk::target(const QUuid& evaluationId) const
{
    using R = Result<Target>;
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, kTarget, {V::id(m_assessorId), V::date(m_today), V::id(evaluationId)},
            "read an evaluation for its assessor")) {
        return R::failure(tr("The evaluation could not be read."));
    }
    if (!query.next()) {
        return R::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    if (query.value(2).toInt() != 1) {
        return R::failure(tr("Only the Pejabat Penilai Kinerja named on the SKP, or the official standing in for them, "
                             "may do this."));
    }
    Target target;
    const auto state = workflowStateFromCode(query.value(0).toString());
    if (!state) {
        return R::failure(tr("The evaluation could not be read."));
    }
    target.state = *state;
    target.note = query.value(1).toString();
    return target;
}

Status AssessorDesk::saveRatings(
    const QUuid& evaluationId, std::optional<Rating> result, std::optional<Rating> behavior, const QString& note)
{
    const auto found = target(evaluationId);
    if (!found) {
        return found.propagate<Done>();
    }
    const auto allowed =
        Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, found->state).canEdit(FieldGroup::Ratings);
    if (!allowed) {
        return allowed;
    }
    return EvaluationRepository(m_database).setRatings(evaluationId, result, behavior, note.trimmed(), m_assessorId);
}

Status AssessorDesk::step(Transaction& transaction, const QUuid& evaluationId, WorkflowCommand command)
{
    WorkflowService::Request request;
    request.kind = DocumentKind::Evaluation;
    request.documentId = evaluationId;
    request.command = command;
    request.roles = {ActorRole::Assessor}; // target() found the person in the plan's assessor slot
    request.actorId = m_assessorId;
    request.context.today = m_today;
    const auto outcome = WorkflowService(m_database).execute(request, transaction);
    return outcome ? success() : outcome.propagate<Done>();
}

Status AssessorDesk::rateIn(Transaction& transaction,
    const QUuid& evaluationId,
    Rating result,
    Rating behavior,
    const QString& note,
    const Target& found)
{
    const auto allowed =
        Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, found.state).canEdit(FieldGroup::Ratings);
    if (!allowed) {
        return allowed;
    }
    const auto written = EvaluationRepository(m_database)
                             .setRatings(transaction, evaluationId, result, behavior, note.trimmed(), m_assessorId);
    if (!written) {
        return written;
    }
    return step(transaction, evaluationId, WorkflowCommand::Rate);
}

Status AssessorDesk::rate(const QUuid& evaluationId, Rating result, Rating behavior, const QString& note)
{
    const auto found = target(evaluationId);
    if (!found) {
        return found.propagate<Done>();
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Status::failure(tr("The ratings could not be saved."));
    }
    if (auto rated = rateIn(transaction, evaluationId, result, behavior, note, *found); !rated) {
        return rated;
    }
    return transaction.commit();
}

Status AssessorDesk::finalize(const QUuid& evaluationId)
{
    const auto found = target(evaluationId);
    if (!found) {
        return found.propagate<Done>();
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Status::failure(tr("The step could not be saved."));
    }
    if (auto stepped = step(transaction, evaluationId, WorkflowCommand::Finalize); !stepped) {
        return stepped;
    }
    return transaction.commit();
}

QList<AssessorDesk::LineOutcome> AssessorDesk::batch(
    const QList<QUuid>& evaluationIds, const std::function<Status(Transaction&, int, const Target&)>& line)
{
    QList<LineOutcome> outcomes;
    outcomes.reserve(evaluationIds.size());
    // one transaction (one write to disk for the whole batch), a savepoint per line: a refused line is rolled back
    // alone and the others stay
    Transaction transaction(m_database);
    const auto db = m_database.connection();
    for (int index = 0; index < evaluationIds.size(); ++index) {
        const auto& id = evaluationIds.at(index);
        if (!transaction.isActive()) {
            outcomes.append({id, Status::failure(tr("The step could not be saved."))});
            continue;
        }
        const auto found = target(id);
        if (!found) {
            outcomes.append({id, found.propagate<Done>()});
            continue;
        }
        if (!sql::exec(db, QStringLiteral("SAVEPOINT batch_line"), {}, "start a batch line")) {
            outcomes.append({id, Status::failure(tr("The step could not be saved."))});
            continue;
        }
        auto status = line(transaction, index, *found);
        if (!status) {
            sql::exec(db, QStringLiteral("ROLLBACK TO batch_line"), {}, "undo a refused batch line");
        }
        sql::exec(db, QStringLiteral("RELEASE batch_line"), {}, "end a batch line");
        outcomes.append({id, std::move(status)});
    }
    if (const auto committed = transaction.commit(); !committed) {
        for (auto& outcome : outcomes) {
            if (outcome.status) {
                outcome.status = committed;
            }
        }
    }
    return outcomes;
}

QList<AssessorDesk::LineOutcome> AssessorDesk::rateAll(const QList<Ratings>& lines)
{
    QList<QUuid> ids;
    for (const auto& line : lines) {
        ids.append(line.evaluationId);
    }
    return batch(ids, [&](Transaction& transaction, int index, const Target& found) {
        const auto& line = lines.at(index);
        if (!line.result || !line.behavior) {
            return Status::failure(tr("Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first."));
        }
        return rateIn(transaction, line.evaluationId, *line.result, *line.behavior, found.note, found);
    });
}

QList<AssessorDesk::LineOutcome> AssessorDesk::finalizeAll(const QList<QUuid>& evaluationIds)
{
    return batch(evaluationIds, [&](Transaction& transaction, int index, const Target&) {
        return step(transaction, evaluationIds.at(index), WorkflowCommand::Finalize);
    });
}

Result<WorkflowState> AssessorDesk::planTarget(const QUuid& planId) const
{
    using R = Result<WorkflowState>;
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, kPlanTarget, {V::id(m_assessorId), V::date(m_today), V::id(planId)},
            "read a plan for its assessor")) {
        return R::failure(tr("The SKP could not be read."));
    }
    if (!query.next()) {
        return R::failure(tr("The SKP was not found; it may have been deleted."));
    }
    if (query.value(1).toInt() != 1) {
        return R::failure(tr("Only the Pejabat Penilai Kinerja named on the SKP, or the official standing in for "
                             "them, may do this."));
    }
    const auto state = workflowStateFromCode(query.value(0).toString());
    if (!state) {
        return R::failure(tr("The SKP could not be read."));
    }
    return *state;
}

Status AssessorDesk::documentStep(
    DocumentKind kind, const QUuid& documentId, WorkflowCommand command, const QString& reason)
{
    if (kind == DocumentKind::Plan) {
        if (const auto plan = planTarget(documentId); !plan) {
            return plan.propagate<Done>();
        }
    } else if (const auto evaluation = target(documentId); !evaluation) {
        return evaluation.propagate<Done>();
    }
    WorkflowService::Request request;
    request.kind = kind;
    request.documentId = documentId;
    request.command = command;
    request.roles = {ActorRole::Assessor}; // the person fills the plan's assessor slot (checked above)
    request.actorId = m_assessorId;
    request.context.today = m_today;
    request.context.reason = reason.trimmed();
    const auto outcome = WorkflowService(m_database).execute(request);
    return outcome ? success() : outcome.propagate<Done>();
}

Status AssessorDesk::approvePlan(const QUuid& planId)
{
    return documentStep(DocumentKind::Plan, planId, WorkflowCommand::Approve);
}

Status AssessorDesk::returnPlan(const QUuid& planId, const QString& reason)
{
    return documentStep(DocumentKind::Plan, planId, WorkflowCommand::Return, reason);
}

Status AssessorDesk::returnEvaluation(const QUuid& evaluationId, const QString& reason)
{
    return documentStep(DocumentKind::Evaluation, evaluationId, WorkflowCommand::Return, reason);
}

Status AssessorDesk::setSpecialExpectations(const QUuid& planId, const QList<BehaviorExpectation>& expectations)
{
    const auto found = planTarget(planId);
    if (!found) {
        return found.propagate<Done>();
    }
    const auto state = *found;
    const auto allowed =
        Permissions({ActorRole::Assessor}, DocumentKind::Plan, state).canEdit(FieldGroup::BehaviorExpectations);
    if (!allowed) {
        return allowed;
    }
    return PlanRepository(m_database).setSpecialExpectations(planId, expectations, m_assessorId);
}

Result<EvaluationRepository::Feedback> AssessorDesk::addFeedback(
    const QUuid& evaluationId, const QUuid& workResultId, std::optional<CoreValue> coreValue, const QString& text)
{
    using R = Result<EvaluationRepository::Feedback>;
    const auto found = target(evaluationId);
    if (!found) {
        return found.propagate<EvaluationRepository::Feedback>();
    }
    const auto allowed =
        Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, found->state).canEdit(FieldGroup::Feedback);
    if (!allowed) {
        return allowed.propagate<EvaluationRepository::Feedback>();
    }
    const auto author = EmployeeRepository(m_database).get(m_assessorId);
    if (!author || !*author) {
        return R::failure(tr("Your employee record could not be read."));
    }
    EvaluationRepository::Feedback feedback;
    feedback.workResultId = workResultId;
    feedback.coreValue = coreValue;
    feedback.authorId = m_assessorId;
    feedback.authorName = (*author)->employee.fullName();
    feedback.text = text.trimmed();
    return EvaluationRepository(m_database).addFeedback(evaluationId, feedback);
}

Status AssessorDesk::removeFeedback(const QUuid& evaluationId, const QUuid& feedbackId)
{
    const auto found = target(evaluationId);
    if (!found) {
        return found.propagate<Done>();
    }
    const auto allowed =
        Permissions({ActorRole::Assessor}, DocumentKind::Evaluation, found->state).canEdit(FieldGroup::Feedback);
    if (!allowed) {
        return allowed;
    }
    const auto evaluation = EvaluationRepository(m_database).load(evaluationId);
    if (!evaluation) {
        return evaluation.propagate<Done>();
    }
    for (const auto& feedback : evaluation->feedback) {
        if (feedback.id == feedbackId) {
            if (feedback.authorId != m_assessorId) {
                return Status::failure(tr("Only the author may remove this feedback."));
            }
            return EvaluationRepository(m_database).tombstoneFeedback(feedbackId, m_assessorId);
        }
    }
    return Status::failure(tr("The feedback was not found; it may have been removed."));
}

} // namespace kinerja
