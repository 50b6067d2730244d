// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kinerja {

/// Exit codes shared by every kinerja-cli command.
enum class ExitCode : int
{
    Success = 0,
    Failure = 1, ///< the input was understood but is invalid, or the operation failed
    Usage = 2, ///< unknown command or option, missing argument
};

/**
 * What a command needs from the command line: the global options and where to write.
 * The streams are not owned and must outlive the context. Output on `out` is either plain text
 * for people or, with --json, exactly one JSON document.
 */
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    /// The --database FILE given before the command, or empty for the default location.
    QString databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString& path) { m_databasePath = path; }

    /// Prints a successful result: `text` for people, or `json` (with "ok": true added) under --json.
    ExitCode succeed(const QString& text, QJsonObject json);

    /// Prints one or several problems on stderr (and as {"ok": false, "errors": [...]} under --json).
    ExitCode fail(const QStringList& problems, ExitCode code = ExitCode::Failure);
    ExitCode fail(const QString& problem, ExitCode code = ExitCode::Failure)
    {
        return fail(QStringList {problem}, code);
    }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    QString m_databasePath;
};

} // namespace kinerja
