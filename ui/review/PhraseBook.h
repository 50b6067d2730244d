// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace kinerja {

/**
 * An assessor's reusable feedback phrases (issue 5: "continuous feedback ... with reusable phrases"), kept in the
 * person's application settings on this PC (AppSettings::feedbackPhrases), in the order saved. Until the person saves
 * or removes a phrase the book holds starterPhrases().
 */
class PhraseBook
{
public:
    explicit PhraseBook(const QUuid& employeeId);

    QStringList phrases() const;
    /// Adds a phrase at the end; false for an empty text or one the book holds already (compared trimmed).
    bool add(const QString& phrase);
    /// Removes a phrase; false when the book does not hold it.
    bool remove(const QString& phrase);

    /**
     * The phrases a new book starts with. They are Indonesian in every UI language: feedback is part of the
     * official record and is written in Indonesian, like the rest of the SKP.
     */
    static QStringList starterPhrases();

private:
    void store(const QStringList& phrases);

    QUuid m_employeeId;
};

} // namespace kinerja
