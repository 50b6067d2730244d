// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/// Jenis pegawai ASN. A pejabat negara (e.g. the Gubernur) is neither: such a person has no NIP, see Employee.
enum class EmployeeKind
{
    Pns, ///< Pegawai Negeri Sipil
    Pppk ///< Pegawai Pemerintah dengan Perjanjian Kerja
};

/// "PNS" or "PPPK": the official abbreviation, printed as is in both languages.
QString officialName(EmployeeKind kind);

} // namespace kinerja
