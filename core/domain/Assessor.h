// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assignment.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * A Pejabat Penilai Kinerja (or, as returned by ReportingLines::secondAssessorOf(), an Atasan Pejabat Penilai
 * Kinerja) on a given date, with the assignment through which they assess, so that documents can print
 * "Plt. Kepala Dinas Pendidikan" under the signature. Never called "PPK" (domain.md 1.1).
 */
struct Assessor
{
    QUuid employeeId;
    /// The head assignment (definitive, Plt or Plh) that makes them the assessor; for an explicit override, their
    /// own definitive assignment on that date, if any.
    std::optional<Assignment> assignment;
    /// True when an admin named this assessor explicitly (Assignment::assessorOverride).
    bool isOverride = false;

    Assignment::Kind actingAs() const { return assignment ? assignment->kind : Assignment::Kind::Definitive; }
    /// True when they assess as Plt or Plh.
    bool isActing() const { return actingAs() != Assignment::Kind::Definitive; }
    /// The jabatan line of the signature block: "Plt. Kepala Dinas Pendidikan"; empty without an assignment.
    QString signatureTitle() const { return assignment ? assignment->signatureTitle() : QString(); }

    /// "Pejabat Penilai Kinerja": the official role name, printed as is.
    static QString officialTitle() { return QStringLiteral("Pejabat Penilai Kinerja"); }
    /// "Atasan Pejabat Penilai Kinerja": the official role name of the second assessor, printed as is.
    static QString officialSecondTitle() { return QStringLiteral("Atasan Pejabat Penilai Kinerja"); }

    friend bool operator==(const Assessor&, const Assessor&) = default;
};

} // namespace kinerja
