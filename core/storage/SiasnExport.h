// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/AssessmentPeriod.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/storage/CsvWriter.h"
#include "core/storage/PersonSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace kinerja {

class Database;

/**
 * The results of a year in columns that map to SIASN's riwayat kinerja (`rw-skp22`, domain.md 8 item 1; the
 * periodic columns of SIASN's kinerja periodik), for `kinerja-cli export siasn` (docs/export.md documents every
 * column, its source and the codes).
 *
 * Which evaluations: those of the year that are settled, i.e. in evaluation.finalized or evaluation.final (after a
 * keberatan was decided), with a predikat; evaluation.objected ones wait for the decision and are left out. By
 * default the annual (AKHIR) evaluations only; with `periodic` the periodic ones too. With a unit code, the
 * evaluations whose SKP belongs to that unit or any unit below it. An employee with several SKPs in the year (mutasi)
 * has one row per SKP.
 *
 * Values: the names, NIP, rank, jabatan and unit come from the snapshots stored with the evaluation (taken when it
 * was rated), or with its SKP when the evaluation has none; never from today's employee rows. Ratings and predikat
 * are the official Indonesian words.
 *
 * Reads only. The Database is not owned and must outlive this object.
 */
class SiasnExport
{
    Q_DECLARE_TR_FUNCTIONS(SiasnExport)

public:
    struct Options
    {
        int year = 0;
        bool periodic = false; ///< periodic evaluations as well as the annual ones
        QString unitCode; ///< empty for every unit
    };

    /// One settled evaluation.
    struct Row
    {
        QUuid evaluationId;
        AssessmentPeriod period; ///< the period clipped to the SKP (start, end); label from the period row
        Rating resultRating = Rating::AsExpected;
        Rating behaviorRating = Rating::AsExpected;
        PerformanceGrade grade = PerformanceGrade::Good;
        PersonSnapshot employee;
        PersonSnapshot assessor;
    };

    explicit SiasnExport(const Database& database);

    /// The rows, by NIP, then period start (the annual evaluation after the periodic ones). Fails with a
    /// translated message for a year outside ExportScope's bounds, an unknown unit code, or a read error.
    Result<QList<Row>> rows(const Options& options) const;
    /// The same rows handed to `visit` one by one as they are read, without holding them all (a province has
    /// 60,000 annual and 240,000 quarterly evaluations a year). Returns the number of rows visited.
    Result<int> forEachRow(const Options& options, const std::function<void(const Row&)>& visit) const;

    /// The header: the SIASN names, the periodic ones when `periodic`, then our own columns for checking.
    static QStringList columns(bool periodic);
    /// The fields of one row, in the order of columns().
    static QList<CsvWriter::Field> fields(const Row& row, bool periodic);
    /// Appends the header and every row to `writer`.
    static void write(const QList<Row>& rows, bool periodic, CsvWriter& writer);

    /// hasilKinerjaNilai / perilakuKerjaNilai: 1 Di Atas Ekspektasi, 2 Sesuai Ekspektasi, 3 Di Bawah Ekspektasi
    /// (domain.md 4.9 (c), believed SIASN reference perilakuDanKinerja; see docs/export.md).
    static int ratingValue(Rating rating);
    /// kuadranKinerjaNilai: 1 Sangat Baik .. 5 Sangat Kurang (domain.md 4.9 (c), believed SIASN kuadranNilai).
    static int quadrantValue(PerformanceGrade grade);
    /**
     * penilaiGolonganId from a rank snapshot ("Penata, III/c", or the code alone): the SIASN golongan id of a PNS rank,
     * golongan x 10 + ruang (I/a 11 .. IV/e 45; domain.md 6.3 [U]). Empty for a PPPK golongan (SIASN ids unknown),
     * for no rank (pejabat negara) and for text that is not a rank.
     */
    static QString golonganId(const QString& rankSnapshot);
    /// statusPenilai: "ASN" when the assessor has a NIP, "NON ASN" when not (a pejabat negara such as the
    /// Gubernur, domain.md 8 item 17); empty when the evaluation names no assessor.
    static QString assessorStatus(const PersonSnapshot& assessor);

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
