// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ObjectionRepository.h"

#include "core/Logging.h"
#include "core/domain/GradeMatrix.h"
#include "core/storage/AssessorSlots.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkflowService.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

} // namespace

ObjectionRepository::ObjectionRepository(const Database& database)
    : m_database(database)
{ }

Result<QUuid> ObjectionRepository::file(
    const QUuid& evaluationId, const QUuid& employeeId, const QString& reason, QDate today, const QDateTime& now)
{
    const auto owner = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT p.employee_id FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                       "WHERE e.id = ? AND e.deleted = 0"),
        {V::id(evaluationId)}, "find the owner of an evaluation");
    if (!owner.isValid()) {
        return Result<QUuid>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    WorkflowService::Request request;
    request.kind = DocumentKind::Evaluation;
    request.documentId = evaluationId;
    request.command = WorkflowCommand::Object;
    if (!employeeId.isNull() && V::toId(owner) == employeeId) {
        request.roles.insert(ActorRole::Employee);
    }
    request.actorId = employeeId;
    request.context.today = today;
    request.context.reason = reason;
    request.now = now;
    WorkflowService workflow(m_database);
    const auto outcome = workflow.execute(request);
    if (!outcome) {
        return outcome.propagate<QUuid>();
    }
    return outcome->objectionId;
}

Status ObjectionRepository::decide(const QUuid& objectionId,
    const QUuid& secondAssessorId,
    ObjectionOutcome outcome,
    const QString& reason,
    std::optional<Rating> newResultRating,
    std::optional<Rating> newBehaviorRating,
    QDate today,
    const QDateTime& now)
{
    const bool changed = outcome == ObjectionOutcome::Changed;
    if (changed && (!newResultRating || !newBehaviorRating)) {
        return Status::failure(
            tr("A changed result needs both the rating of work results and the rating of behaviour."));
    }
    const auto db = m_database.connection();
    QSqlQuery people(db);
    // the Atasan Pejabat Penilai Kinerja named on the plan, or the Plt./Plh. standing in for them today
    if (!sql::exec(people,
            AssessorSlots::withClause()
                + QStringLiteral("SELECT o.evaluation_id, p.second_assessor_id IN (SELECT id FROM slots) "
                                 "FROM objection AS o JOIN evaluation AS e ON e.id = o.evaluation_id "
                                 "JOIN performance_plan AS p ON p.id = e.plan_id WHERE o.id = ? AND o.deleted = 0"),
            {V::id(secondAssessorId), V::date(today), V::id(objectionId)}, "find the people of an objection")) {
        return Status::failure(tr("The objection could not be saved."));
    }
    if (!people.next()) {
        return Status::failure(tr("The objection was not found; it may have been deleted."));
    }
    const auto evaluationId = V::toId(people.value(0));
    WorkflowService::Request request;
    request.kind = DocumentKind::Objection;
    request.documentId = objectionId;
    request.command = WorkflowCommand::Decide;
    if (!secondAssessorId.isNull() && people.value(1).toInt() == 1) {
        request.roles.insert(ActorRole::SecondAssessor);
    }
    request.actorId = secondAssessorId;
    request.context.today = today;
    request.context.reason = reason;
    request.context.outcome = outcome;
    request.now = now;

    Transaction transaction(db);
    if (!transaction.isActive()) {
        return Status::failure(tr("The objection could not be saved."));
    }
    WorkflowService workflow(m_database);
    const auto executed = workflow.execute(request, transaction);
    if (!executed) {
        return executed.propagate<Done>();
    }
    if (changed) {
        const auto grade = codeName(GradeMatrix::grade(*newResultRating, *newBehaviorRating));
        const auto result = codeName(*newResultRating);
        const auto behavior = codeName(*newBehaviorRating);
        if (!sql::exec(db,
                QStringLiteral("UPDATE objection SET new_result_rating = ?, new_behavior_rating = ?, new_grade = ?, "
                               "updated_by = ?, updated_at = %1 WHERE id = ?")
                    .arg(kNow),
                {result, behavior, grade, V::id(secondAssessorId), V::id(objectionId)}, "write the new result")
            || !sql::exec(db,
                QStringLiteral("UPDATE evaluation SET result_rating = ?, behavior_rating = ?, grade = ?, "
                               "updated_by = ?, updated_at = %1 WHERE id = ?")
                    .arg(kNow),
                {result, behavior, grade, V::id(secondAssessorId), V::id(evaluationId)},
                "change the evaluation's result")) {
            return Status::failure(tr("The objection could not be saved."));
        }
    }
    return transaction.commit();
}

Result<ObjectionRepository::StoredObjection> ObjectionRepository::load(const QUuid& objectionId) const
{
    auto found = select(QStringLiteral("id = ?"), V::id(objectionId));
    if (!found) {
        return found.propagate<StoredObjection>();
    }
    if (found->isEmpty()) {
        return Result<StoredObjection>::failure(tr("The objection was not found; it may have been deleted."));
    }
    return found->first();
}

Result<QList<ObjectionRepository::StoredObjection>> ObjectionRepository::forEvaluation(const QUuid& evaluationId) const
{
    return select(QStringLiteral("evaluation_id = ?"), V::id(evaluationId));
}

Result<QList<ObjectionRepository::StoredObjection>> ObjectionRepository::select(
    const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_database.connection());
    // `where` is one of the fixed conditions above; the value is bound.
    if (!sql::exec(query,
            QStringLiteral("SELECT id, evaluation_id, reason, status, filed_at, decided_at, decision, decision_note, "
                           "new_result_rating, new_behavior_rating, new_grade FROM objection "
                           "WHERE deleted = 0 AND %1 ORDER BY filed_at, rowid")
                .arg(where),
            {value}, "read objections")) {
        return Result<QList<StoredObjection>>::failure(tr("The objection could not be read."));
    }
    QList<StoredObjection> list;
    while (query.next()) {
        StoredObjection objection;
        objection.id = V::toId(query.value(0));
        objection.evaluationId = V::toId(query.value(1));
        objection.reason = query.value(2).toString();
        const auto status = workflowStateFromCode(query.value(3).toString());
        if (!status || documentKind(*status) != DocumentKind::Objection) {
            qCWarning(lcDb) << "unknown objection status" << query.value(3).toString();
            return Result<QList<StoredObjection>>::failure(tr("The objection could not be read."));
        }
        objection.status = *status;
        objection.filedAt = V::toTimestamp(query.value(4));
        objection.decidedAt = V::toTimestamp(query.value(5));
        if (!query.value(6).isNull()) {
            objection.decision = objectionOutcomeFromCode(query.value(6).toString());
        }
        objection.decisionNote = query.value(7).toString();
        objection.newResultRating = V::toRating(query.value(8));
        objection.newBehaviorRating = V::toRating(query.value(9));
        if (!query.value(10).isNull()) {
            const auto grade = parsePerformanceGrade(query.value(10).toString());
            if (grade) {
                objection.newGrade = *grade;
            }
        }
        list.append(objection);
    }
    return list;
}

} // namespace kinerja
