// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/ResultEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace kinerja {

namespace {

constexpr int kTypingPauseMs = 600;

void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

} // namespace

ResultEditor::ResultEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultEditor"));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &ResultEditor::commitPending);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("resultTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("resultTextEdit"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setMaximumHeight(m_textEdit->fontMetrics().lineSpacing() * 5);
    m_textEdit->setPlaceholderText(tr("What you will deliver this year, e.g. \"Tersusunnya laporan kepegawaian "
                                      "yang akurat dan tepat waktu\""));
    auto* textLabel = new QLabel(tr("Work &result (Rencana Hasil Kerja):"), this);
    textLabel->setBuddy(m_textEdit);

    m_cascadeLabel = new QLabel(this);
    m_cascadeLabel->setObjectName(QStringLiteral("cascadeLabel"));
    m_cascadeLabel->setWordWrap(true);
    m_cascadeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chooseButton = new QPushButton(tr("C&hoose..."), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseCascadeButton"));
    m_chooseButton->setAccessibleName(tr("Choose the result this one cascades from"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearCascadeButton"));
    m_clearButton->setAccessibleName(tr("Clear the result this one cascades from"));
    m_cascadeTitleLabel = new QLabel(tr("Cascades from:"), this);
    m_cascadeTitleLabel->setBuddy(m_chooseButton);
    auto* cascadeRow = new QHBoxLayout;
    cascadeRow->addWidget(m_cascadeLabel, 1);
    cascadeRow->addWidget(m_chooseButton);
    cascadeRow->addWidget(m_clearButton);

    m_outsideEdit = new QPlainTextEdit(this);
    m_outsideEdit->setObjectName(QStringLiteral("outsideSystemTextEdit"));
    m_outsideEdit->setTabChangesFocus(true);
    m_outsideEdit->setPlaceholderText(
        tr("Only when the result you support is not in Kinerja ASN, e.g. a target of the Perjanjian Kinerja"));
    m_outsideEdit->setMaximumHeight(m_outsideEdit->fontMetrics().lineSpacing() * 4);
    m_outsideLabel = new QLabel(tr("&Outside the system:"), this);
    m_outsideLabel->setBuddy(m_outsideEdit);

    m_assignedByEdit = new QLineEdit(this);
    m_assignedByEdit->setObjectName(QStringLiteral("assignedByLineEdit"));
    m_assignedByEdit->setPlaceholderText(tr("Penugasan dari ..."));
    m_assignedByLabel = new QLabel(tr("Assi&gned by:"), this);
    m_assignedByLabel->setBuddy(m_assignedByEdit);

    auto* form = new QFormLayout;
    form->addRow(m_titleLabel);
    form->addRow(textLabel, m_textEdit);
    form->addRow(m_cascadeTitleLabel, cascadeRow);
    form->addRow(m_outsideLabel, m_outsideEdit);
    form->addRow(m_assignedByLabel, m_assignedByEdit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    setTabOrder(m_textEdit, m_chooseButton);
    setTabOrder(m_chooseButton, m_clearButton);
    setTabOrder(m_clearButton, m_outsideEdit);
    setTabOrder(m_outsideEdit, m_assignedByEdit);

    connect(m_textEdit, &QPlainTextEdit::textChanged, this,
        [this]() { queue(EditResultCommand::Field::Text, m_textEdit->toPlainText()); });
    connect(m_outsideEdit, &QPlainTextEdit::textChanged, this,
        [this]() { queue(EditResultCommand::Field::IntervenedText, m_outsideEdit->toPlainText()); });
    connect(m_assignedByEdit, &QLineEdit::textChanged, this,
        [this](const QString& text) { queue(EditResultCommand::Field::AssignedBy, text); });
    connect(m_assignedByEdit, &QLineEdit::editingFinished, this, &ResultEditor::commitPending);
    connect(m_chooseButton, &QPushButton::clicked, this, [this]() {
        commitPending();
        emit chooseCascadeRequested(m_result.id);
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this]() {
        commitPending();
        emit clearCascadeRequested(m_result.id);
    });
    m_textEdit->installEventFilter(this);
    m_outsideEdit->installEventFilter(this);
}

void ResultEditor::setResult(
    const WorkResult& result, const QString& location, const QString& parentText, bool editable, bool qualitative)
{
    // What is shown now is the stored plan (after an edit, an undo or a reload): typing not yet handed over is
    // dropped, as it would otherwise come back over an undo.
    m_timer->stop();
    m_pending.reset();
    m_result = result;
    const bool main = result.kind == ResultKind::Main;
    m_titleLabel->setText(location);
    setPlainText(m_textEdit, result.text);
    m_textEdit->setReadOnly(!editable);

    m_cascadeTitleLabel->setVisible(main);
    m_cascadeLabel->setVisible(main);
    m_chooseButton->setVisible(main);
    m_clearButton->setVisible(main);
    m_outsideLabel->setVisible(main);
    m_outsideEdit->setVisible(main);
    if (!result.parentResultId.isNull()) {
        m_cascadeLabel->setText(parentText.isEmpty() ? tr("A result that is no longer in the assessor's approved SKP. "
                                                          "Choose another one.")
                                                     : parentText);
    } else {
        m_cascadeLabel->setText(tr("Not chosen yet."));
    }
    m_chooseButton->setEnabled(editable);
    m_clearButton->setEnabled(editable && !result.parentResultId.isNull());
    setPlainText(m_outsideEdit, result.intervenedText);
    m_outsideEdit->setReadOnly(!editable);

    m_assignedByLabel->setVisible(qualitative);
    m_assignedByEdit->setVisible(qualitative);
    if (m_assignedByEdit->text() != result.assignedBy) {
        const QSignalBlocker blocker(m_assignedByEdit);
        m_assignedByEdit->setText(result.assignedBy);
    }
    m_assignedByEdit->setReadOnly(!editable);
}

void ResultEditor::queue(EditResultCommand::Field field, const QString& text)
{
    if (m_pending && m_pending->first != field) {
        commitPending();
    }
    m_pending = std::make_pair(field, text);
    m_timer->start();
}

void ResultEditor::commitPending()
{
    m_timer->stop();
    if (!m_pending) {
        return;
    }
    const auto [field, text] = *m_pending;
    m_pending.reset();
    emit textEdited(m_result.id, field, text);
}

void ResultEditor::focusProblem()
{
    if (m_result.text.trimmed().isEmpty() || m_result.kind != ResultKind::Main || m_result.isCascaded()) {
        m_textEdit->setFocus();
    } else {
        m_chooseButton->setFocus();
    }
}

bool ResultEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        commitPending();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kinerja
