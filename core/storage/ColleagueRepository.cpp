// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ColleagueRepository.h"

#include "core/storage/Database.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kInvitationColumns =
    QStringLiteral("i.id, i.evaluation_id, i.colleague_id, i.colleague_name, i.invited_at, i.message");

ColleagueRepository::Invitation readInvitation(const QSqlQuery& query)
{
    return {V::toId(query.value(0)), V::toId(query.value(1)), V::toId(query.value(2)), query.value(3).toString(),
        V::toTimestamp(query.value(4)), query.value(5).toString()};
}

} // namespace

ColleagueRepository::ColleagueRepository(const Database& database)
    : m_database(database)
{ }

Result<ColleagueRepository::Invitation> ColleagueRepository::invite(
    const QUuid& evaluationId, const QUuid& colleagueId, const QString& message, const QUuid& invitedBy)
{
    using R = Result<Invitation>;
    const auto db = m_database.connection();
    const auto failed = [] { return R::failure(tr("The invitation could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QSqlQuery plan(db);
    if (!sql::exec(plan,
            QStringLiteral("SELECT p.employee_id, p.assessor_id, p.second_assessor_id FROM evaluation AS e "
                           "JOIN performance_plan AS p ON p.id = e.plan_id WHERE e.id = ? AND e.deleted = 0"),
            {V::id(evaluationId)}, "find the plan of an evaluation")) {
        return failed();
    }
    if (!plan.next()) {
        return R::failure(tr("The evaluation was not found; it may have been deleted."));
    }
    const auto colleague = EmployeeRepository(m_database).get(colleagueId);
    if (!colleague) {
        return colleague.propagate<Invitation>();
    }
    if (!*colleague || !(*colleague)->employee.active) {
        return R::failure(tr("The colleague was not found among the active employees."));
    }
    const auto colleagueName = (*colleague)->employee.fullName();
    const auto person = V::toId(plan.value(0));
    if (colleagueId == person) {
        return R::failure(tr("You cannot invite yourself as a colleague."));
    }
    if (colleagueId == V::toId(plan.value(1)) || colleagueId == V::toId(plan.value(2))) {
        return R::failure(tr("%1 already assesses this SKP and needs no invitation.").arg(colleagueName));
    }
    Invitation invitation {Uuid::forColleagueInvitation(evaluationId, colleagueId), evaluationId, colleagueId,
        colleagueName, V::toTimestamp(V::timestampText(QDateTime::currentDateTimeUtc())), message.trimmed()};
    const auto existing = sql::scalar(db, QStringLiteral("SELECT deleted FROM colleague_invitation WHERE id = ?"),
        {V::id(invitation.id)}, "find an invitation");
    if (existing.isValid() && existing.toInt() == 0) {
        return R::failure(tr("%1 is already invited to comment on this period.").arg(invitation.colleagueName));
    }
    const bool ok = existing.isValid()
        ? sql::exec(db,
            QStringLiteral("UPDATE colleague_invitation SET deleted = 0, colleague_name = ?, invited_at = ?, "
                           "message = ?, updated_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE id = ?"),
            {sql::text(invitation.colleagueName), V::timestamp(invitation.invitedAt), sql::text(invitation.message),
                V::id(invitedBy), V::id(invitation.id)},
            "invite a colleague again")
        : sql::exec(db,
            QStringLiteral("INSERT INTO colleague_invitation (id, evaluation_id, colleague_id, colleague_name, "
                           "invited_at, message, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {V::id(invitation.id), V::id(evaluationId), V::id(colleagueId), sql::text(invitation.colleagueName),
                V::timestamp(invitation.invitedAt), sql::text(invitation.message), V::id(invitedBy)},
            "invite a colleague");
    if (!ok) {
        return failed();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.propagate<Invitation>();
    }
    return invitation;
}

Status ColleagueRepository::withdraw(const QUuid& invitationId, const QUuid& withdrawnBy)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive() ? sql::tombstone(db, sql::Table::ColleagueInvitation, invitationId,
                             V::id(withdrawnBy), "withdraw an invitation")
                                                : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The invitation could not be withdrawn."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The invitation was not found; it may have been withdrawn already."));
    }
    return transaction.commit();
}

Result<QList<ColleagueRepository::Invitation>> ColleagueRepository::invitationsOf(const QUuid& evaluationId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT %1 FROM colleague_invitation AS i WHERE i.evaluation_id = ? AND i.deleted = 0 "
                           "ORDER BY i.invited_at, i.id")
                .arg(kInvitationColumns),
            {V::id(evaluationId)}, "list the invitations of an evaluation")) {
        return Result<QList<Invitation>>::failure(tr("The invitations could not be read."));
    }
    QList<Invitation> invitations;
    while (query.next()) {
        invitations.append(readInvitation(query));
    }
    return invitations;
}

Result<QList<ColleagueRepository::Request>> ColleagueRepository::requestsFor(const QUuid& colleagueId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT %1, p.employee_name, ev.starts_on, ev.ends_on, ev.status "
                           "FROM colleague_invitation AS i JOIN evaluation AS ev ON ev.id = i.evaluation_id "
                           "JOIN performance_plan AS p ON p.id = ev.plan_id "
                           "WHERE i.colleague_id = ? AND i.deleted = 0 AND ev.deleted = 0 "
                           "ORDER BY i.invited_at DESC, i.id")
                .arg(kInvitationColumns),
            {V::id(colleagueId)}, "list a colleague's invitations")) {
        return Result<QList<Request>>::failure(tr("The invitations could not be read."));
    }
    QList<Request> requests;
    while (query.next()) {
        requests.append({readInvitation(query), query.value(6).toString(), V::toDate(query.value(7)),
            V::toDate(query.value(8)), query.value(9).toString()});
    }
    return requests;
}

Result<std::optional<ColleagueRepository::Invitation>> ColleagueRepository::invitationOf(
    const QUuid& evaluationId, const QUuid& colleagueId) const
{
    using R = Result<std::optional<Invitation>>;
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT %1 FROM colleague_invitation AS i WHERE i.id = ? AND i.deleted = 0")
                .arg(kInvitationColumns),
            {V::id(Uuid::forColleagueInvitation(evaluationId, colleagueId))}, "find an invitation")) {
        return R::failure(tr("The invitations could not be read."));
    }
    if (!query.next()) {
        return std::optional<Invitation>();
    }
    return std::optional<Invitation>(readInvitation(query));
}

Result<ColleagueRepository::Note> ColleagueRepository::addNote(Note note)
{
    using R = Result<Note>;
    QStringList problems;
    if (!note.workResultId.isNull() && note.coreValue) {
        problems.append(tr("A note is on one work result, on one core value, or on the period as a whole."));
    }
    if (note.text.trimmed().isEmpty()) {
        problems.append(tr("The note has no text."));
    }
    if (!problems.isEmpty()) {
        return R::failure(problems);
    }
    const auto db = m_database.connection();
    const auto failed = [] { return R::failure(tr("The note could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QSqlQuery invitation(db);
    if (!sql::exec(invitation,
            QStringLiteral("SELECT i.colleague_id, i.colleague_name, e.plan_id FROM colleague_invitation AS i "
                           "JOIN evaluation AS e ON e.id = i.evaluation_id WHERE i.id = ? AND i.deleted = 0"),
            {V::id(note.invitationId)}, "find the invitation of a note")) {
        return failed();
    }
    if (!invitation.next()) {
        return R::failure(tr("The invitation was not found; it may have been withdrawn."));
    }
    if (!note.workResultId.isNull()) {
        const auto resultPlan =
            sql::scalar(db, QStringLiteral("SELECT plan_id FROM work_result WHERE id = ? AND deleted = 0"),
                {V::id(note.workResultId)}, "find a work result");
        if (!resultPlan.isValid() || resultPlan.toString() != invitation.value(2).toString()) {
            return R::failure(tr("The work result of the note is not part of this SKP."));
        }
    }
    if (note.id.isNull()) {
        note.id = Uuid::createV7();
    }
    if (!note.writtenAt.isValid()) {
        note.writtenAt = QDateTime::currentDateTimeUtc();
    }
    note.writtenAt = V::toTimestamp(V::timestampText(note.writtenAt)); // as stored: UTC, milliseconds
    note.text = note.text.trimmed();
    note.authorName = invitation.value(1).toString();
    if (!sql::exec(db,
            QStringLiteral("INSERT INTO colleague_feedback (id, invitation_id, work_result_id, core_value, "
                           "written_at, body, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {V::id(note.id), V::id(note.invitationId), V::id(note.workResultId),
                note.coreValue ? QVariant(DocumentCodes::code(*note.coreValue))
                               : QVariant(QMetaType::fromType<QString>()),
                V::timestamp(note.writtenAt), sql::text(note.text), invitation.value(0)},
            "insert a colleague's note")) {
        return failed();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.propagate<Note>();
    }
    return note;
}

Status ColleagueRepository::removeNote(const QUuid& noteId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive()
        ? sql::tombstone(db, sql::Table::ColleagueFeedback, noteId, V::id(authorId), "remove a colleague's note")
        : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The note could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The note was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Result<QList<ColleagueRepository::Note>> ColleagueRepository::notesOn(const QUuid& evaluationId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT f.id, f.invitation_id, f.work_result_id, f.core_value, f.written_at, f.body, "
                           "i.colleague_name FROM colleague_feedback AS f "
                           "JOIN colleague_invitation AS i ON i.id = f.invitation_id "
                           "WHERE i.evaluation_id = ? AND f.deleted = 0 ORDER BY f.written_at, f.id"),
            {V::id(evaluationId)}, "list the notes of colleagues")) {
        return Result<QList<Note>>::failure(tr("The notes of colleagues could not be read."));
    }
    QList<Note> notes;
    while (query.next()) {
        notes.append({V::toId(query.value(0)), V::toId(query.value(1)), V::toId(query.value(2)),
            query.value(3).isNull() ? std::nullopt : DocumentCodes::coreValueFromCode(query.value(3).toString()),
            V::toTimestamp(query.value(4)), query.value(5).toString(), query.value(6).toString()});
    }
    return notes;
}

} // namespace kinerja
