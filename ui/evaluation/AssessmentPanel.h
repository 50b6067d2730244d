// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"
#include "core/storage/EvaluationRepository.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kinerja {

class FeedbackModel;

/**
 * What the assessor gave on one evaluation, read-only for the employee: the Rating Hasil Kerja, the Rating
 * Perilaku Kerja and the Predikat Kinerja Pegawai (official terms, printed the same in every language), the
 * organisation's grade, the note or recommendation, and the continuous feedback per work result and per BerAKHLAK
 * value.
 */
class AssessmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPanel(QWidget* parent = nullptr);

    /// Shows an evaluation of `plan`; nullptr empties the panel.
    void setEvaluation(const PerformancePlan& plan, const EvaluationRepository::StoredEvaluation* evaluation);

    FeedbackModel* feedbackModel() const { return m_feedbackModel; }
    QString resultRatingText() const;
    QString behaviorRatingText() const;
    QString gradeText() const;

private:
    QLabel* m_assessorLabel = nullptr;
    QLabel* m_resultRatingLabel = nullptr;
    QLabel* m_behaviorRatingLabel = nullptr;
    QLabel* m_gradeLabel = nullptr;
    QLabel* m_organizationGradeLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_feedbackEmptyLabel = nullptr;
    FeedbackModel* m_feedbackModel = nullptr;
    QTableView* m_feedbackView = nullptr;
};

} // namespace kinerja
