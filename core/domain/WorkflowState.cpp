// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/WorkflowState.h"

#include <QCoreApplication>

namespace kinerja {

QList<WorkflowState> allWorkflowStates()
{
    QList<WorkflowState> states;
    for (const auto kind : allDocumentKinds()) {
        states += statesOf(kind);
    }
    return states;
}

QList<WorkflowState> statesOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return {WorkflowState::PlanDraft, WorkflowState::PlanSubmitted, WorkflowState::PlanReturned,
            WorkflowState::PlanApproved, WorkflowState::PlanSuperseded};
    case DocumentKind::Evaluation:
        return {WorkflowState::EvaluationNotFilled, WorkflowState::EvaluationSubmitted,
            WorkflowState::EvaluationReturned, WorkflowState::EvaluationRated, WorkflowState::EvaluationFinalized,
            WorkflowState::EvaluationObjected, WorkflowState::EvaluationFinal};
    case DocumentKind::Objection:
        return {WorkflowState::ObjectionFiled, WorkflowState::ObjectionDecided};
    }
    return {};
}

WorkflowState initialState(DocumentKind kind)
{
    return statesOf(kind).constFirst();
}

DocumentKind documentKind(WorkflowState state)
{
    switch (state) {
    case WorkflowState::PlanDraft:
    case WorkflowState::PlanSubmitted:
    case WorkflowState::PlanReturned:
    case WorkflowState::PlanApproved:
    case WorkflowState::PlanSuperseded:
        return DocumentKind::Plan;
    case WorkflowState::EvaluationNotFilled:
    case WorkflowState::EvaluationSubmitted:
    case WorkflowState::EvaluationReturned:
    case WorkflowState::EvaluationRated:
    case WorkflowState::EvaluationFinalized:
    case WorkflowState::EvaluationObjected:
    case WorkflowState::EvaluationFinal:
        return DocumentKind::Evaluation;
    case WorkflowState::ObjectionFiled:
    case WorkflowState::ObjectionDecided:
        return DocumentKind::Objection;
    }
    return DocumentKind::Plan;
}

QString codeName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::PlanDraft:
        return QStringLiteral("plan.draft");
    case WorkflowState::PlanSubmitted:
        return QStringLiteral("plan.submitted");
    case WorkflowState::PlanReturned:
        return QStringLiteral("plan.returned");
    case WorkflowState::PlanApproved:
        return QStringLiteral("plan.approved");
    case WorkflowState::PlanSuperseded:
        return QStringLiteral("plan.superseded");
    case WorkflowState::EvaluationNotFilled:
        return QStringLiteral("evaluation.not-filled");
    case WorkflowState::EvaluationSubmitted:
        return QStringLiteral("evaluation.submitted");
    case WorkflowState::EvaluationReturned:
        return QStringLiteral("evaluation.returned");
    case WorkflowState::EvaluationRated:
        return QStringLiteral("evaluation.rated");
    case WorkflowState::EvaluationFinalized:
        return QStringLiteral("evaluation.finalized");
    case WorkflowState::EvaluationObjected:
        return QStringLiteral("evaluation.objected");
    case WorkflowState::EvaluationFinal:
        return QStringLiteral("evaluation.final");
    case WorkflowState::ObjectionFiled:
        return QStringLiteral("objection.filed");
    case WorkflowState::ObjectionDecided:
        return QStringLiteral("objection.decided");
    }
    return {};
}

std::optional<WorkflowState> workflowStateFromCode(const QString& code)
{
    for (const auto state : allWorkflowStates()) {
        if (codeName(state) == code) {
            return state;
        }
    }
    return std::nullopt;
}

QString displayName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::PlanDraft:
        return QCoreApplication::translate("WorkflowState", "Draft");
    case WorkflowState::PlanSubmitted:
    case WorkflowState::EvaluationSubmitted:
        return QCoreApplication::translate("WorkflowState", "Submitted");
    case WorkflowState::PlanReturned:
    case WorkflowState::EvaluationReturned:
        return QCoreApplication::translate("WorkflowState", "Returned");
    case WorkflowState::PlanApproved:
        return QCoreApplication::translate("WorkflowState", "Approved");
    case WorkflowState::PlanSuperseded:
        return QCoreApplication::translate("WorkflowState", "Superseded");
    case WorkflowState::EvaluationNotFilled:
        return QCoreApplication::translate("WorkflowState", "Not filled in");
    case WorkflowState::EvaluationRated:
        return QCoreApplication::translate("WorkflowState", "Rated");
    case WorkflowState::EvaluationFinalized:
        return QCoreApplication::translate("WorkflowState", "Finalized");
    case WorkflowState::EvaluationObjected:
        return QCoreApplication::translate("WorkflowState", "Under objection");
    case WorkflowState::EvaluationFinal:
        return QCoreApplication::translate("WorkflowState", "Final");
    case WorkflowState::ObjectionFiled:
        return QCoreApplication::translate("WorkflowState", "Filed");
    case WorkflowState::ObjectionDecided:
        return QCoreApplication::translate("WorkflowState", "Decided");
    }
    return {};
}

} // namespace kinerja
