// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CoreValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * Invited colleagues (rekan kerja) and their notes (migration 003): an employee asks colleagues to comment on the
 * work of one evaluation period; a colleague's notes reach the employee and the assessor as input, never as a
 * rating, and are not printed on the official forms. Who may do what is Permissions' answer (the Pegawai yang
 * Dinilai invites; the InvitedColleague writes ColleagueFeedback while the evaluation is open); this class checks
 * the data: a live evaluation, an active colleague who is not the employee or an assessor of the plan, a note with
 * text on a result of the same plan.
 *
 * An invitation's id is Uuid::forColleagueInvitation(evaluation, colleague): inviting again after a withdrawal
 * brings the same row back, and two offline devices make the same row.
 */
class ColleagueRepository
{
    Q_DECLARE_TR_FUNCTIONS(ColleagueRepository)

public:
    struct Invitation
    {
        QUuid id;
        QUuid evaluationId;
        QUuid colleagueId;
        QString colleagueName; ///< with titles, as when invited
        QDateTime invitedAt; ///< UTC
        QString message;
    };

    /// What a colleague sees in their list: the invitation and whose work, of which period.
    struct Request
    {
        Invitation invitation;
        QString employeeName; ///< the Pegawai yang Dinilai, with titles
        QDate periodStart;
        QDate periodEnd;
        QString status; ///< the evaluation's WorkflowState code
    };

    struct Note
    {
        QUuid id;
        QUuid invitationId;
        QUuid workResultId; ///< null for a note on a core value or on the period as a whole
        std::optional<CoreValue> coreValue;
        QDateTime writtenAt; ///< UTC; now when left invalid
        QString text;
        QString authorName; ///< the invitation's colleague (read only)
    };

    /// `database` is not owned and must outlive the repository.
    explicit ColleagueRepository(const Database& database);

    /// Invites `colleagueId` to comment on the evaluation, as `invitedBy` (the employee).
    Result<Invitation> invite(
        const QUuid& evaluationId, const QUuid& colleagueId, const QString& message, const QUuid& invitedBy);
    /// Withdraws a live invitation (a tombstone; the colleague's notes stay with it).
    Status withdraw(const QUuid& invitationId, const QUuid& withdrawnBy);
    /// The live invitations of an evaluation, oldest first.
    Result<QList<Invitation>> invitationsOf(const QUuid& evaluationId) const;
    /// The live invitations naming `colleagueId`, newest first.
    Result<QList<Request>> requestsFor(const QUuid& colleagueId) const;
    /// The live invitation of `colleagueId` on the evaluation, if any (ActorRoles' "invited colleague").
    Result<std::optional<Invitation>> invitationOf(const QUuid& evaluationId, const QUuid& colleagueId) const;

    /// Adds a note under a live invitation, written by its colleague. Returns it with its id.
    Result<Note> addNote(Note note);
    /// Removes a note (a tombstone), by its author.
    Status removeNote(const QUuid& noteId, const QUuid& authorId);
    /// The live notes on an evaluation from all its colleagues, oldest first.
    Result<QList<Note>> notesOn(const QUuid& evaluationId) const;

private:
    const Database& m_database;
};

} // namespace kinerja
