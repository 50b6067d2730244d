// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CsvWriter.h"

namespace kinerja {

CsvWriter::CsvWriter()
    : CsvWriter(Options())
{ }

CsvWriter::CsvWriter(Options options)
    : m_options(options)
{
    if (m_options.byteOrderMark) {
        m_bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    }
}

QChar CsvWriter::decimalMark() const
{
    return m_options.separator == u',' ? u'.' : u',';
}

QString CsvWriter::fixed(qint64 scaled, int decimals) const
{
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i) {
        factor *= 10;
    }
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(scaled) : static_cast<quint64>(scaled);
    const auto unsignedFactor = static_cast<quint64>(factor);
    QString text = QString::number(magnitude / unsignedFactor);
    if (decimals > 0) {
        text += decimalMark() + QStringLiteral("%1").arg(magnitude % unsignedFactor, decimals, 10, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

bool CsvWriter::isFormulaRisk(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::encode(const Field& field) const
{
    QString value = field.text;
    if (!field.isNumber && isFormulaRisk(value)) {
        value.prepend(QLatin1Char('\''));
    }
    const bool quote =
        value.contains(m_options.separator) || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote) {
        return value;
    }
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& texts)
{
    QList<Field> fields;
    fields.reserve(texts.size());
    for (const auto& value : texts) {
        fields.append(text(value));
    }
    addRow(fields);
}

void CsvWriter::addRow(const QList<Field>& fields)
{
    m_record.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_record += m_options.separator;
        }
        m_record += encode(fields.at(i));
    }
    m_record += QStringLiteral("\r\n");
    m_bytes += m_record.toUtf8();
    ++m_rows;
}

} // namespace kinerja
