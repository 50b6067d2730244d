// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanStarter.h"

#include "core/domain/IndonesianFormat.h"
#include "core/storage/AssignmentRepository.h"
#include "core/storage/CascadeSource.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/PersonSnapshot.h"
#include "core/storage/PlanRepository.h"

#include <algorithm>

namespace kinerja {

namespace {

QString unitName(const ReportingLines& lines, const QUuid& unitId)
{
    const auto* unit = lines.tree().unit(unitId);
    return unit ? unit->name : QString();
}

} // namespace

PlanStarter::PlanStarter(const Database& database)
    : m_database(database)
{ }

Result<ReportingLines> PlanStarter::reportingLinesOn(QDate date) const
{
    const auto units = OrgUnitRepository(m_database).all();
    if (!units) {
        return units.propagate<ReportingLines>();
    }
    const auto tree = OrgTree::build(units.value());
    if (!tree) {
        return tree.propagate<ReportingLines>();
    }
    const auto assignments = AssignmentRepository(m_database).activeBetween(date, date);
    if (!assignments) {
        return assignments.propagate<ReportingLines>();
    }
    return ReportingLines(tree.value(), assignments.value());
}

Result<PlanStarter::Start> PlanStarter::startOn(const QUuid& employeeId, QDate date) const
{
    if (!date.isValid()) {
        return Result<Start>::failure(tr("The SKP needs a start date."));
    }
    const EmployeeRepository employees(m_database);
    const auto found = employees.get(employeeId);
    if (!found) {
        return found.propagate<Start>();
    }
    if (!found.value()) {
        return Result<Start>::failure(tr("The employee was not found; they may have been removed."));
    }
    const auto& employee = *found.value();
    const auto lines = reportingLinesOn(date);
    if (!lines) {
        return lines.propagate<Start>();
    }
    const auto positions = lines.value().definitiveAssignments(employeeId, date);
    if (positions.isEmpty()) {
        return Result<Start>::failure(tr("%1 has no position on %2, so the SKP has no Pejabat Penilai Kinerja. "
                                         "Ask the personnel office to record the assignment.")
                                          .arg(employee.employee.fullName(), IndonesianFormat::longDate(date)));
    }
    const auto& position = positions.first();
    Start start;
    start.employeeId = employeeId;
    start.startDate = date;
    start.endDate = QDate(date.year(), 12, 31);
    if (position.to && *position.to < start.endDate) {
        start.endDate = *position.to;
    }
    start.form = position.position.kind == PositionKind::Jpt ? PlanForm::Jpt : PlanForm::AdministratorFunctional;
    start.participants.unitId = position.unitId();
    start.participants.employee =
        PersonSnapshot::of(employee.employee, position, unitName(lines.value(), position.unitId()));

    // The assessor and their assessor: the head assignment through which they assess (Plt./Plh. included), or
    // for an explicit override without one, the jabatan kept on their employee row.
    const auto snapshotOf = [&](const Assessor& assessor) -> Result<PersonSnapshot> {
        const auto person = employees.get(assessor.employeeId);
        if (!person) {
            return person.propagate<PersonSnapshot>();
        }
        if (!person.value()) {
            return PersonSnapshot();
        }
        if (assessor.assignment) {
            return PersonSnapshot::of(
                person.value()->employee, *assessor.assignment, unitName(lines.value(), assessor.assignment->unitId()));
        }
        return PersonSnapshot::of(
            person.value()->employee, person.value()->positionTitle, unitName(lines.value(), person.value()->unitId));
    };
    if (const auto assessor = lines.value().assessorOf(employeeId, date)) {
        const auto snapshot = snapshotOf(*assessor);
        if (!snapshot) {
            return snapshot.propagate<Start>();
        }
        start.assessorId = assessor->employeeId;
        start.participants.assessor = snapshot.value();
    }
    if (const auto second = lines.value().secondAssessorOf(employeeId, date)) {
        const auto snapshot = snapshotOf(*second);
        if (!snapshot) {
            return snapshot.propagate<Start>();
        }
        start.secondAssessorId = second->employeeId;
        start.participants.secondAssessor = snapshot.value();
    }
    return start;
}

Result<QDate> PlanStarter::positionStartOn(const QUuid& employeeId, QDate date) const
{
    const auto assignments = AssignmentRepository(m_database).forEmployee(employeeId);
    if (!assignments) {
        return assignments.propagate<QDate>();
    }
    QDate latest;
    for (const auto& assignment : assignments.value()) {
        if (assignment.kind == Assignment::Kind::Definitive && assignment.isActiveOn(date)
            && (!latest.isValid() || assignment.from > latest)) {
            latest = assignment.from;
        }
    }
    if (!latest.isValid()) {
        return Result<QDate>::failure(
            tr("No position is recorded for you on %1. Ask the personnel office to record the assignment.")
                .arg(IndonesianFormat::longDate(date)));
    }
    return latest;
}

Result<PerformancePlan> PlanStarter::createBlank(const Start& start, const QUuid& authorId)
{
    PerformancePlan plan;
    plan.behaviorExpectations = PerformancePlan::withAllCoreValues();
    return create(start, plan, authorId);
}

Result<PerformancePlan> PlanStarter::createCopy(
    const Start& start, const PerformancePlan& source, const QUuid& authorId)
{
    const auto sources = CascadeSource(m_database).approvedPlans(start.assessorId, start.startDate, start.endDate);
    if (!sources) {
        return sources.propagate<PerformancePlan>();
    }
    QSet<QUuid> parents;
    for (const auto& result : CascadeSource::results(sources.value())) {
        parents.insert(result.id);
    }
    return create(start, copyContent(source, parents), authorId);
}

PerformancePlan PlanStarter::copyContent(const PerformancePlan& source, const QSet<QUuid>& availableParents)
{
    PerformancePlan copy;
    copy.approach = source.approach;
    copy.form = source.form;
    copy.behaviorExpectations = PerformancePlan::withAllCoreValues();
    copy.appendix = source.appendix;
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        int order = 0;
        for (auto result : source.resultsOfKind(kind)) {
            result.id = QUuid();
            result.order = order++;
            if (!availableParents.contains(result.parentResultId)) {
                result.parentResultId = QUuid();
            }
            for (auto& indicator : result.indicators) {
                indicator.id = QUuid();
            }
            copy.results.append(result);
        }
    }
    return copy;
}

Status PlanStarter::checkNoPlanStartingOn(const QUuid& employeeId, QDate date) const
{
    const PlanRepository plans(m_database);
    for (PlanRepository::Page page = PlanRepository::kFirstPage;; page.offset += page.limit) {
        const auto listed = plans.listForEmployee(employeeId, page);
        if (!listed) {
            return listed.propagate<Done>();
        }
        for (const auto& summary : listed.value()) {
            if (summary.startDate == date && summary.status != WorkflowState::PlanSuperseded) {
                return Status::failure(tr("An SKP starting on %1 already exists; open it instead of starting another.")
                                           .arg(IndonesianFormat::longDate(date)));
            }
        }
        if (listed.value().size() < page.limit) {
            return Done {};
        }
    }
}

Result<PerformancePlan> PlanStarter::create(const Start& start, PerformancePlan plan, const QUuid& authorId)
{
    if (const auto free = checkNoPlanStartingOn(start.employeeId, start.startDate); !free) {
        return free.propagate<PerformancePlan>();
    }
    plan.id = QUuid();
    plan.employeeId = start.employeeId;
    plan.assessorId = start.assessorId;
    plan.secondAssessorId = start.secondAssessorId;
    plan.startDate = start.startDate;
    plan.endDate = start.endDate;
    plan.form = start.form;
    return PlanRepository(m_database).create(plan, start.participants, authorId);
}

} // namespace kinerja
