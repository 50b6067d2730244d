// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kinerja {

/**
 * What an office chooses about its printed documents (besides paper and margins, PageSetup). Documents are always
 * in Indonesian; none of this is translated.
 */
struct ReportOptions
{
    /// Who signs the one-page Dokumen Evaluasi (domain.md 5.3: configurable, default employee and assessor).
    enum class SummarySigners
    {
        EmployeeAndAssessor, ///< Pegawai yang Dinilai, Pejabat Penilai Kinerja
        AssessorAndSecondAssessor ///< Pejabat Penilai Kinerja, Atasan Pejabat Penilai Kinerja
    };

    QString place = QStringLiteral("Jambi"); ///< "Jambi, 31 Januari 2026"
    bool letterhead = false; ///< print the OPD's kop surat (OrgUnit::letterhead) on top of the first page
    QString logoPath; ///< image beside the kop surat (the admin's file; none is shipped); empty for none
    QString emblemPath; ///< the emblem above the one-page Dokumen Evaluasi (e.g. Garuda); empty for none
    SummarySigners summarySigners = SummarySigners::EmployeeAndAssessor;
};

} // namespace kinerja
