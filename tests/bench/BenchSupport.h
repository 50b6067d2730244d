// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kinerja::bench {

/// Runs the sqlite3 command-line tool on `file` with `script` on stdin; returns the wall time in ms, or -1.
inline double runSqlite3(const QString& file, const QString& script, QString* output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
    if (!process.waitForStarted()) {
        return -1;
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        return -1;
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput());
    }
    return ms;
}

} // namespace kinerja::bench
