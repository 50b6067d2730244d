// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Position.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * Penugasan: one period in which an employee holds a jabatan, definitively or as Plt/Plh (domain.md 8 item 4).
 * A Plt (Pelaksana Tugas, for a vacancy) or Plh (Pelaksana Harian, e.g. while the head is on leave) always acts
 * as the head of a unit; the person keeps their definitive assignment alongside. The unit is the position's.
 */
struct Assignment
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)

public:
    enum class Kind
    {
        Definitive,
        Plt,
        Plh
    };

    QUuid id;
    QUuid employeeId;
    Position position;
    Kind kind = Kind::Definitive;
    /// First day, inclusive.
    QDate from;
    /// Last day, inclusive; empty while the assignment is open-ended.
    std::optional<QDate> to;
    /// True when the position is the head (kepala) of its unit.
    bool isHead = false;
    /// An explicit Pejabat Penilai Kinerja (employee id) set by the admin; wins over the organisation tree.
    std::optional<QUuid> assessorOverride;

    QUuid unitId() const { return position.unitId; }

    /// from <= date <= to (or open-ended).
    bool isActiveOn(QDate date) const;
    /// True when the two date ranges share at least one day.
    bool overlaps(const Assignment& other) const;

    /// "Plt." / "Plh." / empty: the official prefix printed before the jabatan in a signature block.
    static QString officialPrefix(Kind kind);
    /// The jabatan as signed: "Plt. Kepala Dinas Pendidikan", or the plain title for a definitive assignment.
    QString signatureTitle() const;

    /// The assignment on its own: employee, position, start date, dates in order, Plt/Plh only for a head
    /// position, no override by the employee themself. Every problem at once. See ReportingLines::validate() for
    /// the checks against other assignments.
    Status validate() const;

    friend bool operator==(const Assignment&, const Assignment&) = default;
};

} // namespace kinerja
