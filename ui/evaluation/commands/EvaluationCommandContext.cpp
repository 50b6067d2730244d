// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/commands/EvaluationCommandContext.h"

#include "ui/Session.h"

namespace kinerja {

EvaluationCommandContext::EvaluationCommandContext(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

const Database& EvaluationCommandContext::database() const
{
    return m_session.database();
}

QUuid EvaluationCommandContext::authorId() const
{
    return m_session.user().employeeId;
}

void EvaluationCommandContext::notifyChanged(const QUuid& evaluationId)
{
    emit m_session.documentChanged(evaluationId);
}

void EvaluationCommandContext::notifyFailed(const QString& message)
{
    emit commandFailed(message);
}

} // namespace kinerja
