// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"
#include "core/storage/EvaluationRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinerja {

/**
 * The assessor's continuous feedback (umpan balik berkelanjutan) on one evaluation, read-only, oldest first: what it
 * is about (a work result of the SKP, or a BerAKHLAK value by its official name), the text, who wrote it and when.
 */
class FeedbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AboutColumn,
        TextColumn,
        AuthorColumn,
        WrittenColumn,
        ColumnCount
    };

    explicit FeedbackModel(QObject* parent = nullptr);

    /// `plan` names the work results the feedback refers to.
    void setFeedback(const PerformancePlan& plan, QList<EvaluationRepository::Feedback> feedback);
    void clear();
    /// The feedback shown on `row` (0 <= row < rowCount()).
    const EvaluationRepository::Feedback& feedbackAt(int row) const { return m_feedback.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString aboutText(const EvaluationRepository::Feedback& feedback) const;

    PerformancePlan m_plan;
    QList<EvaluationRepository::Feedback> m_feedback;
};

} // namespace kinerja
