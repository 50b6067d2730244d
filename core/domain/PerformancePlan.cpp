// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PerformancePlan.h"

#include <algorithm>

namespace kinerja {

PerformancePlan PerformancePlan::forYear(QUuid id, int year)
{
    PerformancePlan plan;
    plan.id = id;
    plan.startDate = QDate(year, 1, 1);
    plan.endDate = QDate(year, 12, 31);
    plan.behaviorExpectations = withAllCoreValues();
    return plan;
}

QList<BehaviorExpectation> PerformancePlan::withAllCoreValues()
{
    QList<BehaviorExpectation> rows;
    for (const CoreValue value : allCoreValues())
        rows.append(BehaviorExpectation {value, QString()});
    return rows;
}

QList<WorkResult> PerformancePlan::resultsOfKind(ResultKind kind) const
{
    QList<WorkResult> selected;
    for (const WorkResult& result : results) {
        if (result.kind == kind)
            selected.append(result);
    }
    std::stable_sort(selected.begin(), selected.end(),
        [](const WorkResult& left, const WorkResult& right) { return left.order < right.order; });
    return selected;
}

const WorkResult* PerformancePlan::findResult(const QUuid& resultId) const
{
    const auto found = std::find_if(
        results.cbegin(), results.cend(), [&resultId](const WorkResult& result) { return result.id == resultId; });
    return found == results.cend() ? nullptr : &*found;
}

QString PerformancePlan::specialExpectation(CoreValue value) const
{
    for (const BehaviorExpectation& row : behaviorExpectations) {
        if (row.value == value)
            return row.specialExpectation;
    }
    return {};
}

void PerformancePlan::setSpecialExpectation(CoreValue value, const QString& text)
{
    for (BehaviorExpectation& row : behaviorExpectations) {
        if (row.value == value) {
            row.specialExpectation = text;
            return;
        }
    }
    behaviorExpectations.append(BehaviorExpectation {value, text});
    std::stable_sort(behaviorExpectations.begin(), behaviorExpectations.end(),
        [](const BehaviorExpectation& left, const BehaviorExpectation& right) {
            return coreValueNumber(left.value) < coreValueNumber(right.value);
        });
}

} // namespace kinerja
