// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/ObjectionPanel.h"

#include "core/domain/ObjectionOutcome.h"
#include "core/domain/Permissions.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/widgets/Formatting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

ObjectionPanel::ObjectionPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("objectionPanel"));
    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("objectionWindowLabel"));
    m_windowLabel->setWordWrap(true);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("objectionReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Explain which part of the result you object to and why."));
    m_reasonEdit->setMaximumHeight(m_reasonEdit->fontMetrics().lineSpacing() * 8);
    m_reasonLabel = new QLabel(tr("&Reason for the objection (required):"), this);
    m_reasonLabel->setBuddy(m_reasonEdit);

    m_fileButton = new QPushButton(tr("File the ob&jection..."), this);
    m_fileButton->setObjectName(QStringLiteral("fileObjectionButton"));
    connect(m_fileButton, &QPushButton::clicked, this, &ObjectionPanel::fileObjection);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("objectionErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_errorLabel->hide();

    m_objectionLabel = new QLabel(this);
    m_objectionLabel->setObjectName(QStringLiteral("objectionStateLabel"));
    m_objectionLabel->setWordWrap(true);
    m_objectionLabel->setTextFormat(Qt::RichText);
    m_objectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_objectionLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_fileButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_objectionLabel);
    layout->addStretch(1);
    setTabOrder(m_reasonEdit, m_fileButton);
    setEvaluation(nullptr, {});
}

QDate ObjectionPanel::lastDay() const
{
    if (!m_evaluation || !m_evaluation->finalizedAt.isValid()) {
        return {};
    }
    // The same count as the workflow: finalized on day 0, day 14 is the last day (local calendar days).
    return m_evaluation->finalizedAt.toLocalTime().date().addDays(TransitionContext::kObjectionWindowDays);
}

void ObjectionPanel::setEvaluation(const EvaluationRepository::StoredEvaluation* evaluation, const ActorRoleSet& roles)
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_roles = roles;
    m_objections.clear();
    if (!evaluation) {
        m_evaluation.reset();
    } else {
        m_evaluation = *evaluation;
        const auto loaded = ObjectionRepository(m_session.database()).forEvaluation(evaluation->id);
        if (loaded) {
            m_objections = loaded.value();
        } else {
            m_errorLabel->setText(loaded.error());
            m_errorLabel->show();
        }
    }

    bool canFile = false;
    QString window;
    if (!m_evaluation) {
        window.clear();
    } else if (!m_objections.isEmpty()) {
        window = tr("An objection was filed on this evaluation.");
    } else if (m_evaluation->status != WorkflowState::EvaluationFinalized || !lastDay().isValid()) {
        window = tr("An objection (keberatan) can be filed within 14 days after the %1 has finalized the evaluation.")
                     .arg(QLatin1String(kAssessorTitle));
    } else {
        TransitionContext context;
        context.today = m_session.today();
        context.finalizedOn = m_evaluation->finalizedAt.toLocalTime().date();
        const Permissions permissions(m_roles, DocumentKind::Evaluation, m_evaluation->status);
        canFile = permissions.availableCommands(context).contains(WorkflowCommand::Object);
        window = context.today <= lastDay()
            ? tr("You may file an objection (keberatan) with the %1 until %2. Their decision is final.")
                  .arg(QLatin1String(kSecondAssessorTitle), Formatting::date(lastDay()))
            : tr("The 14 days for an objection ended on %1.").arg(Formatting::date(lastDay()));
    }
    m_windowLabel->setText(window);
    // The form while an objection may still be filed; after the last day only the sentence saying so.
    const bool showForm = m_evaluation && m_objections.isEmpty()
        && m_evaluation->status == WorkflowState::EvaluationFinalized && lastDay().isValid()
        && m_session.today() <= lastDay();
    m_reasonLabel->setVisible(showForm);
    m_reasonEdit->setVisible(showForm);
    m_fileButton->setVisible(showForm);
    m_reasonEdit->setReadOnly(!canFile);
    m_fileButton->setEnabled(canFile);
    showObjections();
}

void ObjectionPanel::showObjections()
{
    if (m_objections.isEmpty()) {
        m_objectionLabel->clear();
        m_objectionLabel->hide();
        return;
    }
    QStringList parts;
    for (const auto& objection : std::as_const(m_objections)) {
        QString html = tr("<p><b>Status:</b> %1<br><b>Filed:</b> %2</p><p><b>Reason:</b><br>%3</p>")
                           .arg(displayName(objection.status).toHtmlEscaped(),
                               Formatting::dateTime(objection.filedAt).toHtmlEscaped(),
                               objection.reason.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (objection.decision) {
            html += tr("<p><b>Decision:</b> %1 (%2)<br><b>Explanation:</b> %3</p>")
                        .arg(displayName(*objection.decision).toHtmlEscaped(),
                            Formatting::dateTime(objection.decidedAt).toHtmlEscaped(),
                            objection.decisionNote.toHtmlEscaped());
            if (objection.newGrade) {
                // Official terms, not translated.
                html += QStringLiteral("<p>Rating Hasil Kerja: %1<br>Rating Perilaku Kerja: %2<br>"
                                       "Predikat Kinerja Pegawai: %3</p>")
                            .arg(objection.newResultRating ? officialName(*objection.newResultRating) : QString(),
                                objection.newBehaviorRating ? officialName(*objection.newBehaviorRating) : QString(),
                                officialName(*objection.newGrade));
            }
        } else {
            html += tr("<p>The %1 has not decided yet.</p>").arg(QLatin1String(kSecondAssessorTitle));
        }
        parts.append(html);
    }
    m_objectionLabel->setText(parts.join(QStringLiteral("<hr>")));
    m_objectionLabel->show();
}

void ObjectionPanel::setReason(const QString& reason)
{
    m_reasonEdit->setPlainText(reason);
}

bool ObjectionPanel::fileObjection()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    if (!m_evaluation) {
        return false;
    }
    const auto reason = m_reasonEdit->toPlainText().trimmed();
    const auto fail = [this](const QString& error) {
        m_errorLabel->setText(error);
        m_errorLabel->show();
        return false;
    };
    if (reason.isEmpty()) {
        return fail(tr("Write the reason for your objection first."));
    }
    const auto answer = MessageBox::question(this, tr("File an objection"),
        tr("File the objection with the %1? Their decision is final, and the objection cannot be withdrawn.")
            .arg(QLatin1String(kSecondAssessorTitle)));
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const auto filed = ObjectionRepository(m_session.database())
                           .file(m_evaluation->id, m_session.user().employeeId, reason, m_session.today());
    if (!filed) {
        return fail(filed.error());
    }
    m_reasonEdit->clear();
    emit objectionFiled(m_evaluation->id);
    return true;
}

QString ObjectionPanel::windowText() const
{
    return m_windowLabel->text();
}

QString ObjectionPanel::errorText() const
{
    return m_errorLabel->text();
}

} // namespace kinerja
