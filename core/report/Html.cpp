// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Html.h"

namespace kinerja::html {

QString cell(const QString& content, const QString& attributes)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, content);
}

QString headCell(const QString& text, const QString& width, int rowspan)
{
    QString attributes = QStringLiteral("class=\"head\" width=\"%1\"").arg(width);
    if (rowspan > 1)
        attributes += QStringLiteral(" rowspan=\"%1\"").arg(rowspan);
    return cell(text, attributes);
}

QString columnHeaders(const QString& title, const QStringList& titles, const QStringList& widths)
{
    const auto count = titles.size();
    QString heads;
    QString numbers;
    for (qsizetype i = 0; i < count; ++i) {
        heads += headCell(titles.at(i), widths.value(i));
        numbers += cell(QStringLiteral("(%1)").arg(i + 1), QStringLiteral("class=\"num\""));
    }
    return QStringLiteral("<tr>%1</tr><tr>%2</tr><tr>%3</tr>")
        .arg(cell(title, QStringLiteral("class=\"section\" colspan=\"%1\"").arg(count)), heads, numbers);
}

QString gridTable()
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
}

} // namespace kinerja::html
