// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/FeedbackEditor.h"

#include "core/domain/CoreValue.h"
#include "core/domain/ResultKind.h"
#include "core/storage/AssessorDesk.h"
#include "ui/Session.h"
#include "ui/evaluation/FeedbackModel.h"
#include "ui/review/PhraseBook.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

constexpr int kResultRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1; // coreValueNumber(), 0 for a work result

} // namespace

FeedbackEditor::FeedbackEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("feedbackEditor"));
    m_model = new FeedbackModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assessorFeedbackView"));
    m_view->setAccessibleName(tr("Feedback given"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FeedbackModel::AboutColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(FeedbackModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(FeedbackModel::AboutColumn, fontMetrics().averageCharWidth() * 30);

    m_aboutCombo = new QComboBox(this);
    m_aboutCombo->setObjectName(QStringLiteral("feedbackAboutComboBox"));
    m_aboutCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_aboutCombo->setMinimumContentsLength(30);
    auto* aboutLabel = new QLabel(tr("Ab&out:"), this);
    aboutLabel->setBuddy(m_aboutCombo);

    m_phraseCombo = new QComboBox(this);
    m_phraseCombo->setObjectName(QStringLiteral("phraseComboBox"));
    m_phraseCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_phraseCombo->setMinimumContentsLength(30);
    auto* phraseLabel = new QLabel(tr("Saved &phrase:"), this);
    phraseLabel->setBuddy(m_phraseCombo);
    m_savePhraseButton = new QPushButton(tr("Save as phrase"), this);
    m_savePhraseButton->setObjectName(QStringLiteral("savePhraseButton"));
    m_forgetPhraseButton = new QPushButton(tr("Forget phrase"), this);
    m_forgetPhraseButton->setObjectName(QStringLiteral("forgetPhraseButton"));

    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("feedbackTextEdit"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setPlaceholderText(tr("What went well, what to improve, and how"));
    m_textEdit->setMaximumHeight(m_textEdit->fontMetrics().lineSpacing() * 4);
    auto* textLabel = new QLabel(tr("Feedbac&k:"), this);
    textLabel->setBuddy(m_textEdit);

    m_addButton = new QPushButton(tr("&Give feedback"), this);
    m_addButton->setObjectName(QStringLiteral("addFeedbackButton"));
    m_removeButton = new QPushButton(tr("Re&move feedback"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFeedbackButton"));
    m_errorLabel = new ErrorLabel(this, QStringLiteral("feedbackErrorLabel"));

    auto* phraseRow = new QHBoxLayout;
    phraseRow->addWidget(m_phraseCombo, 1);
    phraseRow->addWidget(m_savePhraseButton);
    phraseRow->addWidget(m_forgetPhraseButton);
    auto* form = new QFormLayout;
    form->addRow(aboutLabel, m_aboutCombo);
    form->addRow(phraseLabel, phraseRow);
    form->addRow(textLabel, m_textEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);

    connect(m_addButton, &QPushButton::clicked, this,
        [this] { addFeedback(m_aboutCombo->currentIndex(), m_textEdit->toPlainText()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const auto current = m_view->selectionModel()->currentIndex();
        if (current.isValid()) {
            removeFeedback(current.row());
        }
    });
    connect(m_phraseCombo, &QComboBox::activated, this, &FeedbackEditor::insertPhrase);
    connect(m_savePhraseButton, &QPushButton::clicked, this, &FeedbackEditor::savePhrase);
    connect(m_forgetPhraseButton, &QPushButton::clicked, this, [this] {
        if (m_phraseCombo->currentIndex() > 0) {
            PhraseBook(m_session.user().employeeId).remove(m_phraseCombo->currentText());
            reloadPhrases();
        }
    });
    connect(m_phraseCombo, &QComboBox::currentIndexChanged, this, &FeedbackEditor::updateButtons);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &FeedbackEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackEditor::updateButtons);
    updateButtons();
}

void FeedbackEditor::setEvaluation(
    const PerformancePlan& plan, const EvaluationRepository::StoredEvaluation& evaluation, bool editable)
{
    m_evaluationId = evaluation.id;
    m_editable = editable;
    m_errorLabel->clearMessage();
    m_model->setFeedback(plan, evaluation.feedback);
    const auto keep = m_aboutCombo->currentIndex();
    m_aboutCombo->clear();
    // numbered as on the realization table: main results, then additional ones
    int number = 0;
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        for (const auto& result : plan.resultsOfKind(kind)) {
            ++number;
            m_aboutCombo->addItem(tr("Work result %1: %2").arg(number).arg(result.text));
            m_aboutCombo->setItemData(m_aboutCombo->count() - 1, result.id.toString(), kResultRole);
            m_aboutCombo->setItemData(m_aboutCombo->count() - 1, result.text, Qt::ToolTipRole);
            m_aboutCombo->setItemData(m_aboutCombo->count() - 1, 0, kValueRole);
        }
    }
    for (const auto value : allCoreValues()) {
        m_aboutCombo->addItem(tr("Behaviour: %1").arg(officialName(value)));
        m_aboutCombo->setItemData(m_aboutCombo->count() - 1, coreValueNumber(value), kValueRole);
    }
    m_aboutCombo->setCurrentIndex(keep >= 0 && keep < m_aboutCombo->count() ? keep : 0);
    reloadPhrases();
    updateButtons();
}

void FeedbackEditor::clear()
{
    m_evaluationId = QUuid();
    m_editable = false;
    m_model->clear();
    m_aboutCombo->clear();
    m_textEdit->clear();
    m_errorLabel->clearMessage();
    updateButtons();
}

int FeedbackEditor::aboutCount() const
{
    return m_aboutCombo->count();
}

bool FeedbackEditor::addFeedback(int about, const QString& text)
{
    m_errorLabel->clearMessage();
    if (m_evaluationId.isNull() || about < 0 || about >= m_aboutCombo->count()) {
        return false;
    }
    if (text.trimmed().isEmpty()) {
        m_errorLabel->showMessage(tr("Write the feedback first."));
        return false;
    }
    const int valueNumber = m_aboutCombo->itemData(about, kValueRole).toInt();
    const auto values = allCoreValues();
    const auto value =
        valueNumber > 0 ? std::optional<CoreValue>(values.at(valueNumber - 1)) : std::optional<CoreValue>();
    const auto resultId = QUuid::fromString(m_aboutCombo->itemData(about, kResultRole).toString());
    const auto added = AssessorDesk(m_session.database(), m_session.user().employeeId, m_session.today())
                           .addFeedback(m_evaluationId, resultId, value, text);
    if (!added) {
        m_errorLabel->showMessage(added.error());
        return false;
    }
    m_textEdit->clear();
    emit feedbackChanged();
    return true;
}

bool FeedbackEditor::removeFeedback(int row)
{
    m_errorLabel->clearMessage();
    if (m_evaluationId.isNull() || row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    const auto removed = AssessorDesk(m_session.database(), m_session.user().employeeId, m_session.today())
                             .removeFeedback(m_evaluationId, m_model->feedbackAt(row).id);
    if (!removed) {
        m_errorLabel->showMessage(removed.error());
        return false;
    }
    emit feedbackChanged();
    return true;
}

void FeedbackEditor::insertPhrase(int index)
{
    // the first entry is the prompt
    if (index <= 0 || index >= m_phraseCombo->count()) {
        return;
    }
    const auto typed = m_textEdit->toPlainText().trimmed();
    const auto phrase = m_phraseCombo->itemText(index);
    m_textEdit->setPlainText(typed.isEmpty() ? phrase : typed + QLatin1Char(' ') + phrase);
    m_textEdit->setFocus();
    m_textEdit->moveCursor(QTextCursor::End);
}

bool FeedbackEditor::savePhrase()
{
    const bool saved = PhraseBook(m_session.user().employeeId).add(m_textEdit->toPlainText());
    reloadPhrases();
    return saved;
}

QStringList FeedbackEditor::phrases() const
{
    return PhraseBook(m_session.user().employeeId).phrases();
}

QString FeedbackEditor::errorText() const
{
    return m_errorLabel->message();
}

void FeedbackEditor::reloadPhrases()
{
    m_phraseCombo->clear();
    m_phraseCombo->addItem(tr("Insert a saved phrase\u2026"));
    if (m_session.isSignedIn()) {
        for (const auto& phrase : PhraseBook(m_session.user().employeeId).phrases()) {
            m_phraseCombo->addItem(phrase);
            m_phraseCombo->setItemData(m_phraseCombo->count() - 1, phrase, Qt::ToolTipRole);
        }
    }
}

void FeedbackEditor::updateButtons()
{
    const bool open = !m_evaluationId.isNull() && m_editable;
    for (QWidget* widget : std::initializer_list<QWidget*> {m_aboutCombo, m_phraseCombo, m_textEdit}) {
        widget->setEnabled(open);
    }
    m_addButton->setEnabled(open && !m_textEdit->toPlainText().trimmed().isEmpty());
    const auto current = m_view->selectionModel()->currentIndex();
    m_removeButton->setEnabled(
        open && current.isValid() && m_model->feedbackAt(current.row()).authorId == m_session.user().employeeId);
    m_savePhraseButton->setEnabled(open && !m_textEdit->toPlainText().trimmed().isEmpty());
    m_forgetPhraseButton->setEnabled(open && m_phraseCombo->currentIndex() > 0);
}

} // namespace kinerja
