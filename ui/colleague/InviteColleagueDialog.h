// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EmployeeRecord.h"

#include <QDialog>
#include <QList>
#include <QUuid>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kinerja {

/**
 * Chooses a colleague (rekan kerja) to invite to comment on one period's work: a list of the people who can be
 * invited (the page gives them: active people of one's unit, not oneself or one's assessors, not already invited),
 * filtered as one types a name, NIP or position, and an optional message. Stores nothing: the panel invites the
 * chosen person.
 */
class InviteColleagueDialog : public QDialog
{
    Q_OBJECT

public:
    /// `periodText` names the period in the explanation ("TRIWULAN I 2026").
    InviteColleagueDialog(
        const QList<EmployeeRecord>& candidates, const QString& periodText, QWidget* parent = nullptr);

    /// The chosen person; null while nobody is chosen.
    QUuid colleagueId() const;
    QString message() const;

    /// Shows only the people whose name, NIP or position contains `text` (case-insensitive).
    void setFilter(const QString& text);
    /// Chooses the person with this id, if listed (for tests).
    bool choose(const QUuid& employeeId);
    void setMessage(const QString& text);
    /// How many people the list shows now.
    int visibleCount() const;

private:
    void updateButtons();

    QLineEdit* m_filterEdit = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_messageEdit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kinerja
