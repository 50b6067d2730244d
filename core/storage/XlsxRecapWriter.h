// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/GradeRecap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kinerja {

/**
 * The grade recap (GradeRecap) as an Excel workbook, through libxlsxwriter (docs/export.md "Excel workbook"): one
 * sheet per period, each with a title, the scope and a note, a bold header row that stays in view (frozen panes,
 * repeated on every printed page), the lines with numbers as numbers and shares in a percent format, a bold totals
 * row, column widths, landscape print one page wide. All texts are Indonesian (an official paper, whatever the UI
 * language). Texts are written as strings, never as formulas, so the workbook needs no formula guard.
 *
 * libxlsxwriter writes to a file name only: the workbook is built in a private temporary folder, read back and then
 * written to the target by ExportFile (atomic). Its error codes become translated messages; the code goes to the
 * log (kinerja.core.db).
 */
class XlsxRecapWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxRecapWriter)

public:
    XlsxRecapWriter() = delete;

    /// The .xlsx file content. Fails when there is no sheet or libxlsxwriter reports an error.
    static Result<QByteArray> build(const QList<GradeRecap::Sheet>& sheets);

    /// build(), then ExportFile::write() to `path` (an existing file is refused unless `overwrite`).
    static Status write(const QString& path, const QList<GradeRecap::Sheet>& sheets, bool overwrite);

    /**
     * The worksheet name for a sheet: "2025 TRIWULAN I", "2025 AKHIR". Excel's rules: at most 31 characters, none
     * of []:*?/\, not starting or ending with an apostrophe, unique without regard to case among `taken` (a
     * " (2)" suffix is added when needed).
     */
    static QString sheetName(const GradeRecap::Sheet& sheet, const QStringList& taken);
};

} // namespace kinerja
