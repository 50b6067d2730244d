// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/WorkflowCommandRecord.h"

namespace kinerja {

namespace {

const QString kReasonKey = QStringLiteral("reason");
const QString kOutcomeKey = QStringLiteral("outcome");
const QString kExtendedUntilKey = QStringLiteral("extended-until");

} // namespace

WorkflowCommandRecord WorkflowCommandRecord::issued(const QUuid& id,
    const QUuid& documentId,
    const QUuid& actorId,
    const Transition& row,
    const TransitionContext& context,
    const QDateTime& issuedAt)
{
    WorkflowCommandRecord record;
    record.id = id;
    record.documentId = documentId;
    record.kind = row.kind;
    record.command = row.command;
    record.role = row.role;
    record.actorId = actorId;
    record.from = row.from;
    record.to = row.to;
    record.reason = context.reason.trimmed();
    record.outcome = context.outcome;
    if (row.requirements.testFlag(TransitionRequirement::ExtensionIfLocked)) {
        record.extendedUntil = context.extendedUntil;
    }
    record.issuedAt = issuedAt.toUTC();
    record.status = CommandStatus::Pending;
    return record;
}

TransitionContext WorkflowCommandRecord::context(TransitionContext base) const
{
    base.reason = reason;
    base.outcome = outcome;
    if (extendedUntil.isValid()) {
        base.extendedUntil = extendedUntil;
    }
    return base;
}

QJsonObject WorkflowCommandRecord::argumentsJson() const
{
    QJsonObject json;
    if (!reason.isEmpty()) {
        json.insert(kReasonKey, reason);
    }
    if (outcome) {
        json.insert(kOutcomeKey, codeName(*outcome));
    }
    if (extendedUntil.isValid()) {
        json.insert(kExtendedUntilKey, extendedUntil.toString(Qt::ISODate));
    }
    return json;
}

bool WorkflowCommandRecord::setArgumentsJson(const QJsonObject& json)
{
    std::optional<ObjectionOutcome> newOutcome;
    if (json.contains(kOutcomeKey)) {
        newOutcome = objectionOutcomeFromCode(json.value(kOutcomeKey).toString());
        if (!newOutcome) {
            return false;
        }
    }
    QDate newExtendedUntil;
    if (json.contains(kExtendedUntilKey)) {
        newExtendedUntil = QDate::fromString(json.value(kExtendedUntilKey).toString(), Qt::ISODate);
        if (!newExtendedUntil.isValid()) {
            return false;
        }
    }
    reason = json.value(kReasonKey).toString();
    outcome = newOutcome;
    extendedUntil = newExtendedUntil;
    return true;
}

} // namespace kinerja
