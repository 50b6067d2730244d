// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/// Jenis kelamin, as coded in digit 15 of a NIP: 1 laki-laki, 2 perempuan (domain.md 6.1).
enum class Gender
{
    Male,
    Female
};

/// "Laki-laki" / "Perempuan": the official Indonesian word for printed documents, never translated.
QString officialName(Gender gender);

/// "Male" / "Female" in the user-interface language ("Laki-laki" / "Perempuan" in Indonesian).
QString displayName(Gender gender);

} // namespace kinerja
