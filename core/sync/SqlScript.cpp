// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SqlScript.h"

namespace kinerja {

namespace {

/// The dollar-quote tag starting at `at` ("$$" or "$name$"), or empty when there is none.
QString dollarTag(const QString& script, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < script.size() && (script.at(end).isLetterOrNumber() || script.at(end) == QLatin1Char('_'))) {
        ++end;
    }
    if (end < script.size() && script.at(end) == QLatin1Char('$') && (end == at + 1 || !script.at(at + 1).isDigit())) {
        return script.mid(at, end - at + 1);
    }
    return {};
}

} // namespace

QStringList SqlScript::statements(const QString& script)
{
    QStringList result;
    QString current;
    qsizetype i = 0;
    const auto n = script.size();
    const auto take = [&](qsizetype count) {
        current += script.mid(i, count);
        i += count;
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const auto end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end; // a comment is dropped; the newline stays
        } else if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const auto end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // a quote ends at the next one that is not doubled
            qsizetype end = i + 1;
            while (end < n) {
                if (script.at(end) == c) {
                    if (end + 1 < n && script.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            take(std::min(end + 1, n) - i);
        } else if (c == QLatin1Char('$') && !dollarTag(script, i).isEmpty()) {
            const auto tag = dollarTag(script, i);
            const auto end = script.indexOf(tag, i + tag.size());
            take(end < 0 ? n - i : end + tag.size() - i);
        } else if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty()) {
                result.append(current.trimmed());
            }
            current.clear();
            ++i;
        } else {
            take(1);
        }
    }
    if (!current.trimmed().isEmpty()) {
        result.append(current.trimmed());
    }
    return result;
}

} // namespace kinerja
