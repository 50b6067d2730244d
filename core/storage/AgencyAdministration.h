// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/DeadlinePolicy.h"
#include "core/domain/EvaluationCadence.h"
#include "core/domain/OrganizationGrade.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * The personnel office's changes to the agency's periods and organisation grades, checked before they are stored:
 * the one door the window (ui/office) uses for them. Each change asks Permissions (FieldGroup::Periods or
 * FieldGroup::OrganizationGrades, agency data: the admin role only) for the acting person, validates the input, and
 * only then calls PeriodRepository or OrganizationGradeRepository, each change in its own transaction. A refusal
 * returns the translated reason and leaves the data untouched.
 *
 * The acting person is given as the rest of core takes it: the employee id and the admin flag of their account
 * (Session::User, ActorRoles::forDocument's `isAdmin`).
 *
 * The Database is not owned and must outlive this object; use it in the database's thread only.
 */
class AgencyAdministration
{
    Q_DECLARE_TR_FUNCTIONS(AgencyAdministration)

public:
    /// Who acts.
    struct Actor
    {
        QUuid employeeId;
        bool isAdmin = false;
    };

    /// The longest custom period label (it is printed in a header line).
    static constexpr int kMaximumLabelLength = 60;
    /// The longest "set by" text of an organisation grade.
    static constexpr int kMaximumSetByLength = 200;

    AgencyAdministration(const Database& database, Actor actor);

    /// May the actor change the periods (ok, or the translated reason).
    Status canChangePeriods() const;
    /// May the actor change the organisation grades.
    Status canChangeOrganizationGrades() const;

    /// Creates the periods of `year` for `cadence` and the annual one (PeriodRepository::createYear: idempotent,
    /// existing periods keep their deadline and lock). Returns that cadence's periods, then the annual one.
    Result<QList<AssessmentPeriod>> createYear(
        int year, EvaluationCadence cadence, const DeadlinePolicy& policy = DeadlinePolicy());
    /// Sets the batas pengisian; an invalid date clears it. Refused before the period's first day.
    Status setDeadline(const QUuid& periodId, QDate deadline);
    /// Locks or reopens a period.
    Status setLocked(const QUuid& periodId, bool locked);
    /// Sets the label printed instead of the standard one; empty restores the standard label. Refused when longer
    /// than kMaximumLabelLength or on several lines.
    Status setCustomLabel(const QUuid& periodId, const QString& label);

    /**
     * Sets the predikat kinerja organisasi of a unit for a period, on behalf of `setBy` (the official above the
     * unit who decided it, as printed: required for a grade); nullopt removes the grade (and `setBy` is ignored).
     */
    Status setOrganizationGrade(
        const QUuid& unitId, const QUuid& periodId, std::optional<OrganizationGrade> grade, const QString& setBy);

    /**
     * The cadence the agency uses in `year`: the one of the periodic periods stored for it (the first by
     * PeriodRepository's order when several are stored); nullopt when the year has no periodic period. Reads only,
     * for anyone.
     */
    Result<std::optional<EvaluationCadence>> cadenceOfYear(int year) const;

private:
    Status canEdit(bool organizationGrades) const;
    Result<AssessmentPeriod> existingPeriod(const QUuid& periodId) const;

    const Database& m_database; // not owned
    Actor m_actor;
};

} // namespace kinerja
