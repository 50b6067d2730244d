// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DashboardQueries.h"

#include "core/Logging.h"
#include "core/domain/PeriodSchedule.h"
#include "core/storage/CompetencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FirstScreenQueries.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/WorkflowService.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace kinerja {

namespace {

using V = DocumentValues;
using Deadline = DashboardQueries::Deadline;
using Request = DashboardQueries::Request;
using Stored = EvaluationRepository::StoredEvaluation;

bool isEmployeesTurn(WorkflowState state)
{
    return state == WorkflowState::EvaluationNotFilled || state == WorkflowState::EvaluationReturned;
}

/// The batas pengisian in force: the period's, or the admin's extension when it is later.
QDate effectiveDeadline(const Stored& evaluation)
{
    const auto deadline = evaluation.period.entryDeadline;
    if (evaluation.extendedUntil.isValid() && (!deadline.isValid() || evaluation.extendedUntil > deadline)) {
        return evaluation.extendedUntil;
    }
    return deadline;
}

Deadline deadline(Deadline::Kind kind, QDate date, const QUuid& documentId, const QString& label, QDate today)
{
    Deadline d;
    d.kind = kind;
    d.date = date;
    d.documentId = documentId;
    d.periodLabel = label;
    d.daysLeft = today.daysTo(date);
    return d;
}

/// Periods in the order of their realisations' weight: by end date, the annual one after a periodic one that ends on
/// the same day (the annual realisation covers the whole year).
bool laterPeriod(const Stored& a, const Stored& b)
{
    if (a.period.end != b.period.end) {
        return a.period.end > b.period.end;
    }
    return a.period.isAnnual() && !b.period.isAnnual();
}

QDateTime startOfDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

} // namespace

DashboardQueries::DashboardQueries(const Database& database)
    : m_database(database)
{ }

Result<std::optional<DashboardQueries::CurrentPlan>> DashboardQueries::currentPlan(
    const QUuid& employeeId, int year) const
{
    using R = Result<std::optional<CurrentPlan>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(FirstScreenQueries::currentPlanSql())) {
        qCWarning(lcDb) << "dashboard: prepare the current plan failed";
        return R::failure(tr("This year's plan could not be read."));
    }
    query.addBindValue(V::id(employeeId));
    query.addBindValue(year);
    if (!query.exec()) {
        qCWarning(lcDb) << "dashboard: read the current plan failed";
        return R::failure(tr("This year's plan could not be read."));
    }
    if (!query.next()) {
        return std::optional<CurrentPlan>();
    }
    CurrentPlan plan;
    plan.id = V::toId(query.value(0));
    const auto status = workflowStateFromCode(query.value(1).toString());
    if (!status) {
        qCWarning(lcDb) << "dashboard: unknown plan status" << query.value(1).toString();
        return R::failure(tr("This year's plan could not be read."));
    }
    plan.status = *status;
    plan.startDate = V::toDate(query.value(2));
    plan.endDate = V::toDate(query.value(3));
    plan.assessorName = query.value(4).toString();
    return std::optional<CurrentPlan>(plan);
}

Result<DashboardQueries::Overview> DashboardQueries::overview(
    const QUuid& employeeId, QDate today, const QDateTime& lastSeen) const
{
    Overview overview;
    overview.year = today.year();

    const auto competency = CompetencyRepository(m_database).summary(employeeId, overview.year);
    if (!competency) {
        return competency.propagate<Overview>();
    }
    overview.competency = *competency;

    const auto current = currentPlan(employeeId, overview.year);
    if (!current) {
        return current.propagate<Overview>();
    }
    if (!current->has_value()) {
        overview.nextDeadline = deadline(Deadline::Kind::PlanApproval,
            PeriodSchedule::planApprovalDeadline(QDate(overview.year, 1, 1)), {}, {}, today);
        return overview;
    }
    const auto planId = current->value().id;
    const auto loaded = PlanRepository(m_database).load(planId);
    if (!loaded) {
        return loaded.propagate<Overview>();
    }
    overview.plan = *loaded;
    const auto& stored = *overview.plan;

    const auto pending = WorkflowService(m_database).pendingCommands(planId);
    if (!pending) {
        return pending.propagate<Overview>();
    }
    overview.pendingCommands = static_cast<int>(pending->size());

    auto evaluationsRead = EvaluationRepository(m_database).listForPlan(planId);
    if (!evaluationsRead) {
        return evaluationsRead.propagate<Overview>();
    }
    auto evaluations = evaluationsRead.value();

    // The next deadline.
    QList<Deadline> candidates;
    if (stored.status == WorkflowState::PlanApproved) {
        QSet<QUuid> periodsWithEvaluation;
        std::optional<EvaluationCadence> cadence;
        for (const auto& evaluation : evaluations) {
            periodsWithEvaluation.insert(evaluation.periodId);
            if (!cadence && evaluation.period.cadence) {
                cadence = evaluation.period.cadence;
            }
            const auto date = effectiveDeadline(evaluation);
            if (isEmployeesTurn(evaluation.status) && !evaluation.period.locked && date.isValid()) {
                candidates.append(
                    deadline(Deadline::Kind::EvaluationEntry, date, evaluation.id, evaluation.period.label(), today));
            }
        }
        const auto periods =
            PeriodRepository(m_database).periodsOfYear(overview.year, cadence.value_or(defaultEvaluationCadence()));
        if (!periods) {
            return periods.propagate<Overview>();
        }
        for (const auto& period : *periods) {
            const bool overlaps = period.start <= stored.plan.endDate && period.end >= stored.plan.startDate;
            if (!overlaps || period.locked || !period.entryDeadline.isValid()
                || periodsWithEvaluation.contains(PeriodRepository::idOf(period))) {
                continue;
            }
            candidates.append(
                deadline(Deadline::Kind::EvaluationEntry, period.entryDeadline, {}, period.label(), today));
        }
    } else if (stored.status != WorkflowState::PlanSuperseded) {
        candidates.append(deadline(Deadline::Kind::PlanApproval,
            PeriodSchedule::planApprovalDeadline(stored.plan.startDate), planId, {}, today));
    }
    if (!candidates.isEmpty()) {
        overview.nextDeadline = *std::min_element(candidates.cbegin(), candidates.cend(),
            [](const Deadline& a, const Deadline& b) { return a.date < b.date; });
    }

    // What the assessor asked for.
    QList<Request> returned;
    if (stored.status == WorkflowState::PlanReturned) {
        Request request;
        request.kind = Request::Kind::PlanReturned;
        request.documentId = planId;
        request.text = stored.returnNote;
        request.isNew = true;
        returned.append(request);
    }
    QDateTime listedSince;
    if (lastSeen.isValid()) {
        listedSince = std::min(lastSeen.toUTC(), startOfDay(today.addDays(-kRecentDays)));
    }
    const auto isListed = [&listedSince](const QDateTime& at) {
        return at.isValid() && (!listedSince.isValid() || at > listedSince);
    };
    const auto isNew = [&lastSeen](const QDateTime& at) { return !lastSeen.isValid() || at > lastSeen; };
    QList<Request> recent;
    for (const auto& evaluation : evaluations) {
        const auto label = evaluation.period.label();
        if (evaluation.status == WorkflowState::EvaluationReturned) {
            Request request;
            request.kind = Request::Kind::EvaluationReturned;
            request.documentId = evaluation.id;
            request.periodLabel = label;
            request.text = evaluation.returnNote;
            request.isNew = true;
            returned.append(request);
        }
        for (const auto& feedback : evaluation.feedback) {
            if (feedback.authorId == employeeId || !isListed(feedback.writtenAt)) {
                continue;
            }
            Request request;
            request.kind = Request::Kind::Feedback;
            request.documentId = evaluation.id;
            request.periodLabel = label;
            request.at = feedback.writtenAt;
            request.authorName = feedback.authorName;
            request.text = feedback.text;
            if (feedback.coreValue) {
                request.subject = officialName(*feedback.coreValue);
            } else if (const auto* result = stored.plan.findResult(feedback.workResultId)) {
                request.subject = result->text;
            }
            request.isNew = isNew(feedback.writtenAt);
            recent.append(request);
        }
        if ((evaluation.resultRating || evaluation.behaviorRating) && isListed(evaluation.ratedAt)) {
            Request request;
            request.kind = Request::Kind::Rating;
            request.documentId = evaluation.id;
            request.periodLabel = label;
            request.at = evaluation.ratedAt;
            request.resultRating = evaluation.resultRating;
            request.behaviorRating = evaluation.behaviorRating;
            request.grade = evaluation.grade;
            request.isNew = isNew(evaluation.ratedAt);
            recent.append(request);
        }
    }
    std::stable_sort(recent.begin(), recent.end(), [](const Request& a, const Request& b) { return a.at > b.at; });
    overview.requests = returned + recent;
    if (overview.requests.size() > kMaxRequests) {
        overview.moreRequests = static_cast<int>(overview.requests.size()) - kMaxRequests;
        overview.requests.resize(kMaxRequests);
    }

    // Achievement so far: the latest realisation with a number, per indicator.
    std::stable_sort(evaluations.begin(), evaluations.end(), laterPeriod);
    struct Latest
    {
        Decimal value;
        QString periodLabel;
    };
    QHash<QUuid, Latest> latest;
    for (const auto& evaluation : evaluations) {
        for (const auto& realization : evaluation.realizations) {
            if (realization.indicatorId.isNull() || !realization.value || latest.contains(realization.indicatorId)) {
                continue;
            }
            latest.insert(realization.indicatorId, {*realization.value, evaluation.period.label()});
        }
    }
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        for (const auto& result : stored.plan.resultsOfKind(kind)) {
            for (const auto& indicator : result.indicators) {
                IndicatorProgress progress;
                progress.workResultId = result.id;
                progress.resultKind = kind;
                progress.resultText = result.text;
                progress.indicator = indicator;
                if (const auto found = latest.constFind(indicator.id); found != latest.constEnd()) {
                    progress.realization = found->value;
                    progress.periodLabel = found->periodLabel;
                    progress.achievement = Achievement::of(indicator, found->value);
                }
                overview.indicators.append(progress);
            }
        }
    }
    return overview;
}

} // namespace kinerja
