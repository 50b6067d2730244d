// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kinerja {

/**
 * Splits a PostgreSQL script (the versioned files of installer/server) into its statements, so that each runs on its
 * own and a failure names the statement that failed: Qt's QPSQL driver, given several statements at once, reports
 * only the first one's result. Semicolons inside quotes, comments (line and block) and dollar-quoted
 * bodies ($$...$$, $tag$...$tag$) do not end a statement. Empty statements are dropped.
 */
class SqlScript
{
public:
    SqlScript() = delete;
    static QStringList statements(const QString& script);
};

} // namespace kinerja
