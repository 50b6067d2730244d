// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DocumentKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The groups of fields that have one owner (design.md, Sync, "Field ownership and workflow"): Permissions
 * answers who may change each, and the sync merge uses the same owners (the assessor's fields win for
 * ratings and feedback, the employee's for realizations and evidence; domain.md 8 item 12).
 */
enum class FieldGroup
{
    // Owned by the Pegawai yang Dinilai
    PlanContent, ///< SKP: RHK, IKI, targets, perspectives, lampiran
    Realizations, ///< evaluation: rencana aksi and realisasi per period
    Evidence, ///< evaluation: bukti dukung (files and links)
    ColleagueInvitations, ///< evaluation: the colleagues (rekan kerja) asked to comment on the period
                          // Owned by the Pejabat Penilai Kinerja
    BehaviorExpectations, ///< SKP: ekspektasi khusus pimpinan per BerAKHLAK value
    Feedback, ///< evaluation: umpan balik berkelanjutan per RHK and per perilaku
    Ratings, ///< evaluation: rating hasil kerja, rating perilaku kerja and the predikat (also the Atasan's on
             ///< keberatan)
             // Owned by an invited colleague
    ColleagueFeedback, ///< evaluation: the colleague's own feedback
                       // Owned by the admin (not part of a document)
    OrganizationData, ///< units (the OrgTree)
    Employees,
    Assignments, ///< penugasan: definitive, Plt, Plh, assessor overrides
    Periods, ///< assessment periods and their Batas Pengisian
    OrganizationGrades ///< predikat kinerja organisasi per period
};

/// Every group, in declaration order.
QList<FieldGroup> allFieldGroups();

/// The document kind whose fields the group holds; nothing for the admin's agency data.
std::optional<DocumentKind> documentKindOf(FieldGroup group);

/// The stable code for the server's ownership table: "plan-content", "realizations", "evidence",
/// "colleague-invitations", "behavior-expectations", "feedback", "ratings", "colleague-feedback", "organization-data",
/// "employees", "assignments", "periods", "organization-grades". Never translated.
QString codeName(FieldGroup group);

/// The group for a code written by codeName(); nothing for any other text (exact match).
std::optional<FieldGroup> fieldGroupFromCode(const QString& code);

/// A short label in the UI language: "SKP content", "Evidence", "Ratings and grade", ...
QString displayName(FieldGroup group);

} // namespace kinerja
