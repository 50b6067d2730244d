// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/FieldGroup.h"
#include "core/domain/Workflow.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kinerja {

/**
 * The one place that answers "may this person see, change or do this here" (design.md, Identity); the GUI, the
 * CLI and the sync engine all ask it. Each answer is a Status: ok, or a translated sentence saying why not.
 *
 * Input: the person's roles for this document (ActorRoles derives them), the document's kind and its
 * effective state (DocumentWorkflowState::effectiveState()). For the admin's agency data (units, employees,
 * assignments, periods, organisation grades) construct it with the roles alone.
 *
 * Who may change what, and when (editRules() has the data):
 *  - Pegawai yang Dinilai: SKP content in plan.draft and plan.returned; action plans, realizations and evidence
 *    in evaluation.not-filled and evaluation.returned; the colleagues invited to comment while the evaluation is
 *    open (not-filled, submitted, returned, rated);
 *  - Pejabat Penilai Kinerja: leader's expectations in plan.draft, plan.submitted and plan.returned; feedback
 *    while the evaluation is open (not-filled, submitted, returned, rated); ratings and grade in
 *    evaluation.submitted and evaluation.rated;
 *  - Atasan Pejabat Penilai Kinerja: ratings and grade in evaluation.objected (to change the result);
 *  - invited colleague: their feedback while the evaluation is open;
 *  - admin: agency data only. Nothing is editable in an approved or superseded SKP, or once an evaluation is
 *    finalized, until the admin reopens it.
 */
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    /// One row of the edit rules: `role` may change `group` in each of `states`.
    struct EditRule
    {
        FieldGroup group;
        ActorRole role;
        QList<WorkflowState> states; ///< empty for agency data, which has no workflow
    };

    /// For a document. `workflow` is copied (it refers to its table, which must outlive this object).
    Permissions(ActorRoleSet roles, DocumentKind kind, WorkflowState state, const Workflow& workflow = Workflow());
    /// For agency data, outside any document.
    explicit Permissions(ActorRoleSet roles);

    /// The rules behind canEdit(), for every group.
    static const QList<EditRule>& editRules();

    const ActorRoleSet& roles() const { return m_roles; }

    /// May the person open the document at all.
    Status canView() const;

    /// May the person change the fields of this group now.
    Status canEdit(FieldGroup group) const;

    /// The groups of this document (or, outside a document, the agency data) that canEdit() allows now.
    QList<FieldGroup> editableGroups() const;

    /// May the person use this workflow command now (delegates to Workflow::resolve()).
    Status canDo(WorkflowCommand command, const TransitionContext& context) const;

    /// The commands to enable as buttons (Workflow::availableCommands()); empty outside a document.
    QList<WorkflowCommand> availableCommands(const TransitionContext& context) const;

private:
    ActorRoleSet m_roles;
    std::optional<DocumentKind> m_kind;
    WorkflowState m_state = WorkflowState::PlanDraft;
    Workflow m_workflow;
};

} // namespace kinerja
