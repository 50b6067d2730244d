// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/PlanProblem.h"

#include <QCoreApplication>
#include <QList>

namespace kinerja {

/**
 * Checks an SKP before it is submitted to the assessor and reports every problem at once, in reading order (dates,
 * then A. UTAMA, then B. TAMBAHAN, each RHK before its indicators), so that the employee fixes everything in one go.
 *
 * Rules (all errors):
 *  - the dates are set, not reversed, and within one calendar year;
 *  - at least one main RHK; every RHK has a text, no two RHKs have the same text (ignoring case and spacing);
 *  - JA/JF: every main RHK is cascaded (a parentResultId, or the intervened text when the parent is outside
 *    the system); any parentResultId must be among `assessorResults`;
 *  - every RHK has at least one indicator;
 *  - quantitative approach: an indicator has a text and a target; a numeric target has a satuan;
 *  - a range target has minimum <= maximum;
 *  - qualitative approach: every indicator has a non-empty narrative target;
 *  - JPT form: every indicator has a perspective.
 * RHKs are numbered within their kind in the order of WorkResult::order, as printed; indicators from 1 in list order.
 */
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)

public:
    /// Every problem of `plan`. `assessorResults` are the RHKs of the assessor's approved (ditetapkan) SKP that the
    /// plan may intervene; pass an empty list when the assessor has none in the system.
    static QList<PlanProblem> problems(const PerformancePlan& plan, const QList<WorkResult>& assessorResults);

    /// Success when no problem is an error; otherwise a failure whose problems() are the messages of all problems
    /// (errors and warnings), in order.
    static Status validateForSubmission(const PerformancePlan& plan, const QList<WorkResult>& assessorResults);

    /// "Main RHK 2" / "Additional RHK 1" (translated), `number` counted from 1 within the kind.
    static QString resultLocation(ResultKind kind, int number);
    /// "Main RHK 2, indicator 1" (translated).
    static QString indicatorLocation(ResultKind kind, int resultNumber, int indicatorNumber);
};

} // namespace kinerja
