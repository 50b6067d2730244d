// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"
#include "core/domain/CoreValue.h"
#include "core/domain/Decimal.h"
#include "core/domain/Indicator.h"
#include "core/domain/IndicatorAspect.h"
#include "core/domain/IndicatorTarget.h"
#include "core/domain/Perspective.h"
#include "core/domain/PlanApproach.h"
#include "core/domain/PlanForm.h"
#include "core/domain/ResultKind.h"

#include <QString>

#include <optional>

namespace kinerja {

/**
 * The one place where the document repositories map domain enums that have no code function of their own to the
 * stable lowercase codes stored in migration 001 (and sent to the server). Enums with a codeName() in core/domain
 * (WorkflowState, Rating, PerformanceGrade, OrganizationGrade, ObjectionOutcome, ...) are stored through it.
 * Every fromCode function returns nothing for text it does not know; callers log and refuse the row.
 */
class DocumentCodes
{
public:
    DocumentCodes() = delete;

    /// "jpt", "ja-jf".
    static QString code(PlanForm form);
    static std::optional<PlanForm> planFormFromCode(const QString& code);
    /// "quantitative", "qualitative".
    static QString code(PlanApproach approach);
    static std::optional<PlanApproach> planApproachFromCode(const QString& code);
    /// "main", "additional".
    static QString code(ResultKind kind);
    static std::optional<ResultKind> resultKindFromCode(const QString& code);
    /// "quantity", "quality", "time", "cost".
    static QString code(IndicatorAspect aspect);
    static std::optional<IndicatorAspect> indicatorAspectFromCode(const QString& code);
    /// "service-recipients", "business-process", "internal-strengthening", "budget".
    static QString code(Perspective perspective);
    static std::optional<Perspective> perspectiveFromCode(const QString& code);
    /// "higher-is-better", "lower-is-better".
    static QString code(IndicatorDirection direction);
    static std::optional<IndicatorDirection> indicatorDirectionFromCode(const QString& code);
    /// "none", "number", "range", "narrative".
    static QString code(IndicatorTarget::Kind kind);
    static std::optional<IndicatorTarget::Kind> targetKindFromCode(const QString& code);
    /// "berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"
    /// (core_value.code; also the key of Uuid::forBehaviorExpectation).
    static QString code(CoreValue value);
    static std::optional<CoreValue> coreValueFromCode(const QString& code);
    /// "klasikal", "non-klasikal".
    static QString code(CompetencyActivity::Kind kind);
    static std::optional<CompetencyActivity::Kind> competencyKindFromCode(const QString& code);

    /**
     * An exact decimal as stored: plain text with a dot and no grouping, trailing zeros dropped ("-1234.5", "12",
     * "0.0001"). Not Decimal::toString(), whose Indonesian "1.234" would read back as a thousand.
     */
    static QString decimalText(Decimal value);
    /// Reads decimalText(); nothing for anything else (more than four decimals, overflow, other characters).
    static std::optional<Decimal> decimalFromText(const QString& text);
};

} // namespace kinerja
