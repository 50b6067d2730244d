// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * The instansi and Perangkat Daerah a document belongs to, as printed at its top left ("PEMERINTAH PROVINSI JAMBI /
 * DINAS PENDIDIKAN", domain.md 5.1) and in the optional kop surat. Found by walking up the unit tree from the
 * document's unit (a tombstoned unit is still found: a past year prints as its data has it).
 */
struct ReportAgency
{
    Q_DECLARE_TR_FUNCTIONS(ReportAgency)

public:
    QString instansi; ///< the root: "Pemerintah Provinsi Jambi"
    QString opd; ///< the Perangkat Daerah containing the unit; empty when the unit is the instansi
    QUuid opdId; ///< its id; null when the unit is the instansi
    QStringList letterhead; ///< the OPD's kop surat lines (or the instansi's), possibly empty
    QString address; ///< the OPD's address

    /// "PEMERINTAH PROVINSI JAMBI / DINAS PENDIDIKAN PROVINSI JAMBI", upper case.
    QString line() const;

    /// The agency of `unitId`; empty (not an error) for a null id or a unit that is not stored.
    static Result<ReportAgency> of(const Database& database, const QUuid& unitId);
};

} // namespace kinerja
