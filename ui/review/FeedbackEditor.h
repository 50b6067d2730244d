// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"
#include "core/storage/EvaluationRepository.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace kinerja {

class ErrorLabel;
class FeedbackModel;
class Session;

/**
 * The assessor's umpan balik berkelanjutan on one evaluation, beside its realizations in the review queue: what was
 * written so far, and a new line about a work result of the SKP or a BerAKHLAK value, typed or taken from the
 * assessor's saved phrases (PhraseBook). Adding and removing go through AssessorDesk, which checks the person and the
 * evaluation's state; a refusal is shown under the form and changes nothing.
 */
class FeedbackEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackEditor(Session& session, QWidget* parent = nullptr);

    /// Shows the feedback of `evaluation` (of `plan`); `editable` when the state still takes feedback.
    void setEvaluation(
        const PerformancePlan& plan, const EvaluationRepository::StoredEvaluation& evaluation, bool editable);
    void clear();

    FeedbackModel* model() const { return m_model; }
    /// The choices of "about": the work results in the SKP's order, then the seven core values.
    int aboutCount() const;
    /// Adds the text about the `about`-th choice (false, with errorText(), when refused).
    bool addFeedback(int about, const QString& text);
    /// Removes the feedback on `row` of the list.
    bool removeFeedback(int row);
    /// Puts the saved phrase at `index` into the text (appended after what is typed).
    void insertPhrase(int index);
    /// Saves the typed text as a phrase; false when it is empty or saved already.
    bool savePhrase();
    QStringList phrases() const;
    QString errorText() const;

signals:
    /// Feedback was added or removed: the evaluation changed.
    void feedbackChanged();

private:
    void reloadPhrases();
    void updateButtons();

    Session& m_session; // not owned
    QUuid m_evaluationId;
    bool m_editable = false;
    FeedbackModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_aboutCombo = nullptr;
    QComboBox* m_phraseCombo = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_savePhraseButton = nullptr;
    QPushButton* m_forgetPhraseButton = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
