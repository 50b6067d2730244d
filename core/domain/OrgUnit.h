// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * A unit kerja in the organisation tree (domain.md 6.6): the instansi (Pemerintah Provinsi Jambi) at the root,
 * OPDs below it, then Bidang/Bagian, Seksi/Subbagian, UPTDs and schools. Names and letterheads change with the
 * SOTK, so documents snapshot them; this is the current state. See OrgTree for the structure.
 */
struct OrgUnit
{
    enum class Kind
    {
        Instansi,
        Opd, ///< Perangkat Daerah: Dinas, Badan, Sekretariat Daerah, Inspektorat, ...
        Bidang,
        Bagian,
        Seksi,
        Subbagian,
        Uptd,
        School
    };

    QUuid id;
    /// Null for a root (the instansi).
    QUuid parentId;
    /// Kode unit as used by the agency, e.g. "1.02.01"; may be empty.
    QString code;
    /// Official name, e.g. "Dinas Pendidikan Provinsi Jambi".
    QString name;
    Kind kind = Kind::Opd;
    QString address;
    /// The kop surat, one line per line: "PEMERINTAH PROVINSI JAMBI\nDINAS KEHUTANAN".
    QString letterhead;
    /**
     * Delegation of the assessor role (domain.md 1.1, 1.2), normally set on the instansi only: the unit (the
     * Sekretariat Daerah) whose head assesses, by delegation, whoever would otherwise be assessed by the head of
     * this unit (the Gubernur), i.e. the Kepala Dinas/Badan. The delegate's own head (the Sekda) is still assessed
     * by the head of this unit. Null when there is no delegation. Must be a unit below this one.
     */
    QUuid assessmentDelegateId;

    bool isRoot() const { return parentId.isNull(); }

    /// "Instansi", "Perangkat Daerah", "Bidang", "Bagian", "Seksi", "Subbagian", "UPTD", "Sekolah": official terms,
    /// not translated.
    static QString officialKindName(Kind kind);

    friend bool operator==(const OrgUnit&, const OrgUnit&) = default;
};

} // namespace kinerja
