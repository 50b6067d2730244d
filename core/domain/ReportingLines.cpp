// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ReportingLines.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kinerja {

namespace {

int headPriority(Assignment::Kind kind)
{
    switch (kind) {
    case Assignment::Kind::Plh:
        return 3;
    case Assignment::Kind::Plt:
        return 2;
    case Assignment::Kind::Definitive:
        return 1;
    }
    return 0;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

void sortLatestFirst(QList<Assignment>& list)
{
    std::stable_sort(
        list.begin(), list.end(), [](const Assignment& a, const Assignment& b) { return a.from > b.from; });
}

} // namespace

ReportingLines::ReportingLines(OrgTree tree, QList<Assignment> assignments)
    : m_tree(std::move(tree))
    , m_assignments(std::move(assignments))
{ }

QList<Assignment> ReportingLines::definitiveAssignments(const QUuid& employeeId, QDate date) const
{
    QList<Assignment> result;
    for (const Assignment& assignment : m_assignments) {
        if (assignment.employeeId == employeeId && assignment.kind == Assignment::Kind::Definitive
            && assignment.isActiveOn(date)) {
            result.append(assignment);
        }
    }
    sortLatestFirst(result);
    return result;
}

QList<Assignment> ReportingLines::activeAssignments(const QUuid& employeeId, QDate date) const
{
    QList<Assignment> result;
    for (const Assignment& assignment : m_assignments) {
        if (assignment.employeeId == employeeId && assignment.isActiveOn(date)) {
            result.append(assignment);
        }
    }
    sortLatestFirst(result);
    return result;
}

std::optional<Assignment> ReportingLines::headOf(const QUuid& unitId, QDate date) const
{
    const Assignment* best = nullptr;
    for (const Assignment& assignment : m_assignments) {
        if (!assignment.isHead || assignment.unitId() != unitId || !assignment.isActiveOn(date)) {
            continue;
        }
        if (!best || headPriority(assignment.kind) > headPriority(best->kind)
            || (headPriority(assignment.kind) == headPriority(best->kind) && assignment.from > best->from)) {
            best = &assignment;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return *best;
}

std::optional<Assessor> ReportingLines::headFrom(std::optional<QUuid> unitId, QDate date, const QUuid& excluded) const
{
    for (; unitId; unitId = m_tree.parent(*unitId)) {
        const OrgUnit* unit = m_tree.unit(*unitId);
        if (unit && !unit->assessmentDelegateId.isNull()) {
            if (const auto delegate = headOf(unit->assessmentDelegateId, date);
                delegate && delegate->employeeId != excluded) {
                return Assessor {delegate->employeeId, delegate, false};
            }
        }
        if (const auto head = headOf(*unitId, date); head && head->employeeId != excluded) {
            return Assessor {head->employeeId, head, false};
        }
    }
    return std::nullopt;
}

std::optional<Assessor> ReportingLines::assessorOf(const QUuid& employeeId, QDate date) const
{
    const QList<Assignment> definitive = definitiveAssignments(employeeId, date);
    if (definitive.isEmpty()) {
        return std::nullopt;
    }
    const Assignment& own = definitive.first();
    if (own.assessorOverride) {
        const QUuid assessorId = *own.assessorOverride;
        const QList<Assignment> theirs = definitiveAssignments(assessorId, date);
        return Assessor {assessorId, theirs.isEmpty() ? std::nullopt : std::optional<Assignment>(theirs.first()), true};
    }
    const std::optional<QUuid> start = own.isHead ? m_tree.parent(own.unitId()) : own.unitId();
    return headFrom(start, date, employeeId);
}

std::optional<Assessor> ReportingLines::secondAssessorOf(const QUuid& employeeId, QDate date) const
{
    const std::optional<Assessor> first = assessorOf(employeeId, date);
    if (!first) {
        return std::nullopt;
    }
    std::optional<Assessor> second;
    if (first->isActing()) {
        // Above the unit the Plt/Plh acts for, not above their own definitive position.
        const Assignment& acting = *first->assignment;
        if (acting.assessorOverride) {
            const QList<Assignment> theirs = definitiveAssignments(*acting.assessorOverride, date);
            second = Assessor {*acting.assessorOverride,
                theirs.isEmpty() ? std::nullopt : std::optional<Assignment>(theirs.first()), true};
        } else {
            second = headFrom(m_tree.parent(acting.unitId()), date, first->employeeId);
        }
    } else {
        second = assessorOf(first->employeeId, date);
    }
    // Overrides could loop back; an employee is never their own second assessor.
    if (second && (second->employeeId == employeeId || second->employeeId == first->employeeId)) {
        return std::nullopt;
    }
    return second;
}

QList<QUuid> ReportingLines::assesseesOf(const QUuid& assessorId, QDate date) const
{
    QList<QUuid> result;
    QSet<QUuid> seen;
    for (const Assignment& assignment : m_assignments) {
        if (assignment.kind != Assignment::Kind::Definitive || !assignment.isActiveOn(date)
            || seen.contains(assignment.employeeId)) {
            continue;
        }
        seen.insert(assignment.employeeId);
        const auto assessor = assessorOf(assignment.employeeId, date);
        if (assessor && assessor->employeeId == assessorId) {
            result.append(assignment.employeeId);
        }
    }
    return result;
}

QStringList ReportingLines::problemsAgainst(const Assignment& candidate, const QList<Assignment>& others) const
{
    QStringList problems;
    if (const Status own = candidate.validate(); !own) {
        problems << own.problems();
    }
    if (!candidate.unitId().isNull() && !m_tree.contains(candidate.unitId())) {
        problems << tr("The unit of the position \"%1\" is not part of the organisation.")
                        .arg(candidate.position.fullTitle());
    }
    const bool datesUsable = candidate.from.isValid() && (!candidate.to || *candidate.to >= candidate.from);
    if (!datesUsable) {
        return problems;
    }
    for (const Assignment& other : others) {
        if (!candidate.id.isNull() && other.id == candidate.id) {
            continue;
        }
        if (!other.from.isValid() || !candidate.overlaps(other)) {
            continue;
        }
        if (other.employeeId == candidate.employeeId && other.kind == Assignment::Kind::Definitive
            && candidate.kind == Assignment::Kind::Definitive) {
            problems << tr("The definitive assignment to \"%1\" overlaps the definitive assignment of the same "
                           "employee to \"%2\" from %3; a person holds one definitive position at a time.")
                            .arg(candidate.position.fullTitle(), other.position.fullTitle(), shortDate(other.from));
        } else if (candidate.isHead && other.isHead && other.unitId() == candidate.unitId()
            && other.kind == candidate.kind && other.employeeId != candidate.employeeId) {
            const OrgUnit* unit = m_tree.unit(candidate.unitId());
            const QString unitName = unit ? unit->name : candidate.position.fullTitle();
            if (candidate.kind == Assignment::Kind::Definitive) {
                problems << tr("The unit \"%1\" already has a definitive head from %2 on overlapping dates.")
                                .arg(unitName, shortDate(other.from));
            } else {
                problems << tr("The unit \"%1\" already has a %2 head from %3 on overlapping dates.")
                                .arg(unitName, Assignment::officialPrefix(candidate.kind), shortDate(other.from));
            }
        }
    }
    return problems;
}

Status ReportingLines::validate(const Assignment& candidate) const
{
    const QStringList problems = problemsAgainst(candidate, m_assignments);
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

Status ReportingLines::validateAll() const
{
    QStringList problems;
    for (qsizetype i = 0; i < m_assignments.size(); ++i) {
        problems << problemsAgainst(m_assignments.at(i), m_assignments.mid(0, i));
    }
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

} // namespace kinerja
