// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace kinerja {

/**
 * Reads CSV records one at a time from a device, streaming (a buffer of 64 KiB, never the whole file), for the
 * import of units and employees (docs/import.md):
 *
 * - UTF-8, with or without a byte order mark; bytes that are not UTF-8 mark the record (Record::badEncoding).
 * - Comma or semicolon, detected from the first (header) line: the one of the two that occurs more often outside
 *   quotes; a comma when neither does.
 * - Fields in double quotes may hold delimiters, line breaks and quotes written twice (""). A quote inside an
 *   unquoted field, or text after a closing quote, is kept as written.
 * - CRLF, LF or CR line ends; a line break inside a quoted field is returned as "\n".
 *
 * Each record carries the physical line on which it starts (1 for the header), so that problems are reported
 * where a person finds them in a text editor. A quoted field still open at the end of the input is an error:
 * next() returns false and error() says on which line the field began. The device is not owned and must stay
 * open while reading.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        /// The physical line where the record starts, from 1.
        qint64 line = 0;
        QStringList fields;
        /// True when some bytes of the record were not valid UTF-8 (they were replaced by U+FFFD).
        bool badEncoding = false;

        /// An empty line, or one with only delimiters and spaces.
        bool isBlank() const;
    };

    explicit CsvReader(QIODevice& device);

    /// Reads the next record into `record`. False at the end of the input, or on an error (see error()).
    bool next(Record& record);

    /// ',' or ';': known after the first next().
    char delimiter() const { return m_delimiter; }
    /// A translated sentence when reading stopped on an error (an unterminated quoted field); empty otherwise.
    QString error() const { return m_error; }
    /// The line the error refers to (where the record with the open quote starts); 0 when there is no error.
    qint64 errorLine() const { return m_errorLine; }

private:
    /// The byte at m_pos + offset, reading more from the device when needed; -1 past the end.
    int peek(int offset = 0);
    void detectDelimiter();

    QIODevice& m_device; // not owned
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    char m_delimiter = ',';
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace kinerja
