// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PlanValidator.h"

#include "core/domain/PeriodSchedule.h"

#include <QHash>

#include <algorithm>

namespace kinerja {

namespace {

/// Case- and spacing-insensitive key for comparing RHK texts.
QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

PlanProblem error(const QString& location,
    const QString& message,
    const QUuid& resultId = QUuid(),
    const QUuid& indicatorId = QUuid())
{
    return PlanProblem {ProblemSeverity::Error, location, message, resultId, indicatorId};
}

} // namespace

QString PlanValidator::resultLocation(ResultKind kind, int number)
{
    return kind == ResultKind::Main ? tr("Main RHK %1").arg(number) : tr("Additional RHK %1").arg(number);
}

QString PlanValidator::indicatorLocation(ResultKind kind, int resultNumber, int indicatorNumber)
{
    return kind == ResultKind::Main ? tr("Main RHK %1, indicator %2").arg(resultNumber).arg(indicatorNumber)
                                    : tr("Additional RHK %1, indicator %2").arg(resultNumber).arg(indicatorNumber);
}

QList<PlanProblem> PlanValidator::problems(const PerformancePlan& plan, const QList<WorkResult>& assessorResults)
{
    QList<PlanProblem> found;

    const auto dates = PeriodSchedule::forPlan(plan.startDate, plan.endDate);
    if (!dates)
        found.append(error(tr("SKP period"), dates.error()));

    const QList<WorkResult> mainResults = plan.resultsOfKind(ResultKind::Main);
    if (mainResults.isEmpty()) {
        found.append(error(
            tr("Work results"), tr("The SKP has no main RHK. Add at least one Rencana Hasil Kerja under A. UTAMA.")));
    }

    const bool quantitative = plan.approach == PlanApproach::Quantitative;
    const bool jpt = plan.form == PlanForm::Jpt;
    QHash<QString, QString> firstLocationOfText;

    for (const ResultKind kind : {ResultKind::Main, ResultKind::Additional}) {
        const QList<WorkResult> results = kind == ResultKind::Main ? mainResults : plan.resultsOfKind(kind);
        for (int r = 0; r < results.size(); ++r) {
            const WorkResult& result = results.at(r);
            const QString where = resultLocation(kind, r + 1);
            const auto addResultProblem = [&](const QString& message) {
                found.append(error(where, message, result.id));
            };

            const QString key = comparable(result.text);
            if (key.isEmpty()) {
                addResultProblem(tr("%1 has no text. Write the result to be achieved.").arg(where));
            } else if (const auto first = firstLocationOfText.constFind(key); first != firstLocationOfText.cend()) {
                addResultProblem(
                    tr("%1 has the same text as %2. Merge them or make each RHK distinct.").arg(where, *first));
            } else {
                firstLocationOfText.insert(key, where);
            }

            if (kind == ResultKind::Main && !jpt && !result.isCascaded()) {
                addResultProblem(tr("%1 does not name the leader's RHK it intervenes. Choose an RHK of the Pejabat "
                                    "Penilai Kinerja, or write the intervened RHK or organisation target.")
                                     .arg(where));
            }
            if (!result.parentResultId.isNull()
                && std::none_of(assessorResults.cbegin(), assessorResults.cend(),
                    [&result](const WorkResult& parent) { return parent.id == result.parentResultId; })) {
                addResultProblem(tr("%1 intervenes an RHK that is not in the approved SKP of the Pejabat Penilai "
                                    "Kinerja. Choose the intervened RHK again.")
                                     .arg(where));
            }
            if (result.indicators.isEmpty()) {
                addResultProblem(
                    tr("%1 has no indicator. Add at least one Indikator Kinerja Individu (IKI).").arg(where));
            }

            for (int i = 0; i < result.indicators.size(); ++i) {
                const Indicator& indicator = result.indicators.at(i);
                const QString at = indicatorLocation(kind, r + 1, i + 1);
                const auto addIndicatorProblem = [&](const QString& message) {
                    found.append(error(at, message, result.id, indicator.id));
                };
                const IndicatorTarget& target = indicator.target;

                if (quantitative) {
                    if (indicator.text.trimmed().isEmpty())
                        addIndicatorProblem(tr("%1 has no indicator text.").arg(at));
                    if (target.isNone())
                        addIndicatorProblem(tr("%1 has no target.").arg(at));
                    else if (target.isNumeric() && indicator.unit.trimmed().isEmpty())
                        addIndicatorProblem(tr("%1 has a numeric target but no unit (satuan).").arg(at));
                } else if (target.kind() != IndicatorTarget::Kind::Narrative
                    || target.narrativeText().trimmed().isEmpty()) {
                    addIndicatorProblem(tr("%1 has no narrative. In the qualitative approach, write the success "
                                           "measure and the target as one text.")
                                            .arg(at));
                }
                if (target.kind() == IndicatorTarget::Kind::Range && target.minimum() > target.maximum()) {
                    addIndicatorProblem(
                        tr("%1 has a target range whose lower bound (%2) is greater than its upper bound (%3).")
                            .arg(at, target.minimum().toString(), target.maximum().toString()));
                }
                if (jpt && !indicator.perspective) {
                    addIndicatorProblem(tr("%1 has no perspective. Every indicator on a JPT SKP needs one: "
                                           "Penerima Layanan, Proses Bisnis, Penguatan Internal or Anggaran.")
                                            .arg(at));
                }
            }
        }
    }
    return found;
}

Status PlanValidator::validateForSubmission(const PerformancePlan& plan, const QList<WorkResult>& assessorResults)
{
    const QList<PlanProblem> found = problems(plan, assessorResults);
    const bool blocked = std::any_of(found.cbegin(), found.cend(),
        [](const PlanProblem& problem) { return problem.severity == ProblemSeverity::Error; });
    if (!blocked)
        return success();
    QStringList messages;
    for (const PlanProblem& problem : found)
        messages.append(problem.message);
    return Status::failure(messages);
}

} // namespace kinerja
