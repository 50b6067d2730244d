// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

struct Assignment;
struct Employee;

/**
 * How a person is printed on an SKP or an evaluation, as they were when the document was started (or refreshed
 * by a workflow step): domain.md 8 item 3 "Snapshots". The documents print these and never the live employee
 * rows, so that a later change of name, rank, jabatan or unit (SOTK) does not rewrite history.
 * All texts are ready to print; empty when not applicable (a pejabat negara has no NIP and no rank).
 */
struct PersonSnapshot
{
    QString name; ///< the full name with titles: "Dr. Hj. Siti Aminah, S.Pd., M.Si."
    QString nip; ///< the 18 digits without separators; empty for a pejabat negara
    QString rank; ///< Rank::printable(): "Penata, III/c"; empty when none
    QString position; ///< the jabatan as signed, with "Plt. " / "Plh. " for an acting official
    QString unit; ///< the unit kerja's name

    /// From the employee and their assignment on the document date (the unit name is the caller's lookup).
    static PersonSnapshot of(const Employee& employee, const Assignment& assignment, const QString& unitName);
    /// From the employee and the jabatan text and unit name as they should be printed.
    static PersonSnapshot of(const Employee& employee, const QString& position, const QString& unitName);

    bool isEmpty() const { return name.isEmpty() && nip.isEmpty(); }

    friend bool operator==(const PersonSnapshot&, const PersonSnapshot&) = default;
};

} // namespace kinerja
