// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/XlsxRecapWriter.h"

#include "core/Logging.h"
#include "core/storage/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

namespace kinerja {

namespace {

// Layout of a sheet (0-based rows and columns).
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kScopeRow = 1;
constexpr lxw_row_t kNoteRow = 2;
constexpr lxw_row_t kHeaderRow = 4;
constexpr lxw_row_t kFirstLineRow = 5;
constexpr lxw_col_t kCodeColumn = 0;
constexpr lxw_col_t kNameColumn = 1;
constexpr lxw_col_t kParentColumn = 2;
constexpr lxw_col_t kHeadcountColumn = 3;
constexpr lxw_col_t kFirstGradeColumn = 4; // count and share per predikat: 4..13
constexpr lxw_col_t kOrganizationColumn = 14;
constexpr lxw_col_t kComplianceColumn = 15;
constexpr lxw_col_t kNotesColumn = 16;
constexpr lxw_col_t kLastColumn = kNotesColumn;
constexpr uint8_t kMaximumIndent = 8;
constexpr int kMaximumSheetName = 31;

const char* const kNote = "Pola distribusi menurut SE MenPANRB Nomor 3 Tahun 2023 (pedoman, tidak membatasi pemberian "
                          "predikat). Setiap baris menghitung unit beserta seluruh sub-unitnya; baris Jumlah "
                          "menghitung setiap evaluasi satu kali.";

/// The formats of the workbook (owned by the workbook).
struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* plain = nullptr;
    lxw_format* note = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrapped = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalInteger = nullptr;
    lxw_format* totalPercent = nullptr;
    QHash<int, lxw_format*> names; ///< the unit name, indented by depth
};

lxw_format* cellFormat(lxw_workbook* book, bool bold = false, const char* numberFormat = nullptr)
{
    lxw_format* format = workbook_add_format(book);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (bold) {
        format_set_bold(format);
    }
    if (numberFormat) {
        format_set_num_format(format, numberFormat);
    }
    return format;
}

Formats makeFormats(lxw_workbook* book)
{
    Formats formats;
    formats.title = workbook_add_format(book);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    formats.plain = workbook_add_format(book);
    formats.note = workbook_add_format(book);
    format_set_text_wrap(formats.note);
    format_set_align(formats.note, LXW_ALIGN_VERTICAL_TOP);
    formats.header = cellFormat(book, true);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(formats.header, 0xD9D9D9);
    formats.text = cellFormat(book);
    formats.wrapped = cellFormat(book);
    format_set_text_wrap(formats.wrapped);
    formats.integer = cellFormat(book, false, "0");
    formats.percent = cellFormat(book, false, "0.0%");
    formats.totalText = cellFormat(book, true);
    formats.totalInteger = cellFormat(book, true, "0");
    formats.totalPercent = cellFormat(book, true, "0.0%");
    return formats;
}

/// Writes cells and keeps the first libxlsxwriter error.
class SheetWriter
{
public:
    SheetWriter(lxw_workbook* book, lxw_worksheet* sheet, Formats& formats)
        : m_book(book)
        , m_sheet(sheet)
        , m_formats(formats)
    { }

    lxw_error error() const { return m_error; }

    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = error;
        }
    }

    void text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format)
    {
        if (value.isEmpty()) {
            check(worksheet_write_blank(m_sheet, row, column, format));
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        check(worksheet_write_string(m_sheet, row, column, utf8.constData(), format));
    }

    void number(lxw_row_t row, lxw_col_t column, double value, lxw_format* format)
    {
        check(worksheet_write_number(m_sheet, row, column, value, format));
    }

    void banner(lxw_row_t row, const QString& value, lxw_format* format)
    {
        const QByteArray utf8 = value.toUtf8();
        check(worksheet_merge_range(m_sheet, row, 0, row, kLastColumn, utf8.constData(), format));
    }

    void counts(lxw_row_t row, const DistributionGuideline::Counts& counts, bool total)
    {
        const int headcount = counts.total();
        number(row, kHeadcountColumn, headcount, total ? m_formats.totalInteger : m_formats.integer);
        lxw_col_t column = kFirstGradeColumn;
        for (const auto grade : allPerformanceGrades()) {
            const int count = counts.count(grade);
            number(row, column++, count, total ? m_formats.totalInteger : m_formats.integer);
            number(row, column++, headcount > 0 ? static_cast<double>(count) / headcount : 0.0,
                total ? m_formats.totalPercent : m_formats.percent);
        }
    }

    lxw_format* nameFormat(int depth)
    {
        const int level = std::min(depth, static_cast<int>(kMaximumIndent));
        if (!m_formats.names.contains(level)) {
            lxw_format* format = cellFormat(m_book);
            format_set_text_wrap(format);
            format_set_indent(format, static_cast<uint8_t>(level));
            m_formats.names.insert(level, format);
        }
        return m_formats.names.value(level);
    }

private:
    lxw_workbook* m_book;
    lxw_worksheet* m_sheet;
    Formats& m_formats;
    lxw_error m_error = LXW_NO_ERROR;
};

lxw_error writeSheet(lxw_workbook* book, lxw_worksheet* sheet, Formats& formats, const GradeRecap::Sheet& recap)
{
    SheetWriter writer(book, sheet, formats);
    writer.banner(kTitleRow, GradeRecap::officialTitle(recap), formats.title);
    writer.banner(kScopeRow, GradeRecap::officialScope(recap), formats.plain);
    writer.banner(kNoteRow, QString::fromUtf8(kNote), formats.note);
    writer.check(worksheet_set_row(sheet, kNoteRow, 30, nullptr));

    const QStringList titles = GradeRecap::columnTitles();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        writer.text(kHeaderRow, static_cast<lxw_col_t>(i), titles.at(i), formats.header);
    }
    writer.check(worksheet_set_row(sheet, kHeaderRow, 45, nullptr));

    lxw_row_t row = kFirstLineRow;
    for (const auto& line : recap.units) {
        writer.text(row, kCodeColumn, line.code, formats.text);
        writer.text(row, kNameColumn, line.name, writer.nameFormat(line.depth));
        writer.text(row, kParentColumn, line.parentCode, formats.text);
        writer.counts(row, line.counts, false);
        writer.text(row, kOrganizationColumn,
            line.organizationGrade ? officialName(*line.organizationGrade) : QString(), formats.text);
        writer.text(row, kComplianceColumn, GradeRecap::complianceText(line), formats.text);
        writer.text(row, kNotesColumn, GradeRecap::officialNotes(line).join(u'\n'), formats.wrapped);
        ++row;
    }
    writer.text(row, kCodeColumn, QString(), formats.totalText);
    writer.text(row, kNameColumn, GradeRecap::totalLabel(), formats.totalText);
    writer.text(row, kParentColumn, QString(), formats.totalText);
    writer.counts(row, recap.total, true);
    for (lxw_col_t column = kOrganizationColumn; column <= kLastColumn; ++column) {
        writer.text(row, column, QString(), formats.totalText);
    }

    // Column widths (in characters), then the view and the print setup.
    writer.check(worksheet_set_column(sheet, kCodeColumn, kCodeColumn, 14, nullptr));
    writer.check(worksheet_set_column(sheet, kNameColumn, kNameColumn, 48, nullptr));
    writer.check(worksheet_set_column(sheet, kParentColumn, kParentColumn, 14, nullptr));
    writer.check(worksheet_set_column(sheet, kHeadcountColumn, kHeadcountColumn, 11, nullptr));
    for (lxw_col_t column = kFirstGradeColumn; column < kOrganizationColumn; column += 2) {
        writer.check(worksheet_set_column(sheet, column, column, 11, nullptr));
        writer.check(worksheet_set_column(sheet, column + 1, column + 1, 9, nullptr));
    }
    writer.check(worksheet_set_column(sheet, kOrganizationColumn, kOrganizationColumn, 16, nullptr));
    writer.check(worksheet_set_column(sheet, kComplianceColumn, kComplianceColumn, 12, nullptr));
    writer.check(worksheet_set_column(sheet, kNotesColumn, kNotesColumn, 70, nullptr));
    worksheet_freeze_panes(sheet, kFirstLineRow, kParentColumn);
    writer.check(worksheet_repeat_rows(sheet, kHeaderRow, kHeaderRow));
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    return writer.error();
}

} // namespace

QString XlsxRecapWriter::sheetName(const GradeRecap::Sheet& sheet, const QStringList& taken)
{
    QString base = QString::number(sheet.period.year) + u' ' + sheet.period.label();
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        base.replace(bad, u'-');
    }
    const auto tidy = [](QString name) {
        name = name.simplified();
        while (name.startsWith(u'\'') || name.endsWith(u'\'')) {
            name = (name.startsWith(u'\'') ? name.mid(1) : name.chopped(1)).trimmed();
        }
        return name;
    };
    base = tidy(base).left(kMaximumSheetName);
    base = tidy(base);
    if (base.isEmpty()) {
        base = QString::number(sheet.period.year);
    }
    const auto isTaken = [&taken](const QString& name) {
        for (const auto& other : taken) {
            if (other.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = tidy(base.left(kMaximumSheetName - suffix.size())) + suffix;
    }
    return name;
}

Result<QByteArray> XlsxRecapWriter::build(const QList<GradeRecap::Sheet>& sheets)
{
    const auto failed = [] { return Result<QByteArray>::failure(tr("The Excel workbook could not be created.")); };
    if (sheets.isEmpty()) {
        return Result<QByteArray>::failure(tr("There is nothing to put in the Excel workbook."));
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        qCWarning(lcDb) << "cannot create a temporary folder for the workbook" << folder.errorString();
        return failed();
    }
    const QString path = folder.filePath(QStringLiteral("recap.xlsx"));
    const QByteArray fileName = QFile::encodeName(path);
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(fileName.constData(), &options);
    if (!book) {
        qCWarning(lcDb) << "libxlsxwriter could not start a workbook";
        return failed();
    }

    QByteArray title = QByteArrayLiteral("Rekapitulasi Predikat Kinerja Pegawai");
    QByteArray author = QByteArrayLiteral("Kinerja ASN");
    lxw_doc_properties properties {};
    properties.title = title.data();
    properties.author = author.data();
    lxw_error error = workbook_set_properties(book, &properties);

    Formats formats = makeFormats(book);
    QStringList names;
    for (const auto& recap : sheets) {
        if (error != LXW_NO_ERROR) {
            break;
        }
        const QString name = sheetName(recap, names);
        names.append(name);
        const QByteArray utf8 = name.toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, utf8.constData());
        if (!sheet) {
            error = LXW_ERROR_PARAMETER_VALIDATION;
            qCWarning(lcDb) << "libxlsxwriter refused the sheet name" << name;
            break;
        }
        error = writeSheet(book, sheet, formats, recap);
    }
    // workbook_close() writes the file and frees the workbook in every case.
    const lxw_error closed = workbook_close(book);
    if (error == LXW_NO_ERROR) {
        error = closed;
    }
    if (error != LXW_NO_ERROR) {
        qCWarning(lcDb) << "libxlsxwriter error" << static_cast<int>(error) << lxw_strerror(error);
        return failed();
    }
    return ExportFile::read(path);
}

Status XlsxRecapWriter::write(const QString& path, const QList<GradeRecap::Sheet>& sheets, bool overwrite)
{
    if (auto checked = ExportFile::checkTarget(path, overwrite); !checked) {
        return checked;
    }
    const auto bytes = build(sheets);
    if (!bytes) {
        return bytes.propagate<Done>();
    }
    return ExportFile::write(path, *bytes, overwrite);
}

} // namespace kinerja
