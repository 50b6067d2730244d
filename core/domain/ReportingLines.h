// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Assessor.h"
#include "core/domain/Assignment.h"
#include "core/domain/OrgTree.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * Who assesses whom on a given date (domain.md 1.2, 8 item 4), derived from the organisation tree and every
 * assignment, plus explicit overrides. An immutable snapshot: rebuild it after a change.
 *
 * Rules, for an employee on a date:
 *  - their position is their active definitive assignment (at most one once validate() holds; if several, the
 *    one that started last);
 *  - the head of a unit is its Plh, else its Plt, else its definitive head, active on that date;
 *  - the Assessor is, if their assignment names an explicit override, that person; otherwise the head of their
 *    unit, or of the parent unit when they head their own unit; a vacant unit (or one headed by the employee
 *    themself, e.g. as Plh) is skipped upward; where a unit delegates assessment (OrgUnit::assessmentDelegateId,
 *    the instansi to the Sekretariat Daerah) the delegate's head assesses instead of that unit's head, except
 *    when the delegate's head is the employee (the Sekda is assessed by the Gubernur);
 *  - the SecondAssessor is the assessor's assessor. For a Plt/Plh it is found above the unit they act for,
 *    not above their own definitive position.
 * A pejabat negara (the Gubernur, no NIP) is simply the definitive head of the instansi, so they assess the
 * Sekda, who heads the Sekretariat Daerah below it, while the Kepala Dinas are assessed by the Sekda through the
 * instansi's delegation.
 */
class ReportingLines
{
    Q_DECLARE_TR_FUNCTIONS(ReportingLines)

public:
    ReportingLines() = default;
    ReportingLines(OrgTree tree, QList<Assignment> assignments);

    const OrgTree& tree() const { return m_tree; }
    const QList<Assignment>& assignments() const { return m_assignments; }

    /// The employee's definitive assignments active on the date, latest start first.
    QList<Assignment> definitiveAssignments(const QUuid& employeeId, QDate date) const;
    /// Every assignment (definitive, Plt, Plh) of the employee active on the date, latest start first.
    QList<Assignment> activeAssignments(const QUuid& employeeId, QDate date) const;

    /// The head assignment of the unit on the date: Plh over Plt over definitive. Empty when the unit is vacant.
    std::optional<Assignment> headOf(const QUuid& unitId, QDate date) const;

    /// The Pejabat Penilai Kinerja of the employee on the date; empty when the employee has no definitive
    /// assignment then, or nobody heads any unit above them (the Gubernur).
    std::optional<Assessor> assessorOf(const QUuid& employeeId, QDate date) const;
    /// The Atasan Pejabat Penilai Kinerja; empty when there is none (e.g. for the Sekda, assessed by the Gubernur).
    std::optional<Assessor> secondAssessorOf(const QUuid& employeeId, QDate date) const;
    /// The employees whose assessor on the date is this person, in the order of their assignments.
    QList<QUuid> assesseesOf(const QUuid& assessorId, QDate date) const;

    /**
     * Checks a new or edited assignment (an edit keeps its id and replaces the stored one with that id): the
     * assignment on its own (Assignment::validate()), its unit exists, no overlapping definitive assignment of
     * the same person, no other head of the same kind for the same unit on overlapping dates. Every problem at
     * once.
     */
    Status validate(const Assignment& candidate) const;
    /// validate() for every stored assignment against the ones before it.
    Status validateAll() const;

private:
    QStringList problemsAgainst(const Assignment& candidate, const QList<Assignment>& others) const;
    /// The nearest head at or above `unitId` who is not `excluded`.
    std::optional<Assessor> headFrom(std::optional<QUuid> unitId, QDate date, const QUuid& excluded) const;

    OrgTree m_tree;
    QList<Assignment> m_assignments;
};

} // namespace kinerja
