// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OrganizationGrade.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

class Database;

/**
 * Predikat kinerja organisasi per unit and period (table `organization_grade`, OWNER admin; domain.md 4.4), stored
 * as OrganizationGrade codeName(). One row per (unit, period): setting it again replaces the grade; clear()
 * tombstones it. Each change runs in its own Transaction (the caller must not hold one).
 */
class OrganizationGradeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationGradeRepository)

public:
    /// `database` is not owned and must outlive the repository.
    explicit OrganizationGradeRepository(const Database& database);

    /// Sets the grade of a unit for a period; `setBy` is the official who set it, as printed (may be empty).
    /// Refused when the unit or the period is not stored.
    Status set(const QUuid& unitId, const QUuid& periodId, OrganizationGrade grade, const QString& setBy = QString());
    /// The grade, nullopt when none is set.
    Result<std::optional<OrganizationGrade>> grade(const QUuid& unitId, const QUuid& periodId) const;
    /// The official who set it, empty when unknown or not set.
    Result<QString> setBy(const QUuid& unitId, const QUuid& periodId) const;
    /// Every unit's grade for the period.
    Result<QHash<QUuid, OrganizationGrade>> gradesOfPeriod(const QUuid& periodId) const;
    /// Removes the grade (tombstone); nothing happens when none is set.
    Status clear(const QUuid& unitId, const QUuid& periodId);

    /// The stored code, OrganizationGrade codeName(); nullopt for anything else.
    static std::optional<OrganizationGrade> gradeFromCode(const QString& code);

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
