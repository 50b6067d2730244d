// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PlanProblem.h"

#include <QAbstractListModel>
#include <QList>

namespace kinerja {

/**
 * PlanValidator's problems for the side panel, in reading order, each a whole sentence that names its place. The
 * ids let the page jump to the result or indicator.
 */
class ProblemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ResultIdRole = Qt::UserRole + 1,
        IndicatorIdRole,
        SeverityRole ///< ProblemSeverity as int
    };

    explicit ProblemListModel(QObject* parent = nullptr);

    void setProblems(const QList<PlanProblem>& problems);
    const QList<PlanProblem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<PlanProblem> m_problems;
};

} // namespace kinerja
