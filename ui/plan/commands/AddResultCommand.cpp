// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/commands/AddResultCommand.h"

#include "core/storage/Uuid.h"
#include "ui/plan/commands/PlanEdits.h"

namespace kinerja {

AddResultCommand::AddResultCommand(PlanDocument& document, ResultKind kind, const QUuid& afterResultId)
    : PlanEditCommand(document)
    , m_resultId(Uuid::createV7())
{
    setText(kind == ResultKind::Main ? tr("Add main work result") : tr("Add additional work result"));
    auto plan = before();
    WorkResult result;
    result.id = m_resultId;
    result.kind = kind;
    result.text = QStringLiteral("");
    result.intervenedText = QStringLiteral("");
    result.assignedBy = QStringLiteral("");
    auto ids = PlanEdits::orderedResultIds(plan, kind);
    const auto after = ids.indexOf(afterResultId);
    ids.insert(after >= 0 ? after + 1 : ids.size(), m_resultId);
    plan.results.append(result);
    PlanEdits::setResultOrder(plan, kind, ids);
    setAfter(plan, m_resultId, afterResultId);
}

} // namespace kinerja
