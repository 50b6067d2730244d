// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BehaviorExpectation.h"
#include "core/domain/PlanAppendix.h"
#include "core/domain/PlanApproach.h"
#include "core/domain/PlanForm.h"
#include "core/domain/WorkResult.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace kinerja {

/**
 * An SKP (Sasaran Kinerja Pegawai, domain.md 2): a plain value, no storage, no status (the workflow and the
 * snapshots of names and ranks live elsewhere).
 *
 * An employee may have several SKPs in one year (change of jabatan or assessor, CPNS start, transfer): each has
 * its own id and a date range inside one calendar year, so never key an SKP by (NIP, year).
 * `results` keeps main and additional RHKs together; each kind is ordered by WorkResult::order.
 * `behaviorExpectations` normally holds the seven core values in order (see withAllCoreValues()).
 */
struct PerformancePlan
{
    QUuid id;
    QUuid employeeId;
    QUuid assessorId; ///< Pejabat Penilai Kinerja
    QUuid secondAssessorId; ///< Atasan Pejabat Penilai Kinerja; null when there is none (e.g. a governor)
    QDate startDate;
    QDate endDate;
    PlanApproach approach = PlanApproach::Quantitative;
    PlanForm form = PlanForm::AdministratorFunctional;
    QList<WorkResult> results;
    QList<BehaviorExpectation> behaviorExpectations;
    PlanAppendix appendix;

    /// A full-year plan (1 January to 31 December) with the seven core values and no special expectations.
    static PerformancePlan forYear(QUuid id, int year);

    /// The seven BerAKHLAK rows in order, each without a special expectation.
    static QList<BehaviorExpectation> withAllCoreValues();

    /// The year of the start date; 0 when it is not set.
    int year() const { return startDate.isValid() ? startDate.year() : 0; }

    /// Results of one kind sorted by `order` (stable for equal orders): the rows of "A. UTAMA" or "B. TAMBAHAN".
    QList<WorkResult> resultsOfKind(ResultKind kind) const;

    /// The result with this id, or nullptr. The pointer is valid until `results` changes.
    const WorkResult* findResult(const QUuid& resultId) const;

    /// The assessor's special expectation for a value; empty when none was given.
    QString specialExpectation(CoreValue value) const;
    /// Sets (or, with empty text, clears) the special expectation of a value, adding its row when missing.
    void setSpecialExpectation(CoreValue value, const QString& text);

    friend bool operator==(const PerformancePlan&, const PerformancePlan&) = default;
};

} // namespace kinerja
