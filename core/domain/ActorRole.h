// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The role a person has for one document (domain.md 1.1). A person can hold several (an admin who is also
 * the penilai), so permission questions take an ActorRoleSet. Roles are per document: someone is the
 * Assessor of their staff's SKP and the Employee of their own.
 */
enum class ActorRole
{
    Employee, ///< Pegawai yang Dinilai: the owner of the document
    Assessor, ///< Pejabat Penilai Kinerja on the document date, including as Plt./Plh.
    SecondAssessor, ///< Atasan Pejabat Penilai Kinerja: decides a keberatan
    Admin, ///< pengelola kinerja / admin kepegawaian (BKD, Subbag Kepegawaian)
    InvitedColleague ///< rekan kerja asked for feedback: gives feedback only, never a workflow step
};

using ActorRoleSet = QSet<ActorRole>;

inline size_t qHash(ActorRole role, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(role), seed);
}

/// The official titles (domain.md 1.1), printed and shown as is in every language. Never "PPK".
inline constexpr char kEmployeeTitle[] = "Pegawai yang Dinilai";
inline constexpr char kAssessorTitle[] = "Pejabat Penilai Kinerja";
inline constexpr char kSecondAssessorTitle[] = "Atasan Pejabat Penilai Kinerja";

/// Every role, in declaration order.
QList<ActorRole> allActorRoles();

/// The stable code stored in the database and sent to the server: "employee", "assessor", "second-assessor",
/// "admin", "invited-colleague". Never translated, never changed once shipped.
QString codeName(ActorRole role);

/// The role for a code written by codeName(); nothing for any other text (exact match).
std::optional<ActorRole> actorRoleFromCode(const QString& code);

/**
 * The title used in sentences: the official constant for the three official roles ("Pejabat Penilai Kinerja"),
 * a translated description for the others ("performance administrator", "invited colleague").
 */
QString roleTitle(ActorRole role);

} // namespace kinerja
