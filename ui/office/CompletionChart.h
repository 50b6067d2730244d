// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CompletionQueries.h"

#include <QChartView>
#include <QMap>

namespace kinerja {

/**
 * The chart of one unit on the completion dashboard (Qt Charts): a bar for the SKP and, with a period, a bar for the
 * evaluation, each split into its stages as shares of the unit's people, with the number of people on each part.
 * The same numbers are in the unit tree beside it, for the keyboard and screen readers.
 */
class CompletionChart : public QChartView
{
    Q_OBJECT

public:
    explicit CompletionChart(QWidget* parent = nullptr);

    /// Shows `counts` of `unitName`; `periodLabel` empty when no period is chosen.
    void setCounts(const QString& unitName, const CompletionQueries::Counts& counts, const QString& periodLabel);

    /// The value shown for a stage (for tests).
    int shownCount(CompletionQueries::Stage stage) const;

private:
    QMap<CompletionQueries::Stage, int> m_shown; ///< the stages shown, with their numbers
};

} // namespace kinerja
