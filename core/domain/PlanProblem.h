// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace kinerja {

/// How much a PlanProblem matters: an Error blocks submission, a Warning is only shown.
enum class ProblemSeverity
{
    Error,
    Warning
};

/**
 * One problem PlanValidator found in an SKP. `message` is a whole translated sentence that already names the
 * place ("Main RHK 2, indicator 1 has no target."); `location` is the same place alone ("Main RHK 2, indicator 1"),
 * for a list column; the ids let the UI jump to the row (null when the problem concerns the whole SKP).
 */
struct PlanProblem
{
    ProblemSeverity severity = ProblemSeverity::Error;
    QString location;
    QString message;
    QUuid resultId;
    QUuid indicatorId;

    friend bool operator==(const PlanProblem&, const PlanProblem&) = default;
};

} // namespace kinerja
