// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Assignment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace kinerja {

class Database;

/**
 * Penugasan (table `assignment`, OWNER admin): who holds which jabatan when, definitively or as Plt/Plh, with the
 * head-of-unit flag and the admin's explicit assessor override. Every change is validated by the domain
 * (Assignment::validate(), and ReportingLines::validate() against the person's other assignments and the other
 * heads of the unit) and refused with the domain's messages, leaving the data untouched.
 *
 * Each change runs in its own Transaction (the caller must not hold one); rows are never deleted but tombstoned
 * (remove()); the triggers of migration 001 put every change in the outbox and the audit log, with the signed-in
 * person (LocalSession) as author. Read assignmentsActiveBetween() to build ReportingLines for a date.
 */
class AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRepository)

public:
    /// `database` is not owned and must outlive the repository.
    explicit AssignmentRepository(const Database& database);

    /// Stores a new assignment; a null id gets a UUIDv7. Returns it as stored (with its id).
    Result<Assignment> add(Assignment assignment);
    /// Replaces the stored assignment with the same id (not a removed one).
    Status update(const Assignment& assignment);
    /// Ends an assignment on `lastDay` (inclusive), e.g. when a Plt is replaced by a definitive head.
    Status end(const QUuid& assignmentId, QDate lastDay);
    /// Tombstones an assignment entered by mistake (deleted = 1); it no longer counts anywhere.
    Status remove(const QUuid& assignmentId);
    /**
     * Names (or, with nullopt, clears) the explicit Pejabat Penilai Kinerja of an assignment: the admin's one-call
     * fix for a wrong assessor. The audit log records who changed it and when (AuditLog::forRow("assignment", id)).
     */
    Status setAssessorOverride(const QUuid& assignmentId, std::optional<QUuid> assessorId);

    /// The assignment, nullopt when there is none or it was removed.
    Result<std::optional<Assignment>> find(const QUuid& assignmentId) const;
    /// Every assignment of the employee, oldest first.
    Result<QList<Assignment>> forEmployee(const QUuid& employeeId) const;
    /// Every assignment active on at least one day of from..to (inclusive), by start date: pass the same date
    /// twice and give the result to ReportingLines for that date.
    Result<QList<Assignment>> activeBetween(QDate from, QDate to) const;

    /// Stored codes (one place): "definitive", "plt", "plh".
    static QString kindCode(Assignment::Kind kind);
    static std::optional<Assignment::Kind> kindFromCode(const QString& code);
    // Position kinds and functional levels use PersonnelCodes.

private:
    /// The domain checks of `candidate` against the stored rows; runs inside the caller's transaction.
    Status validate(const Assignment& candidate) const;
    Result<QList<Assignment>> select(const QString& where, std::initializer_list<QVariant> values) const;
    Status write(const Assignment& assignment, bool insert);

    const Database& m_database; // not owned
};

} // namespace kinerja
