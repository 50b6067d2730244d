// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/WorkResult.h"
#include "ui/plan/commands/EditResultCommand.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace kinerja {

/**
 * The form of one work result: its text (the RHK), for a main result what it cascades from (the assessor's result,
 * chosen in the CascadeDialog, or a text when the parent is outside the system), and on qualitative forms who
 * assigned it. Typing is handed to the page as textEdited() once the person pauses (or leaves the field), so that one
 * word is not one transaction; the page turns it into an undo command. Read-only fields look read-only.
 */
class ResultEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ResultEditor(QWidget* parent = nullptr);

    /**
     * Shows a result, dropping typing not handed over yet (call commitPending() first to keep it). `location` names it
     * ("Main RHK 2"), `parentText` is the text of the chosen parent (empty when none), `editable` whether the person
     * may change the plan, `qualitative` whether "assigned by" applies.
     */
    void setResult(
        const WorkResult& result, const QString& location, const QString& parentText, bool editable, bool qualitative);
    QUuid resultId() const { return m_result.id; }

    /// Hands a pending edit to the page now.
    void commitPending();
    /// Puts the cursor in the field a problem is about: the text when empty, else the cascade.
    void focusProblem();

signals:
    void textEdited(const QUuid& resultId, EditResultCommand::Field field, const QString& text);
    void chooseCascadeRequested(const QUuid& resultId);
    void clearCascadeRequested(const QUuid& resultId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void queue(EditResultCommand::Field field, const QString& text);

    WorkResult m_result;
    QLabel* m_titleLabel = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QLabel* m_cascadeTitleLabel = nullptr;
    QLabel* m_cascadeLabel = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QLabel* m_outsideLabel = nullptr;
    QPlainTextEdit* m_outsideEdit = nullptr;
    QLabel* m_assignedByLabel = nullptr;
    QLineEdit* m_assignedByEdit = nullptr;
    QTimer* m_timer = nullptr;
    std::optional<std::pair<EditResultCommand::Field, QString>> m_pending;
};

} // namespace kinerja
