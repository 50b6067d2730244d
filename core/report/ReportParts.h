// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportAgency.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/ReportSection.h"
#include "core/storage/PersonSnapshot.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace kinerja {

class PrintedText;
struct PerformancePlan;
struct PlanParticipants;
struct WorkResult;

/**
 * The pieces every printed document shares (domain.md 5 "General conventions"): the style sheet, the title, the
 * kop surat, the instansi and period line, the table of the employee and the assessor, and the signature blocks.
 * All output is QTextDocument HTML; data goes through PrintedText (escaped and fingerprinted). Fixed wording is
 * Indonesian and official, never translated.
 */
class ReportParts
{
public:
    ReportParts() = delete;

    /// One signature: the role above ("Pejabat Penilai Kinerja"), the person below.
    struct Signature
    {
        QString role;
        PersonSnapshot person;
        QString placeAndDate; ///< "Jambi, 31 Januari 2026"; empty prints no date line. Record the date itself where
                              ///< it is data.
    };

    /// The names under which attachImages() registers the admin's images, for `<img src="...">`.
    static constexpr const char* kLogoImage = "kop-logo";
    static constexpr const char* kEmblemImage = "emblem";

    /// Loads the logo and the emblem of `options` into the document's images (a file that cannot be read is
    /// logged and left out: the document prints without it).
    static void attachImages(ReportDocument& document, const ReportOptions& options);

    /// Borders, header shading (#b8cce4), cell padding: the classes `grid`, `head`, `num`, `plain`, `center`.
    static QString styleSheet();

    /// The centred bold title lines, e.g. {"SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF", ...}.
    static QString title(const QStringList& lines);

    /// The kop surat: the logo at the left (when options.logoPath can be read; call attachImages() too), the lines
    /// centred, a rule below. Empty when the options do not ask for it or the agency has no kop lines. Not part of
    /// the fingerprint: printing with or without the kop gives the same verification code.
    static QString letterhead(const ReportAgency& agency, const ReportOptions& options);

    /// The instansi at the left and, at the right, a text such as "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER
    /// TAHUN 2026"; `stacked` puts them on two lines (portrait pages, where they would wrap side by side).
    static QString agencyLine(
        const ReportAgency& agency, const QString& right, PrintedText& text, bool stacked = false);

    /// "1 JANUARI SD 31 DESEMBER TAHUN 2026" (same year) or "1 JULI 2026 SD 31 DESEMBER 2026".
    static QString periodRange(QDate start, QDate end);

    /// The two-sided table NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA with the five rows NAMA, NIP,
    /// PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA (domain.md 5.1).
    static QString partiesTable(const PlanParticipants& participants, PrintedText& text);

    /// Two signature blocks side by side (one when `right` has no role), kept with what precedes them.
    /// The body of a HASIL KERJA table (domain.md 5.1): "A. UTAMA" and its results, then "B. TAMBAHAN" and its
    /// results, "-" under a kind without any. A heading stays with what follows it; each result is one row group
    /// of the rows `rows` makes for it (numbered from 1 within its kind). `columns`: the table's column count.
    static void addResultGroups(ReportSection& table,
        const PerformancePlan& plan,
        int columns,
        const std::function<QString(const WorkResult& result, int number)>& rows);

    /// Nothing here enters the fingerprint: the signers are options (place, who signs the Dokumen Evaluasi) or
    /// are printed, and recorded, in the document's identity table; a paper verifies whatever the options were.
    static ReportSection signatures(const Signature& left, const Signature& right);

    /// "NIP. 19700518 200503 1 005"; empty for empty digits (a pejabat negara has no NIP, a non-ASN signer's line
    /// stays blank).
    static QString nipLine(const QString& digits);

    /// The NIP with its spaces when it is a valid NIP; otherwise as given.
    static QString formattedNip(const QString& digits);

    /// A file name safe on Windows and Linux: "SKP_2026_Siti_Aminah" (letters, digits, '-', '_').
    static QString safeFileName(const QString& text);
};

} // namespace kinerja
