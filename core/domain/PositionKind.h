// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/// Jenis jabatan (domain.md 1.3). It decides the SKP form: JPT has its own, every other kind uses the JA/JF form.
enum class PositionKind
{
    Jpt, ///< Jabatan Pimpinan Tinggi (Utama/Madya/Pratama)
    Administrator, ///< ex-eselon III: Sekretaris Dinas, Kepala Bidang
    Pengawas, ///< ex-eselon IV: Kasubbag, Kasi
    Pelaksana,
    Fungsional
};

/// "Jabatan Pimpinan Tinggi", "Jabatan Administrator", ...: the official term, printed as is in both languages.
QString officialName(PositionKind kind);

/// "JPT", "Administrator", "Pengawas", "Pelaksana", "Fungsional": the short official term used in lists.
QString shortOfficialName(PositionKind kind);

} // namespace kinerja
