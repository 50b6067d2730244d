// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The queries behind printing and verifying documents (core/report): which SKPs and evaluations a unit's batch
 * prints, and which rows a verification code may point at. Reads only; the Database is not owned.
 */
class ReportSubjects
{
    Q_DECLARE_TR_FUNCTIONS(ReportSubjects)

public:
    /// The tables a verification code's subject may live in.
    enum class Subject
    {
        Plan,
        Evaluation,
        Unit
    };

    /// One evaluation of a unit's batch, with the fields the batch needs to pick and name it.
    struct EvaluationRow
    {
        QUuid id;
        QUuid planId;
        QUuid periodId;
    };

    explicit ReportSubjects(const Database& database);

    /// The live SKPs starting in `year` whose unit is `unitId` or below it, by employee name.
    Result<QList<QUuid>> plansOfUnit(const QUuid& unitId, int year) const;

    /// The live evaluations of the period `periodId` whose SKP's unit is `unitId` or below it, by employee name.
    Result<QList<QUuid>> evaluationsOfUnit(const QUuid& unitId, const QUuid& periodId) const;

    /// The ids in `subject`'s table (tombstoned rows too: a filed paper may outlive its row) whose text ends with
    /// `digits` (1 to 12 lower-case hex digits: the code's 8).
    Result<QList<QUuid>> idsEndingWith(Subject subject, const QString& digits) const;

    /// Every stored period (id), by year, then start date.
    Result<QList<QUuid>> allPeriods() const;

    /// The years that have at least one SKP, newest first.
    Result<QList<int>> planYears() const;

private:
    const Database& m_database;
};

} // namespace kinerja
