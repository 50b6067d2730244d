// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanDocument.h"

#include "core/domain/ActorRoles.h"
#include "core/domain/Permissions.h"
#include "core/domain/PlanValidator.h"
#include "core/domain/ReportingLines.h"
#include "core/storage/Uuid.h"
#include "core/storage/WorkflowService.h"
#include "ui/Session.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace kinerja {

namespace {

/// The parts of a plan that the employee edits (PlanRepository::saveContent stores them).
bool sameContent(const PerformancePlan& a, const PerformancePlan& b)
{
    return a.approach == b.approach && a.results == b.results && a.appendix == b.appendix
        && a.behaviorExpectations == b.behaviorExpectations;
}

} // namespace

PlanDocument::PlanDocument(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

Status PlanDocument::open(const QUuid& planId)
{
    m_aliases.clear();
    m_storedIds.clear();
    const auto loaded = load(planId);
    if (!loaded) {
        close();
        return loaded;
    }
    emit reloaded();
    return loaded;
}

Result<bool> PlanDocument::refresh()
{
    if (!isOpen()) {
        return false;
    }
    const auto before = m_stored->plan;
    const auto previousState = m_state;
    const auto previousPending = m_pending;
    const auto loaded = load(before.id);
    if (!loaded) {
        close();
        return loaded.propagate<bool>();
    }
    const bool changed = !sameContent(before, m_stored->plan);
    if (changed || previousState != m_state || previousPending != m_pending) {
        emit reloaded();
    }
    return changed;
}

void PlanDocument::close()
{
    m_stored.reset();
    m_roles.clear();
    m_sources.clear();
    m_problems.clear();
    m_storedIds.clear();
    m_aliases.clear();
    m_pending = false;
    m_refusal.clear();
    emit reloaded();
}

Status PlanDocument::load(const QUuid& planId)
{
    const auto& database = m_session.database();
    const auto loaded = PlanRepository(database).load(planId);
    if (!loaded) {
        return loaded.propagate<Done>();
    }
    const auto state = WorkflowService(database).state(DocumentKind::Plan, planId);
    if (!state) {
        return state.propagate<Done>();
    }
    const auto& plan = loaded.value().plan;
    const auto sources = CascadeSource(database).approvedPlans(plan.assessorId, plan.startDate, plan.endDate);
    if (!sources) {
        return sources.propagate<Done>();
    }
    m_stored = loaded.value();
    m_state = state.value().effectiveState();
    m_pending = state.value().hasPending();
    const auto refusal = state.value().refusal();
    m_refusal = refusal ? refusal->refusalReason : QString();
    m_sources = sources.value();
    // The plan page shows the signed-in person's own plans: their roles for it do not depend on the reporting
    // lines (ActorRoles gives the owner the Employee role, and Admin from the account), so none are built here.
    const auto& user = m_session.user();
    m_roles = ActorRoles::forDocument(ReportingLines(), plan.employeeId, plan.startDate, user.employeeId, user.isAdmin);
    rememberIds(plan);
    updateDerived();
    return success();
}

void PlanDocument::updateDerived()
{
    m_problems =
        isOpen() ? PlanValidator::problems(m_stored->plan, CascadeSource::results(m_sources)) : QList<PlanProblem>();
}

void PlanDocument::rememberIds(const PerformancePlan& plan)
{
    for (const auto& result : plan.results) {
        m_storedIds.insert(result.id);
        for (const auto& indicator : result.indicators) {
            m_storedIds.insert(indicator.id);
        }
    }
}

Status PlanDocument::canEditContent() const
{
    if (!isOpen()) {
        return Status::failure(tr("No SKP is open."));
    }
    return Permissions(m_roles, DocumentKind::Plan, m_state).canEdit(FieldGroup::PlanContent);
}

Status PlanDocument::canDo(WorkflowCommand command) const
{
    if (!isOpen()) {
        return Status::failure(tr("No SKP is open."));
    }
    TransitionContext context;
    context.today = m_session.today();
    return Permissions(m_roles, DocumentKind::Plan, m_state).canDo(command, context);
}

const WorkResult* PlanDocument::cascadeParent(const QUuid& resultId) const
{
    return CascadeSource::findResult(m_sources, resultId);
}

int PlanDocument::errorCount() const
{
    return static_cast<int>(std::count_if(m_problems.cbegin(), m_problems.cend(),
        [](const PlanProblem& problem) { return problem.severity == ProblemSeverity::Error; }));
}

QUuid PlanDocument::currentId(const QUuid& id) const
{
    QUuid current = id;
    // An alias chain is short (one link per undo of a removal); the bound guards against a cycle.
    for (int step = 0; step < 1000 && m_aliases.contains(current); ++step) {
        current = m_aliases.value(current);
    }
    return current;
}

PerformancePlan PlanDocument::withCurrentIds(PerformancePlan content)
{
    QSet<QUuid> live;
    rememberIds(m_stored->plan);
    for (const auto& result : m_stored->plan.results) {
        live.insert(result.id);
        for (const auto& indicator : result.indicators) {
            live.insert(indicator.id);
        }
    }
    const auto resolve = [&](QUuid& id) {
        if (id.isNull()) {
            return;
        }
        const auto original = id;
        id = currentId(id);
        if (m_storedIds.contains(id) && !live.contains(id)) {
            // Removed earlier: the storage keeps the tombstone, so the row comes back under a new id.
            const auto fresh = Uuid::createV7();
            m_aliases.insert(id, fresh);
            if (original != id) {
                m_aliases.insert(original, fresh);
            }
            id = fresh;
        }
    };
    for (auto& result : content.results) {
        resolve(result.id);
        for (auto& indicator : result.indicators) {
            resolve(indicator.id);
        }
    }
    return content;
}

Status PlanDocument::apply(const PerformancePlan& content, const QUuid& focus)
{
    if (const auto editable = canEditContent(); !editable) {
        emit errorOccurred(editable.error());
        return editable;
    }
    const QScopedValueRollback busy(m_busy, true);
    auto wanted = withCurrentIds(content);
    const auto& stored = m_stored->plan;
    // Only the content is the employee's: the people, dates, form and the assessor's expectations stay as stored.
    wanted.id = stored.id;
    wanted.employeeId = stored.employeeId;
    wanted.assessorId = stored.assessorId;
    wanted.secondAssessorId = stored.secondAssessorId;
    wanted.startDate = stored.startDate;
    wanted.endDate = stored.endDate;
    wanted.form = stored.form;
    wanted.behaviorExpectations = stored.behaviorExpectations;
    const auto saved = PlanRepository(m_session.database()).saveContent(wanted, m_session.user().employeeId);
    if (!saved) {
        emit errorOccurred(saved.error());
        return saved.propagate<Done>();
    }
    m_stored->plan = saved.value();
    rememberIds(m_stored->plan);
    updateDerived();
    emit contentChanged(currentId(focus));
    emit m_session.documentChanged(m_stored->plan.id);
    return success();
}

Status PlanDocument::execute(WorkflowCommand command)
{
    if (!isOpen()) {
        return Status::failure(tr("No SKP is open."));
    }
    const QScopedValueRollback busy(m_busy, true);
    WorkflowService::Request request;
    request.kind = DocumentKind::Plan;
    request.documentId = m_stored->plan.id;
    request.command = command;
    request.roles = m_roles;
    request.actorId = m_session.user().employeeId;
    request.context.today = m_session.today();
    const auto done = WorkflowService(m_session.database()).execute(request);
    if (!done) {
        return done.propagate<Done>();
    }
    const auto refreshed = refresh();
    emit reloaded();
    emit m_session.documentChanged(m_stored ? m_stored->plan.id : request.documentId);
    return refreshed ? success() : refreshed.propagate<Done>();
}

} // namespace kinerja
