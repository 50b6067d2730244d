// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

namespace kinerja {

class Database;
class Session;

/**
 * What the undo commands of the evaluation page work with: the session (its database and the signed-in person)
 * and a way back to the page. A command calls notifyChanged() after it changed stored data, and notifyFailed()
 * with the translated error when core refused (the command then makes itself obsolete). Owned by the page; lives
 * in the GUI thread.
 */
class EvaluationCommandContext : public QObject
{
    Q_OBJECT

public:
    /// `session` is not owned and must outlive the context.
    explicit EvaluationCommandContext(Session& session, QObject* parent = nullptr);

    const Database& database() const;
    /// The signed-in person, written as the author of changes.
    QUuid authorId() const;

    /// Tells the pages showing the evaluation (Session::documentChanged) that it changed.
    void notifyChanged(const QUuid& evaluationId);
    void notifyFailed(const QString& message);

signals:
    void commandFailed(const QString& message);

private:
    Session& m_session; // not owned
};

} // namespace kinerja
