// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/FunctionalLevel.h"
#include "core/domain/OrgUnit.h"
#include "core/domain/PositionKind.h"
#include "core/storage/IndonesianNameGenerator.h"

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The organisation chart behind the demo data (kinerja-cli demo): units with their codes, and the seats
 * (jabatan) to fill, in Indonesian as in Provinsi Jambi (domain.md 1.2, 6.6). Pure data, no storage.
 *
 * office(): Pemerintah Provinsi Jambi with the Gubernur (pejabat negara), the Sekretariat Daerah with the Sekda,
 * the Dinas Pendidikan Provinsi Jambi (Sekretariat and Subbagian, Bidang Pembinaan SMA/SMK/Pendidikan Khusus,
 * Bidang GTK with Seksi, four SMA/SMK with teachers), the Badan Kepegawaian Daerah, the Dinas Kesehatan and the
 * Badan Pendapatan Daerah: about 300 seats. One head seat is vacant (Kepala Bidang Pembinaan Pendidikan Khusus)
 * and gets a Plt: the Sekretaris Dinas Pendidikan.
 * province(): a synthetic chart of the same shape with the requested number of units and seats, for benchmarks.
 * Seats are listed parents first, so that every head comes before the people below them.
 */
class JambiOrgChart
{
public:
    struct Unit
    {
        QString code;
        QString parentCode; ///< empty for the instansi
        QString name;
        OrgUnit::Kind kind = OrgUnit::Kind::Opd;
        QString address;
        QString letterhead;
        QString delegateCode; ///< OrgUnit::assessmentDelegateId, as a unit code (the instansi -> Setda)
    };

    struct Seat
    {
        QString unitCode;
        QString title; ///< Position::title
        PositionKind kind = PositionKind::Pelaksana;
        std::optional<FunctionalLevel> level;
        bool isHead = false;
        IndonesianNameGenerator::Field field = IndonesianNameGenerator::Field::Administration;
        bool pppk = false; ///< filled by a PPPK
        bool pejabatNegara = false; ///< the Gubernur: no NIP, no rank
        bool vacant = false; ///< nobody holds it definitively (a Plt acts)
        QString topic; ///< picks the work results (DemoPlanTexts)
    };

    static JambiOrgChart office();
    /// About `seatCount` seats in about `unitCount` units (at least one OPD).
    static JambiOrgChart province(int seatCount, int unitCount);

    const QList<Unit>& units() const { return m_units; }
    const QList<Seat>& seats() const { return m_seats; }
    /// The unit whose head seat is vacant and has a Plt, and the unit the Plt heads definitively; empty if none.
    QString vacantUnitCode() const { return m_vacantUnitCode; }
    QString actingHolderUnitCode() const { return m_actingHolderUnitCode; }

private:
    void unit(const QString& code,
        const QString& parent,
        const QString& name,
        OrgUnit::Kind kind,
        const QString& address = QString());
    Seat& seat(const QString& unitCode,
        const QString& title,
        PositionKind kind,
        const QString& topic,
        IndonesianNameGenerator::Field field = IndonesianNameGenerator::Field::Administration,
        bool head = false);
    void staff(const QString& unitCode,
        const QString& title,
        PositionKind kind,
        std::optional<FunctionalLevel> level,
        int count,
        const QString& topic,
        IndonesianNameGenerator::Field field,
        int pppkEvery = 0);

    QList<Unit> m_units;
    QList<Seat> m_seats;
    QString m_vacantUnitCode;
    QString m_actingHolderUnitCode;
};

} // namespace kinerja
