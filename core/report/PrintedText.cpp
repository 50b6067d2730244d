// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PrintedText.h"

namespace kinerja {

PrintedText::PrintedText()
    : m_hash(QCryptographicHash::Sha256)
{ }

QString PrintedText::html(const QString& text)
{
    record(text);
    return escape(text);
}

void PrintedText::record(const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    const QByteArray length = QByteArray::number(bytes.size());
    m_hash.addData(length);
    m_hash.addData(QByteArrayView(":"));
    m_hash.addData(bytes);
}

QByteArray PrintedText::fingerprint() const
{
    return m_hash.result();
}

QString PrintedText::escape(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalized.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace kinerja
