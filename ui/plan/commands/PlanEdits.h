// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"

#include <QStringList>
#include <QUuid>

namespace kinerja {

/// The three lists of the LAMPIRAN SKP (PlanAppendix), in printed order.
enum class AppendixSection
{
    ResourceSupport,
    AccountabilityScheme,
    Consequences
};

/**
 * Small pure helpers the plan's undo commands share: find a result or an indicator by id, keep the `order` of the
 * results of each kind consecutive, and reach one appendix list. They change a copy of the plan; storing it is
 * PlanDocument::apply()'s job.
 */
class PlanEdits
{
public:
    PlanEdits() = delete;

    /// The index in plan.results of the result with this id, or -1.
    static qsizetype resultIndex(const PerformancePlan& plan, const QUuid& resultId);

    struct IndicatorPosition
    {
        qsizetype result = -1; ///< index in plan.results
        qsizetype indicator = -1; ///< index in that result's indicators
        bool isValid() const { return result >= 0 && indicator >= 0; }
    };
    /// Where the indicator with this id is, or an invalid position.
    static IndicatorPosition indicatorPosition(const PerformancePlan& plan, const QUuid& indicatorId);

    /// The ids of the results of one kind in their printed order.
    static QList<QUuid> orderedResultIds(const PerformancePlan& plan, ResultKind kind);
    /// Gives the results of `kind` the orders 0, 1, 2... following `ids` (every id of that kind, once).
    static void setResultOrder(PerformancePlan& plan, ResultKind kind, const QList<QUuid>& ids);

    static QStringList& appendixLines(PlanAppendix& appendix, AppendixSection section);
    static const QStringList& appendixLines(const PlanAppendix& appendix, AppendixSection section);
    /// "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI": the official headings, not translated.
    static QString appendixTitle(AppendixSection section);
};

} // namespace kinerja
