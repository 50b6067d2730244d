// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/AssessmentPanel.h"

#include "core/domain/ActorRole.h"
#include "ui/evaluation/FeedbackModel.h"
#include "ui/widgets/Formatting.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AssessmentPanel::AssessmentPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentPanel"));
    m_assessorLabel = valueLabel(QStringLiteral("assessorLabel"), this);
    m_resultRatingLabel = valueLabel(QStringLiteral("resultRatingLabel"), this);
    m_behaviorRatingLabel = valueLabel(QStringLiteral("behaviorRatingLabel"), this);
    m_gradeLabel = valueLabel(QStringLiteral("gradeLabel"), this);
    m_organizationGradeLabel = valueLabel(QStringLiteral("organizationGradeLabel"), this);
    m_noteLabel = valueLabel(QStringLiteral("assessorNoteLabel"), this);

    // The official terms of the evaluation form: the same in every language.
    auto* ratings = new QGroupBox(tr("Result of the evaluation"), this);
    auto* form = new QFormLayout(ratings);
    form->addRow(QStringLiteral("%1:").arg(QLatin1String(kAssessorTitle)), m_assessorLabel);
    form->addRow(QStringLiteral("Rating Hasil Kerja:"), m_resultRatingLabel);
    form->addRow(QStringLiteral("Rating Perilaku Kerja:"), m_behaviorRatingLabel);
    form->addRow(QStringLiteral("Predikat Kinerja Pegawai:"), m_gradeLabel);
    form->addRow(QStringLiteral("Capaian Kinerja Organisasi:"), m_organizationGradeLabel);
    form->addRow(tr("Note or recommendation:"), m_noteLabel);

    m_feedbackModel = new FeedbackModel(this);
    m_feedbackView = new QTableView(this);
    m_feedbackView->setObjectName(QStringLiteral("feedbackTableView"));
    m_feedbackView->setModel(m_feedbackModel);
    m_feedbackView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedbackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feedbackView->setWordWrap(true);
    m_feedbackView->verticalHeader()->hide();
    m_feedbackView->horizontalHeader()->setSectionResizeMode(FeedbackModel::AboutColumn, QHeaderView::Interactive);
    m_feedbackView->horizontalHeader()->setSectionResizeMode(FeedbackModel::TextColumn, QHeaderView::Stretch);
    m_feedbackView->horizontalHeader()->setSectionResizeMode(FeedbackModel::AuthorColumn, QHeaderView::Interactive);
    m_feedbackView->horizontalHeader()->setSectionResizeMode(
        FeedbackModel::WrittenColumn, QHeaderView::ResizeToContents);
    m_feedbackView->horizontalHeader()->resizeSection(FeedbackModel::AboutColumn, 260);
    m_feedbackView->horizontalHeader()->resizeSection(FeedbackModel::AuthorColumn, 180);
    connect(m_feedbackView->horizontalHeader(), &QHeaderView::sectionResized, m_feedbackView,
        &QTableView::resizeRowsToContents);
    auto* feedbackLabel = new QLabel(tr("&Continuous feedback from the assessor:"), this);
    feedbackLabel->setBuddy(m_feedbackView);
    m_feedbackEmptyLabel = new QLabel(tr("No feedback yet."), this);
    m_feedbackEmptyLabel->setObjectName(QStringLiteral("feedbackEmptyLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ratings);
    layout->addWidget(feedbackLabel);
    layout->addWidget(m_feedbackView, 1);
    layout->addWidget(m_feedbackEmptyLabel);
}

void AssessmentPanel::setEvaluation(
    const PerformancePlan& plan, const EvaluationRepository::StoredEvaluation* evaluation)
{
    const auto notYet = tr("not rated yet");
    if (!evaluation) {
        for (auto* label : {m_assessorLabel, m_resultRatingLabel, m_behaviorRatingLabel, m_gradeLabel,
                 m_organizationGradeLabel, m_noteLabel}) {
            label->clear();
        }
        m_feedbackModel->clear();
        m_feedbackEmptyLabel->show();
        return;
    }
    const auto& assessor = evaluation->participants.assessor;
    m_assessorLabel->setText(assessor.name.isEmpty() ? tr("not recorded")
            : assessor.nip.isEmpty()                 ? assessor.name
                                     : tr("%1, NIP %2").arg(assessor.name, Formatting::nip(assessor.nip)));
    m_resultRatingLabel->setText(evaluation->resultRating ? officialName(*evaluation->resultRating) : notYet);
    m_behaviorRatingLabel->setText(evaluation->behaviorRating ? officialName(*evaluation->behaviorRating) : notYet);
    m_gradeLabel->setText(evaluation->grade ? officialName(*evaluation->grade) : tr("not set yet"));
    m_organizationGradeLabel->setText(
        evaluation->organizationGrade ? officialName(*evaluation->organizationGrade) : tr("not set yet"));
    m_noteLabel->setText(evaluation->note.isEmpty() ? tr("none") : evaluation->note);
    m_feedbackModel->setFeedback(plan, evaluation->feedback);
    m_feedbackView->resizeRowsToContents();
    m_feedbackEmptyLabel->setVisible(evaluation->feedback.isEmpty());
}

QString AssessmentPanel::resultRatingText() const
{
    return m_resultRatingLabel->text();
}

QString AssessmentPanel::behaviorRatingText() const
{
    return m_behaviorRatingLabel->text();
}

QString AssessmentPanel::gradeText() const
{
    return m_gradeLabel->text();
}

} // namespace kinerja
