// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace kinerja {

/**
 * Builds a CSV file in memory for spreadsheets (docs/export.md "CSV"): UTF-8 with a byte order mark (so that Excel
 * on Windows reads UTF-8), a semicolon between fields by default (Indonesian Excel uses the comma as its decimal
 * mark and expects semicolons), RFC 4180 quoting, and CRLF after every record, the last one included.
 *
 * Quoting: a field is put in double quotes when it contains the separator, a double quote, CR or LF; a double quote
 * inside is written twice. Line breaks inside a field are written as they are.
 *
 * Formula guard (CSV injection, OWASP): a TEXT field that starts with '=', '+', '-', '@', a tab or a carriage return
 * would be run as a formula by a spreadsheet, so it is written with an apostrophe in front ("'=1+1"). Number fields
 * (number()) are written as given and never guarded; pass only numbers you formatted yourself.
 *
 * The file is written by ExportFile (atomic); this class only formats.
 */
class CsvWriter
{
public:
    struct Options
    {
        /// ';' (default) or ','. Any other character is used as given.
        QChar separator = u';';
        bool byteOrderMark = true;
    };

    /// One field: text (quoted when needed, formula-guarded) or a number written as is.
    struct Field
    {
        QString text;
        bool isNumber = false;
    };
    static Field text(const QString& value) { return Field {value, false}; }
    static Field number(const QString& formatted) { return Field {formatted, true}; }
    static Field number(qint64 value) { return Field {QString::number(value), true}; }

    CsvWriter();
    explicit CsvWriter(Options options);

    const Options& options() const { return m_options; }

    /// The decimal mark that goes with the separator: ',' with ';' (Indonesian spreadsheets), '.' otherwise.
    QChar decimalMark() const;
    /// `scaled` / 10^decimals with exactly `decimals` digits after decimalMark(): fixed(667, 1) is "66,7" with ';'.
    QString fixed(qint64 scaled, int decimals) const;

    /// Appends a record of text fields.
    void addRow(const QStringList& texts);
    /// Appends a record.
    void addRow(const QList<Field>& fields);

    /// Records appended so far (the header included).
    int rowCount() const { return m_rows; }

    /// The whole file: the byte order mark (when asked for) and every record, in UTF-8. Records are kept as UTF-8
    /// bytes as they are added, so this is cheap (implicitly shared).
    QByteArray data() const { return m_bytes; }

    /// One field as it is written (quoted, guarded), without separator.
    QString encode(const Field& field) const;

    /// True when a spreadsheet would read `text` as a formula (see the class comment).
    static bool isFormulaRisk(const QString& text);

private:
    Options m_options;
    QByteArray m_bytes;
    QString m_record; ///< reused for each record
    int m_rows = 0;
};

} // namespace kinerja
