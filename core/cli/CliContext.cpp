// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kinerja {

ExitCode CliContext::succeed(const QString& text, QJsonObject json)
{
    if (m_json) {
        json.insert(QStringLiteral("ok"), true);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n'))) {
            m_out << '\n';
        }
    }
    m_out.flush();
    return ExitCode::Success;
}

ExitCode CliContext::fail(const QStringList& problems, ExitCode code)
{
    for (const auto& problem : problems) {
        m_err << problem << '\n';
    }
    m_err.flush();
    if (m_json) {
        QJsonObject json {
            {QStringLiteral("ok"), false}, {QStringLiteral("errors"), QJsonArray::fromStringList(problems)}};
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return code;
}

} // namespace kinerja
