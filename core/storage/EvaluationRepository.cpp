// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EvaluationRepository.h"

#include "core/Logging.h"
#include "core/domain/GradeMatrix.h"
#include "core/domain/PeriodSchedule.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

#include <algorithm>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

const QString kSnapshotColumns = QStringLiteral(
    "employee_name, employee_nip, employee_rank, employee_position, employee_unit, "
    "assessor_name, assessor_nip, assessor_rank, assessor_position, assessor_unit, "
    "second_assessor_name, second_assessor_nip, second_assessor_rank, second_assessor_position, second_assessor_unit");

QString prefixed(const QString& alias)
{
    auto columns = kSnapshotColumns.split(QStringLiteral(", "));
    for (auto& column : columns) {
        column.prepend(alias + QLatin1Char('.'));
    }
    return columns.join(QStringLiteral(", "));
}

PersonSnapshot readSnapshot(const QSqlQuery& query, int first)
{
    return {query.value(first).toString(), query.value(first + 1).toString(), query.value(first + 2).toString(),
        query.value(first + 3).toString(), query.value(first + 4).toString()};
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool hasLiveEvaluation(const QSqlDatabase& db, const QUuid& evaluationId, QString* planId)
{
    const auto value = sql::scalar(db, QStringLiteral("SELECT plan_id FROM evaluation WHERE id = ? AND deleted = 0"),
        {V::id(evaluationId)}, "find an evaluation");
    if (planId) {
        *planId = value.toString();
    }
    return value.isValid() && !value.isNull();
}

} // namespace

EvaluationRepository::EvaluationRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<QUuid>> EvaluationRepository::createForPlan(
    const QUuid& planId, EvaluationCadence cadence, const DeadlinePolicy& policy)
{
    const auto db = m_database.connection();
    const auto failed = [] {
        return Result<QList<QUuid>>::failure(tr("The evaluations of the SKP could not be created."));
    };
    QSqlQuery plan(db);
    if (!sql::exec(plan, QStringLiteral("SELECT starts_on, ends_on FROM performance_plan WHERE id = ? AND deleted = 0"),
            {V::id(planId)}, "read plan dates")) {
        return failed();
    }
    if (!plan.next()) {
        return Result<QList<QUuid>>::failure(tr("The SKP was not found; it may have been deleted."));
    }
    const auto schedule = PeriodSchedule::forPlan(V::toDate(plan.value(0)), V::toDate(plan.value(1)), cadence, policy);
    if (!schedule) {
        return schedule.propagate<QList<QUuid>>();
    }
    // The calendar periods belong to the admin's PeriodRepository (its own transaction, idempotent).
    const auto periods = PeriodRepository(m_database).createYear(schedule->year(), cadence, policy);
    if (!periods) {
        return periods.propagate<QList<QUuid>>();
    }

    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QList<QUuid> ids;
    for (const auto& period : schedule->allPeriods()) {
        const auto periodId = PeriodRepository::idOf(period);
        const auto id = Uuid::forEvaluation(planId, periodId);
        if (!sql::exec(db,
                QStringLiteral("INSERT INTO evaluation (id, plan_id, period_id, starts_on, ends_on, status, "
                               "organization_grade, %1) "
                               "SELECT ?, p.id, ?, ?, ?, ?, (SELECT g.grade FROM organization_grade AS g "
                               "WHERE g.unit_id = p.unit_id AND g.period_id = ? AND g.deleted = 0), %2 "
                               "FROM performance_plan AS p WHERE p.id = ? ON CONFLICT DO NOTHING")
                    .arg(kSnapshotColumns, prefixed(QStringLiteral("p"))),
                {V::id(id), V::id(periodId), V::date(period.start), V::date(period.end),
                    codeName(initialState(DocumentKind::Evaluation)), V::id(periodId), V::id(planId)},
                "insert an evaluation")) {
            return failed();
        }
        ids.append(id);
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<QList<QUuid>>();
    }
    return ids;
}

Result<EvaluationRepository::StoredEvaluation> EvaluationRepository::load(const QUuid& evaluationId) const
{
    auto found = select(QStringLiteral("e.id = ?"), V::id(evaluationId));
    if (!found) {
        return found.propagate<StoredEvaluation>();
    }
    if (found->isEmpty()) {
        return Result<StoredEvaluation>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    return found->first();
}

Result<QList<EvaluationRepository::StoredEvaluation>> EvaluationRepository::listForPlan(const QUuid& planId) const
{
    return select(QStringLiteral("e.plan_id = ?"), V::id(planId));
}

Result<QList<EvaluationRepository::StoredEvaluation>> EvaluationRepository::select(
    const QString& where, const QVariant& value) const
{
    const auto db = m_database.connection();
    const auto unreadable = [] {
        return Result<QList<StoredEvaluation>>::failure(tr("The evaluation could not be read."));
    };
    QSqlQuery query(db);
    // `where` is one of the fixed conditions above; the value is bound.
    if (!sql::exec(query,
            QStringLiteral("SELECT e.id, e.plan_id, e.period_id, e.starts_on, e.ends_on, e.status, e.return_note, "
                           "e.submitted_at, e.rated_at, e.finalized_at, e.extended_until, e.result_rating, "
                           "e.behavior_rating, e.grade, e.note, e.organization_grade, e.row_version, %1 "
                           "FROM evaluation AS e WHERE e.deleted = 0 AND %2 ORDER BY e.starts_on, e.id")
                .arg(prefixed(QStringLiteral("e")), where),
            {value}, "read evaluations")) {
        return unreadable();
    }
    QList<StoredEvaluation> evaluations;
    while (query.next()) {
        StoredEvaluation evaluation;
        evaluation.id = V::toId(query.value(0));
        evaluation.planId = V::toId(query.value(1));
        evaluation.periodId = V::toId(query.value(2));
        evaluation.period.start = V::toDate(query.value(3));
        evaluation.period.end = V::toDate(query.value(4));
        const auto status = workflowStateFromCode(query.value(5).toString());
        if (!status || documentKind(*status) != DocumentKind::Evaluation) {
            qCWarning(lcDb) << "unknown codes in evaluation" << query.value(0) << query.value(5);
            return unreadable();
        }
        evaluation.status = *status;
        evaluation.returnNote = query.value(6).toString();
        evaluation.submittedAt = V::toTimestamp(query.value(7));
        evaluation.ratedAt = V::toTimestamp(query.value(8));
        evaluation.finalizedAt = V::toTimestamp(query.value(9));
        evaluation.extendedUntil = V::toDate(query.value(10));
        evaluation.resultRating = V::toRating(query.value(11));
        evaluation.behaviorRating = V::toRating(query.value(12));
        evaluation.grade = V::toGrade(query.value(13));
        evaluation.note = query.value(14).toString();
        if (!query.value(15).isNull()) {
            const auto grade = parseOrganizationGrade(query.value(15).toString());
            if (grade) {
                evaluation.organizationGrade = *grade;
            }
        }
        evaluation.rowVersion = query.value(16).toLongLong();
        evaluation.participants.employee = readSnapshot(query, 17);
        evaluation.participants.assessor = readSnapshot(query, 22);
        evaluation.participants.secondAssessor = readSnapshot(query, 27);
        evaluations.append(evaluation);
    }

    const PeriodRepository periods(m_database);
    for (auto& evaluation : evaluations) {
        const auto period = periods.find(evaluation.periodId);
        if (!period || !period->has_value()) {
            qCWarning(lcDb) << "the period of evaluation" << Uuid::toText(evaluation.id) << "is missing";
            return unreadable();
        }
        // The period as the admin keeps it (deadline, lock, label), clipped to the plan's dates.
        const auto start = evaluation.period.start;
        const auto end = evaluation.period.end;
        evaluation.period = **period;
        evaluation.period.start = start;
        evaluation.period.end = end;
    }
    // Periodic evaluations by start date, then the annual one.
    std::stable_partition(evaluations.begin(), evaluations.end(),
        [](const StoredEvaluation& evaluation) { return !evaluation.period.isAnnual(); });

    for (auto& evaluation : evaluations) {
        QSqlQuery realizations(db);
        if (!sql::exec(realizations,
                QStringLiteral("SELECT id, work_result_id, indicator_id, action_plan, description, value, note, "
                               "sort_order FROM realization WHERE evaluation_id = ? AND deleted = 0 "
                               "ORDER BY sort_order, rowid"),
                {V::id(evaluation.id)}, "read realizations")) {
            return unreadable();
        }
        while (realizations.next()) {
            Realization realization;
            realization.id = V::toId(realizations.value(0));
            realization.workResultId = V::toId(realizations.value(1));
            realization.indicatorId = V::toId(realizations.value(2));
            realization.actionPlan = realizations.value(3).toString();
            realization.description = realizations.value(4).toString();
            if (!realizations.value(5).isNull()) {
                realization.value = DocumentCodes::decimalFromText(realizations.value(5).toString());
                if (!realization.value) {
                    qCWarning(lcDb) << "unreadable realization value" << realizations.value(5);
                    return unreadable();
                }
            }
            realization.note = realizations.value(6).toString();
            realization.order = realizations.value(7).toInt();
            evaluation.realizations.append(realization);
        }
        QSqlQuery feedback(db);
        if (!sql::exec(feedback,
                QStringLiteral("SELECT id, work_result_id, core_value, author_id, author_name, body, written_at "
                               "FROM feedback WHERE evaluation_id = ? AND deleted = 0 ORDER BY written_at, rowid"),
                {V::id(evaluation.id)}, "read feedback")) {
            return unreadable();
        }
        while (feedback.next()) {
            Feedback item;
            item.id = V::toId(feedback.value(0));
            item.workResultId = V::toId(feedback.value(1));
            if (!feedback.value(2).isNull()) {
                item.coreValue = DocumentCodes::coreValueFromCode(feedback.value(2).toString());
            }
            item.authorId = V::toId(feedback.value(3));
            item.authorName = feedback.value(4).toString();
            item.text = feedback.value(5).toString();
            item.writtenAt = V::toTimestamp(feedback.value(6));
            evaluation.feedback.append(item);
        }
    }
    return evaluations;
}

Result<EvaluationRepository::Realization> EvaluationRepository::saveRealization(
    const QUuid& evaluationId, Realization realization, const QUuid& authorId)
{
    const auto db = m_database.connection();
    const auto failed = [] { return Result<Realization>::failure(tr("The realization could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QString planId;
    if (!hasLiveEvaluation(db, evaluationId, &planId)) {
        return Result<Realization>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    const auto resultPlan =
        sql::scalar(db, QStringLiteral("SELECT plan_id FROM work_result WHERE id = ? AND deleted = 0"),
            {V::id(realization.workResultId)}, "find a work result");
    if (!resultPlan.isValid() || resultPlan.toString() != planId) {
        return Result<Realization>::failure(tr("The work result of the realization is not part of this SKP."));
    }
    if (!realization.indicatorId.isNull()) {
        const auto indicatorResult =
            sql::scalar(db, QStringLiteral("SELECT work_result_id FROM indicator WHERE id = ? AND deleted = 0"),
                {V::id(realization.indicatorId)}, "find an indicator");
        if (!indicatorResult.isValid() || V::toId(indicatorResult) != realization.workResultId) {
            return Result<Realization>::failure(tr("The indicator of the realization is not part of its work result."));
        }
    }
    if (realization.id.isNull()) {
        realization.id = V::toId(sql::scalar(db,
            QStringLiteral("SELECT id FROM realization WHERE evaluation_id = ? AND work_result_id = ? "
                           "AND indicator_id IS ? AND deleted = 0 ORDER BY rowid LIMIT 1"),
            {V::id(evaluationId), V::id(realization.workResultId), V::id(realization.indicatorId)},
            "find a realization"));
    }
    const auto author = V::id(authorId);
    const auto value = realization.value ? QVariant(DocumentCodes::decimalText(*realization.value)) : nullText();
    const auto existing = realization.id.isNull()
        ? QVariant()
        : sql::scalar(db, QStringLiteral("SELECT evaluation_id FROM realization WHERE id = ? AND deleted = 0"),
            {V::id(realization.id)}, "find a realization");
    if (existing.isValid()) {
        if (V::toId(existing) != evaluationId) {
            return Result<Realization>::failure(tr("The realization belongs to another evaluation."));
        }
        if (!sql::exec(db,
                QStringLiteral("UPDATE realization SET work_result_id = ?, indicator_id = ?, action_plan = ?, "
                               "description = ?, value = ?, note = ?, sort_order = ?, updated_by = ?, updated_at = %1 "
                               "WHERE id = ?")
                    .arg(kNow),
                {V::id(realization.workResultId), V::id(realization.indicatorId), sql::text(realization.actionPlan),
                    sql::text(realization.description), value, sql::text(realization.note), realization.order, author,
                    V::id(realization.id)},
                "update a realization")) {
            return failed();
        }
    } else {
        if (realization.id.isNull()) {
            realization.id = Uuid::createV7();
        }
        if (!sql::exec(db,
                QStringLiteral(
                    "INSERT INTO realization (id, evaluation_id, work_result_id, indicator_id, action_plan, "
                    "description, value, note, sort_order, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {V::id(realization.id), V::id(evaluationId), V::id(realization.workResultId),
                    V::id(realization.indicatorId), sql::text(realization.actionPlan),
                    sql::text(realization.description), value, sql::text(realization.note), realization.order, author},
                "insert a realization")) {
            return failed();
        }
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<Realization>();
    }
    return realization;
}

Status EvaluationRepository::tombstoneRealization(const QUuid& realizationId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive()
        ? sql::tombstone(db, sql::Table::Realization, realizationId, V::id(authorId), "tombstone a realization")
        : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The realization could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The realization was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Result<EvaluationRepository::Feedback> EvaluationRepository::addFeedback(const QUuid& evaluationId, Feedback feedback)
{
    QStringList problems;
    if (feedback.workResultId.isNull() == !feedback.coreValue.has_value()) {
        problems.append(tr("Feedback is given either on a work result or on a core value."));
    }
    if (feedback.text.trimmed().isEmpty()) {
        problems.append(tr("The feedback has no text."));
    }
    if (!problems.isEmpty()) {
        return Result<Feedback>::failure(problems);
    }
    const auto db = m_database.connection();
    const auto failed = [] { return Result<Feedback>::failure(tr("The feedback could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QString planId;
    if (!hasLiveEvaluation(db, evaluationId, &planId)) {
        return Result<Feedback>::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    if (!feedback.workResultId.isNull()) {
        const auto resultPlan =
            sql::scalar(db, QStringLiteral("SELECT plan_id FROM work_result WHERE id = ? AND deleted = 0"),
                {V::id(feedback.workResultId)}, "find a work result");
        if (!resultPlan.isValid() || resultPlan.toString() != planId) {
            return Result<Feedback>::failure(tr("The work result of the feedback is not part of this SKP."));
        }
    }
    if (feedback.id.isNull()) {
        feedback.id = Uuid::createV7();
    }
    if (!feedback.writtenAt.isValid()) {
        feedback.writtenAt = QDateTime::currentDateTimeUtc();
    }
    feedback.writtenAt = V::toTimestamp(V::timestampText(feedback.writtenAt)); // as stored: UTC, milliseconds
    if (!sql::exec(db,
            QStringLiteral(
                "INSERT INTO feedback (id, evaluation_id, work_result_id, core_value, author_id, author_name, "
                "written_at, body, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {V::id(feedback.id), V::id(evaluationId), V::id(feedback.workResultId),
                feedback.coreValue ? QVariant(DocumentCodes::code(*feedback.coreValue)) : nullText(),
                V::id(feedback.authorId), sql::text(feedback.authorName), V::timestamp(feedback.writtenAt),
                sql::text(feedback.text), V::id(feedback.authorId)},
            "insert feedback")) {
        return failed();
    }
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<Feedback>();
    }
    return feedback;
}

Status EvaluationRepository::tombstoneFeedback(const QUuid& feedbackId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive()
        ? sql::tombstone(db, sql::Table::Feedback, feedbackId, V::id(authorId), "tombstone feedback")
        : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The feedback could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The feedback was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Status EvaluationRepository::setRatings(const QUuid& evaluationId,
    std::optional<Rating> resultRating,
    std::optional<Rating> behaviorRating,
    const QString& note,
    const QUuid& authorId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Status::failure(tr("The ratings could not be saved."));
    }
    if (auto written = setRatings(transaction, evaluationId, resultRating, behaviorRating, note, authorId); !written) {
        return written;
    }
    return transaction.commit();
}

Status EvaluationRepository::setRatings(Transaction& transaction,
    const QUuid& evaluationId,
    std::optional<Rating> resultRating,
    std::optional<Rating> behaviorRating,
    const QString& note,
    const QUuid& authorId)
{
    const auto grade = resultRating && behaviorRating
        ? QVariant(codeName(GradeMatrix::grade(*resultRating, *behaviorRating)))
        : nullText();
    QSqlQuery update(m_database.connection());
    if (!transaction.isActive()
        || !sql::exec(update,
            QStringLiteral("UPDATE evaluation SET result_rating = ?, behavior_rating = ?, grade = ?, note = ?, "
                           "updated_by = ?, updated_at = %1 WHERE id = ? AND deleted = 0")
                .arg(kNow),
            {V::rating(resultRating), V::rating(behaviorRating), grade, sql::text(note), V::id(authorId),
                V::id(evaluationId)},
            "set ratings")) {
        return Status::failure(tr("The ratings could not be saved."));
    }
    if (update.numRowsAffected() != 1) {
        return Status::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    return success();
}

Status EvaluationRepository::setOrganizationGrade(
    const QUuid& evaluationId, std::optional<OrganizationGrade> grade, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery update(db);
    if (!transaction.isActive()
        || !sql::exec(update,
            QStringLiteral("UPDATE evaluation SET organization_grade = ?, updated_by = ?, updated_at = %1 "
                           "WHERE id = ? AND deleted = 0")
                .arg(kNow),
            {grade ? QVariant(codeName(*grade)) : nullText(), V::id(authorId), V::id(evaluationId)},
            "set the organisation grade")) {
        return Status::failure(tr("The organisation grade could not be saved."));
    }
    if (update.numRowsAffected() != 1) {
        return Status::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Status EvaluationRepository::refreshSnapshots(
    const QUuid& evaluationId, const PlanParticipants& participants, const QUuid& authorId)
{
    const auto db = m_database.connection();
    const auto& e = participants.employee;
    const auto& a = participants.assessor;
    const auto& s = participants.secondAssessor;
    Transaction transaction(db);
    QSqlQuery update(db);
    if (!transaction.isActive()
        || !sql::exec(update,
            QStringLiteral("UPDATE evaluation SET employee_name = ?, employee_nip = ?, employee_rank = ?, "
                           "employee_position = ?, employee_unit = ?, assessor_name = ?, assessor_nip = ?, "
                           "assessor_rank = ?, assessor_position = ?, assessor_unit = ?, second_assessor_name = ?, "
                           "second_assessor_nip = ?, second_assessor_rank = ?, second_assessor_position = ?, "
                           "second_assessor_unit = ?, updated_by = ?, updated_at = %1 WHERE id = ? AND deleted = 0")
                .arg(kNow),
            {sql::text(e.name), sql::text(e.nip), sql::text(e.rank), sql::text(e.position), sql::text(e.unit),
                sql::text(a.name), sql::text(a.nip), sql::text(a.rank), sql::text(a.position), sql::text(a.unit),
                sql::text(s.name), sql::text(s.nip), sql::text(s.rank), sql::text(s.position), sql::text(s.unit),
                V::id(authorId), V::id(evaluationId)},
            "refresh evaluation snapshots")) {
        return Status::failure(tr("The evaluation could not be saved."));
    }
    if (update.numRowsAffected() != 1) {
        return Status::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    return transaction.commit();
}

} // namespace kinerja
