// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace kinerja {

namespace {

constexpr qint64 kChunk = 64 * 1024;

} // namespace

bool CsvReader::Record::isBlank() const
{
    for (const auto& field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

CsvReader::CsvReader(QIODevice& device)
    : m_device(device)
{ }

int CsvReader::peek(int offset)
{
    while (m_pos + offset >= m_buffer.size()) {
        if (m_eof) {
            return -1;
        }
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const QByteArray chunk = m_device.read(kChunk);
        if (chunk.isEmpty()) {
            m_eof = true;
            return -1;
        }
        m_buffer.append(chunk);
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos + offset));
}

void CsvReader::detectDelimiter()
{
    // Skip a UTF-8 byte order mark.
    if (peek(0) == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
        m_pos += 3;
    }
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (int offset = 0;; ++offset) {
        const int c = peek(offset);
        if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
            break;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    m_delimiter = semicolons > commas ? ';' : ',';
}

bool CsvReader::next(Record& record)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    if (!m_started) {
        m_started = true;
        detectDelimiter();
    }
    record.fields.clear();
    record.badEncoding = false;
    record.line = m_line;
    if (peek() < 0) {
        return false;
    }

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QByteArray field;
    const auto finishField = [&]() {
        QString text = decoder.decode(field);
        if (decoder.hasError()) {
            record.badEncoding = true;
            decoder.resetState();
        }
        record.fields.append(std::move(text));
        field.clear();
    };

    bool quoted = false; // inside an open quoted field
    bool fieldStart = true;
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (quoted) {
                m_error = tr("The quoted field that begins on line %1 is not closed.").arg(record.line);
                m_errorLine = record.line;
                return false;
            }
            finishField();
            return true;
        }
        ++m_pos;
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    ++m_pos;
                    field.append('"');
                } else {
                    quoted = false;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    ++m_pos;
                }
                ++m_line;
                field.append('\n');
            } else {
                field.append(static_cast<char>(c));
            }
            continue;
        }
        if (c == m_delimiter) {
            finishField();
            fieldStart = true;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && peek() == '\n') {
                ++m_pos;
            }
            ++m_line;
            finishField();
            return true;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        fieldStart = false;
        field.append(static_cast<char>(c));
    }
}

} // namespace kinerja
