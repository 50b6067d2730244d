// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CascadeSource.h"

#include "core/storage/PlanRepository.h"

#include <algorithm>

namespace kinerja {

CascadeSource::CascadeSource(const Database& database)
    : m_database(database)
{ }

Result<QList<CascadeSource::SourcePlan>> CascadeSource::approvedPlans(
    const QUuid& assessorId, QDate from, QDate to) const
{
    QList<SourcePlan> plans;
    if (assessorId.isNull() || !from.isValid() || !to.isValid()) {
        return plans;
    }
    const PlanRepository repository(m_database);
    QList<PlanRepository::Summary> summaries;
    for (PlanRepository::Page page = PlanRepository::kFirstPage;; page.offset += page.limit) {
        const auto listed = repository.listForEmployee(assessorId, page);
        if (!listed) {
            return listed.propagate<QList<SourcePlan>>();
        }
        summaries.append(listed.value());
        if (listed.value().size() < page.limit) {
            break;
        }
    }
    for (const auto& summary : std::as_const(summaries)) {
        if (summary.status != WorkflowState::PlanApproved || summary.startDate > to || summary.endDate < from) {
            continue;
        }
        const auto loaded = repository.load(summary.id);
        if (!loaded) {
            return loaded.propagate<QList<SourcePlan>>();
        }
        const auto& stored = loaded.value();
        SourcePlan plan {summary.id, stored.plan.startDate, stored.plan.endDate, stored.participants.employee, {}};
        plan.results = stored.plan.resultsOfKind(ResultKind::Main) + stored.plan.resultsOfKind(ResultKind::Additional);
        plans.append(plan);
    }
    std::stable_sort(
        plans.begin(), plans.end(), [](const SourcePlan& a, const SourcePlan& b) { return a.startDate > b.startDate; });
    return plans;
}

QList<WorkResult> CascadeSource::results(const QList<SourcePlan>& plans)
{
    QList<WorkResult> all;
    for (const auto& plan : plans) {
        all.append(plan.results);
    }
    return all;
}

const WorkResult* CascadeSource::findResult(const QList<SourcePlan>& plans, const QUuid& resultId)
{
    if (resultId.isNull()) {
        return nullptr;
    }
    for (const auto& plan : plans) {
        for (const auto& result : plan.results) {
            if (result.id == resultId) {
                return &result;
            }
        }
    }
    return nullptr;
}

} // namespace kinerja
